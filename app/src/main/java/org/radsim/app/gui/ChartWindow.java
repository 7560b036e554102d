package org.radsim.app.gui;

import java.util.function.Supplier;

import javax.swing.JFrame;

import sim.engine.Steppable;

/**
 * The live charts of one run, in a window or offscreen: fed after each tick by a GUI-side Steppable that copies a row of values
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

    /**
     * Adds a row at once, on the calling thread (offscreen charts); {@code ticks} > 0 starts the charts over for a
     * run of that many ticks.
     */
    void add(long tick, double[] row, long ticks);

    /** Applies the queued rows now, on the calling thread. */
    void drainNow();

    /** Draws the charts into {@code area} (snapshots, exported frames). */
    void draw(java.awt.Graphics2D g, java.awt.geom.Rectangle2D.Double area);

    /** Closes the window and stops redrawing. */
    void dispose();
}
