package org.radsim.app.gui;

import java.util.ArrayList;
import java.util.List;

import sim.engine.Stoppable;

/**
 * The GUI-side Steppables a GUI has scheduled on the shown model (view and chart updates after each tick), so
 * that a restart, a loaded checkpoint or quitting stops them all before the next model is attached.
 */
final class RepeatingSteps {

    private final List<Stoppable> scheduled = new ArrayList<>();

    /** Keeps a scheduled Steppable's handle. */
    void add(Stoppable s) {
        scheduled.add(s);
    }

    /** Stops every Steppable kept so far and forgets them. */
    void stopAll() {
        for (Stoppable s : scheduled) {
            s.stop();
        }
        scheduled.clear();
    }
}
