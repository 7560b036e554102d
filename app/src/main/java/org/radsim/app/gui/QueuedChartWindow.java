package org.radsim.app.gui;

import java.awt.Component;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import javax.swing.JFrame;
import javax.swing.WindowConstants;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * What every {@link ChartWindow} does the same way: rows are queued (by the GUI-side Steppable after each tick, or
 * by {@link #add}) and moved into the chart's series on the Swing thread a few times a second, or at once when
 * asked; a row that starts a run clears the series first. A subclass says how a row enters its series.
 */
abstract class QueuedChartWindow implements ChartWindow {

    /** A row of values at {@code time}; a {@code span} above 0 starts the charts over for a run that long. */
    private record Row(double time, double[] values, double span) {
    }

    private JFrame frame;
    private final ConcurrentLinkedQueue<Row> pending = new ConcurrentLinkedQueue<>();
    /**
     * Redraws about three times a second: MASON's play loop waits for the Swing thread after every tick, so the
     * time the charts take to draw is time the model does not run.
     */
    private final javax.swing.Timer redraw = new javax.swing.Timer(300, e -> drain());

    /** The time axis value of a tick (the tick itself unless the subclass says otherwise). */
    double timeOf(long tick) {
        return tick;
    }

    /** Clears the series for a new run; the time axes span {@code span} where they follow the whole run. */
    abstract void startOver(double span);

    /** Adds a row to the series without notifying their listeners. */
    abstract void append(double time, double[] values);

    /** Tells the series' listeners that rows were added (the charts redraw). */
    abstract void changed();

    /** Puts {@code content} in a window titled {@code title} and starts redrawing (call once, from a constructor). */
    final void openWindow(String title, Component content, int width, int height) {
        frame = new JFrame(title);
        frame.getContentPane().add(content);
        frame.setSize(width, height);
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        redraw.start();
    }

    @Override
    public JFrame frame() {
        return frame;
    }

    @Override
    public void dispose() {
        redraw.stop();
        if (frame != null) {
            frame.dispose();
        }
    }

    @Override
    public void reset(long tick, double[] row, long ticks) {
        pending.add(new Row(timeOf(tick), row.clone(), timeOf(Math.max(1, ticks))));
    }

    @Override
    public void add(long tick, double[] row, long ticks) {
        pending.add(new Row(timeOf(tick), row.clone(), ticks > 0 ? timeOf(ticks) : 0));
        drain();
    }

    @Override
    public Steppable feeder(Supplier<double[]> latest) {
        return (Steppable) (SimState state) -> pending.add(new Row(timeOf(state.schedule.getSteps()),
                latest.get().clone(), 0));
    }

    @Override
    public void drainNow() {
        drain();
    }

    /** Moves what is queued into the series (the Swing timer calls this). */
    private synchronized void drain() {
        Row r;
        boolean any = false;
        while ((r = pending.poll()) != null) {
            if (r.span() > 0) {
                startOver(r.span());
            }
            append(r.time(), r.values());
            any = true;
        }
        if (any) {
            changed();
        }
    }
}
