package org.radsim.app.gui;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Two models stepped in lock step, for a side-by-side comparison: one MASON state whose single repeating step
 * runs one tick of model A, then one tick of model B. Each model keeps its own schedule and its own random
 * stream, seeded from its scenario, so each side computes exactly what a headless run of its scenario computes;
 * with both scenarios on the same seed they share their random numbers (common random numbers) and differ only
 * by their settings. A side that has come to its end (an opinion model that is stable) is no longer stepped.
 */
final class LockStep extends SimState {

    private static final long serialVersionUID = 1L;

    /** Tells whether a side has ended before the scenario's last tick. */
    interface Ended extends java.io.Serializable {
        boolean test(SimState model);
    }

    private final SimState a;
    private final SimState b;
    private final Ended ended;

    LockStep(SimState a, SimState b, Ended ended) {
        super(a.seed());
        this.a = a;
        this.b = b;
        this.ended = ended;
    }

    SimState a() {
        return a;
    }

    SimState b() {
        return b;
    }

    @Override
    public void start() {
        super.start();
        a.start();
        b.start();
        schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) s -> {
            tick(a);
            tick(b);
        }, 1.0);
    }

    private void tick(SimState m) {
        if (!ended.test(m)) {
            m.schedule.step(m);
        }
    }

    @Override
    public void finish() {
        super.finish();
        a.finish();
        b.finish();
    }
}
