package org.radsim.app.gui;

import java.util.function.Supplier;

import javax.swing.JFrame;

import sim.engine.Steppable;

/**
 * A window of live charts for one run: fed after each tick by a GUI-side Steppable that copies a row of values
 * into a queue, redrawn a few times a second on the Swing thread.
 */
interface ChartWindow {

    JFrame frame();

    /** Starts over with the first row of a run of {@code ticks} ticks (the time axes span the run). */
    void reset(long tick, double[] row, long ticks);

    /** The Steppable the GUI schedules after each tick: it queues the row {@code latest} gives. */
    Steppable feeder(Supplier<double[]> latest);

    /** Number of points drawn so far (for tests). */
    int points();

    /** Closes the window and stops redrawing. */
    void dispose();
}
