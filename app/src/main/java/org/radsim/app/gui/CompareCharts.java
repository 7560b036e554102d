package org.radsim.app.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GridLayout;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.WindowConstants;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a side-by-side comparison (JFreeChart 1.5.6): for each quantity the model kind names
 * ({@link ModelView#compared}) one chart with both runs, A and B, above their difference A − B on the same time
 * axis (with A the baseline, a positive difference is what B averts). It keeps every row it was given, so what it
 * draws can be checked against a headless run. A live window is fed from the model thread through a queue that a
 * Swing timer empties a few times a second; an offscreen one (for an exported animation) is fed directly.
 */
final class CompareCharts {

    static final Color A = new Color(0x2B5FD9);
    static final Color B = new Color(0xE8731A);
    static final Color DIFFERENCE = new Color(0x117864);

    private record Row(long tick, double[] a, double[] b, long ticks) {
    }

    private final List<ModelView.Compared> compared;
    private final XYSeries[] seriesA;
    private final XYSeries[] seriesB;
    private final XYSeries[] difference;
    private final List<JFreeChart> charts = new ArrayList<>();
    private final List<NumberAxis> timeAxes = new ArrayList<>();
    private final List<double[]> rowsA = new ArrayList<>();
    private final List<double[]> rowsB = new ArrayList<>();
    private final ConcurrentLinkedQueue<Row> pending = new ConcurrentLinkedQueue<>();
    private JFrame frame;
    private javax.swing.Timer redraw;

    /** Offscreen charts; {@link #window} makes them live in a window. */
    CompareCharts(List<ModelView.Compared> compared, String nameA, String nameB) {
        this.compared = List.copyOf(compared);
        int n = compared.size();
        seriesA = new XYSeries[n];
        seriesB = new XYSeries[n];
        difference = new XYSeries[n];
        for (int k = 0; k < n; k++) {
            ModelView.Compared c = compared.get(k);
            seriesA[k] = new XYSeries("A: " + nameA);
            seriesB[k] = new XYSeries("B: " + nameB);
            difference[k] = new XYSeries(c.difference());
            charts.add(chart(c, seriesA[k], seriesB[k], difference[k]));
        }
    }

    /** Puts the charts in a window, redrawn from the queue about three times a second; returns the window. */
    JFrame window(String title) {
        JPanel grid = new JPanel(new GridLayout(1, charts.size()));
        for (JFreeChart c : charts) {
            ChartPanel panel = new ChartPanel(c, false);
            panel.setMouseWheelEnabled(true);
            grid.add(panel);
        }
        frame = new JFrame(title);
        frame.getContentPane().add(grid);
        frame.setSize(360 * charts.size(), 420);
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        redraw = new javax.swing.Timer(300, e -> drain());
        redraw.start();
        return frame;
    }

    JFrame frame() {
        return frame;
    }

    void dispose() {
        if (redraw != null) {
            redraw.stop();
        }
        if (frame != null) {
            frame.dispose();
        }
    }

    /** Queues the first rows of a run of {@code ticks} ticks: the charts start over (live window). */
    void reset(long tick, double[] a, double[] b, long ticks) {
        pending.add(new Row(tick, a.clone(), b.clone(), Math.max(1, ticks)));
    }

    /** Queues the rows after a tick (live window; call from the model thread). */
    void queue(long tick, double[] a, double[] b) {
        pending.add(new Row(tick, a.clone(), b.clone(), 0));
    }

    /** Applies the queued rows now, on the calling thread. */
    void drainNow() {
        drain();
    }

    /** Starts over at once (offscreen charts). */
    void restart(long tick, double[] a, double[] b, long ticks) {
        reset(tick, a, b, ticks);
        drain();
    }

    /** Adds the rows after a tick at once (offscreen charts). */
    void add(long tick, double[] a, double[] b) {
        queue(tick, a, b);
        drain();
    }

    private synchronized void drain() {
        Row r;
        boolean any = false;
        while ((r = pending.poll()) != null) {
            if (r.ticks() > 0) {
                for (int k = 0; k < compared.size(); k++) {
                    seriesA[k].clear();
                    seriesB[k].clear();
                    difference[k].clear();
                }
                rowsA.clear();
                rowsB.clear();
                for (NumberAxis t : timeAxes) {
                    t.setRange(0, r.ticks());
                }
            }
            rowsA.add(r.a());
            rowsB.add(r.b());
            for (int k = 0; k < compared.size(); k++) {
                double a = compared.get(k).value().applyAsDouble(r.a());
                double b = compared.get(k).value().applyAsDouble(r.b());
                seriesA[k].add(r.tick(), a, false);
                seriesB[k].add(r.tick(), b, false);
                difference[k].add(r.tick(), a - b, false);
            }
            any = true;
        }
        if (any) {
            for (int k = 0; k < compared.size(); k++) {
                seriesA[k].fireSeriesChanged();
                seriesB[k].fireSeriesChanged();
                difference[k].fireSeriesChanged();
            }
        }
    }

    /** The rows of side A (0) or B (1) drawn so far, one per tick from the first. */
    synchronized List<double[]> rows(int side) {
        return List.copyOf(side == 0 ? rowsA : rowsB);
    }

    /** The difference A − B of quantity {@code k} at each tick drawn so far. */
    synchronized double[] differences(int k) {
        double[] out = new double[difference[k].getItemCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = difference[k].getY(i).doubleValue();
        }
        return out;
    }

    /** Number of ticks drawn. */
    synchronized int points() {
        return difference[0].getItemCount();
    }

    /** The charts side by side in {@code area} (for snapshots and exported frames). */
    synchronized void draw(Graphics2D g, Rectangle2D.Double area) {
        double w = area.width / charts.size();
        for (int k = 0; k < charts.size(); k++) {
            charts.get(k).draw(g, new Rectangle2D.Double(area.x + k * w, area.y, w, area.height));
        }
    }

    private JFreeChart chart(ModelView.Compared c, XYSeries a, XYSeries b, XYSeries d) {
        NumberAxis time = new NumberAxis("time (ticks)");
        time.setAutoRange(false);
        timeAxes.add(time);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        XYSeriesCollection both = new XYSeriesCollection();
        both.addSeries(a);
        both.addSeries(b);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, A);
        lines.setSeriesStroke(0, new BasicStroke(2f));
        lines.setSeriesPaint(1, B);
        lines.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                new float[] {6f, 3f}, 0f));
        NumberAxis value = new NumberAxis(c.unit());
        value.setAutoRangeIncludesZero(false);
        value.setAutoRangeMinimumSize(1e-3);
        XYPlot top = new XYPlot(both, null, value, lines);
        XYLineAndShapeRenderer diffLine = new XYLineAndShapeRenderer(true, false);
        diffLine.setSeriesPaint(0, DIFFERENCE);
        diffLine.setSeriesStroke(0, new BasicStroke(2f));
        NumberAxis diffAxis = new NumberAxis(c.difference());
        diffAxis.setAutoRangeIncludesZero(true);
        diffAxis.setAutoRangeMinimumSize(1e-3);
        XYPlot bottom = new XYPlot(new XYSeriesCollection(d), null, diffAxis, diffLine);
        bottom.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        for (XYPlot p : List.of(top, bottom)) {
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(new Color(0xDDDDDD));
            p.setRangeGridlinePaint(new Color(0xDDDDDD));
        }
        plot.add(top, 3);
        plot.add(bottom, 2);
        JFreeChart chart = new JFreeChart(c.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        // anti-aliased lines over hundreds of points cost several times more to draw and look nearly the same
        chart.setAntiAlias(false);
        return chart;
    }
}
