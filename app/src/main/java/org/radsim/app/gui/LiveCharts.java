package org.radsim.app.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GridLayout;
import java.util.List;

import javax.swing.JPanel;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.radsim.core.model.Observer;
import org.radsim.core.population.Stage;

/**
 * The live charts window (JFreeChart 1.5.6; MASON's own chart classes need 1.0.x): stage counts over time (the
 * opinion pyramid and the action pyramid in two panels sharing the time axis), new recruits per tick, mean
 * grievance and opinion, and cumulative cost. Fed by a GUI-side Steppable that copies the observer's latest row
 * after each tick; a Swing timer moves the queued rows into the series a few times a second.
 */
final class LiveCharts extends QueuedChartWindow {

    private static final int NEW_RECRUITS = Observer.METRICS.indexOf("new_recruits");
    private static final int RECRUITERS = Observer.METRICS.indexOf("recruiters");
    private static final int GRIEVANCE = Observer.METRICS.indexOf("mean_grievance");
    private static final int OPINION = Observer.METRICS.indexOf("mean_opinion");
    private static final int CUMULATIVE_COST = Observer.METRICS.indexOf("cumulative_cost");

    private final List<JFreeChart> charts;
    private final XYSeries[] stages = new XYSeries[Stage.values().length];
    private final XYSeries recruiters = new XYSeries("recruiters");
    private final XYSeries recruits = new XYSeries("new recruits");
    private final XYSeries grievance = new XYSeries("mean grievance G");
    private final XYSeries opinion = new XYSeries("mean opinion x");
    private final XYSeries cost = new XYSeries("cumulative cost");
    private final List<XYSeries> all;
    private final List<NumberAxis> timeAxes = new java.util.ArrayList<>();

    /** {@code window}: in a window, redrawn a few times a second; otherwise offscreen, fed with {@link #add}. */
    LiveCharts(boolean window) {
        for (Stage s : Stage.values()) {
            stages[s.ordinal()] = new XYSeries(StagePalette.label(s));
        }
        all = List.of(stages[0], stages[1], stages[2], stages[3], stages[4], stages[5], recruiters, recruits, grievance,
                opinion, cost);
        charts = List.of(styled(stageChart()), styled(recruitsChart()),
                styled(line("Mean grievance and opinion", "mean (grievance 0…1, opinion −1…+1)",
                        new XYSeries[] {grievance, opinion},
                        new Color[] {new Color(0x8E44AD), new Color(0xE8731A)})),
                styled(line("Cumulative cost", "cost (scenario units)", new XYSeries[] {cost},
                        new Color[] {new Color(0x117864)})));
        if (window) {
            JPanel grid = new JPanel(new GridLayout(2, 2));
            for (JFreeChart c : charts) {
                ChartPanel panel = new ChartPanel(c, false);
                panel.setMouseWheelEnabled(true);
                grid.add(panel);
            }
            openWindow("radsim — live charts", grid, 960, 640);
        }
    }

    @Override
    public synchronized void draw(java.awt.Graphics2D g, java.awt.geom.Rectangle2D.Double area) {
        double w = area.width / 2;
        double h = area.height / 2;
        for (int k = 0; k < charts.size(); k++) {
            charts.get(k).draw(g, new java.awt.geom.Rectangle2D.Double(area.x + (k % 2) * w, area.y + (k / 2) * h,
                    w, h));
        }
    }
    /** Number of points in the stage series (for tests). */
    @Override
    public int points() {
        return stages[0].getItemCount();
    }
    @Override
    void startOver(double ticks) {
        for (XYSeries s : all) {
            s.clear();
        }
        for (NumberAxis a : timeAxes) {
            a.setRange(0, ticks);
        }
    }

    @Override
    void append(double t, double[] values) {
        for (int k = 0; k < stages.length; k++) {
            stages[k].add(t, values[k], false);
        }
        recruiters.add(t, values[RECRUITERS], false);
        recruits.add(t, values[NEW_RECRUITS], false);
        grievance.add(t, values[GRIEVANCE], false);
        opinion.add(t, values[OPINION], false);
        cost.add(t, values[CUMULATIVE_COST], false);
    }

    @Override
    void changed() {
        for (XYSeries s : all) {
            s.fireSeriesChanged();
        }
    }

    private JFreeChart stageChart() {
        NumberAxis time = time();
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        XYSeriesCollection opinionPyramid = new XYSeriesCollection();
        XYSeriesCollection actionPyramid = new XYSeriesCollection();
        XYLineAndShapeRenderer top = new XYLineAndShapeRenderer(true, false);
        XYLineAndShapeRenderer bottom = new XYLineAndShapeRenderer(true, false);
        for (Stage s : Stage.values()) {
            boolean opinionStage = s.ordinal() <= Stage.RADICALIZED.ordinal();
            XYSeriesCollection c = opinionStage ? opinionPyramid : actionPyramid;
            XYLineAndShapeRenderer rr = opinionStage ? top : bottom;
            c.addSeries(stages[s.ordinal()]);
            rr.setSeriesPaint(c.getSeriesCount() - 1, s == Stage.NEUTRAL ? new Color(0x85929E) : StagePalette.colour(s));
            rr.setSeriesStroke(c.getSeriesCount() - 1, new BasicStroke(2f));
        }
        actionPyramid.addSeries(recruiters);
        bottom.setSeriesPaint(actionPyramid.getSeriesCount() - 1, StagePalette.RECRUITER);
        bottom.setSeriesStroke(actionPyramid.getSeriesCount() - 1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
        // the panels are short: the axes just say "citizens", a caption inside each names its pyramid
        plot.add(captioned(new XYPlot(opinionPyramid, null, axis("citizens"), top),
                "opinion pyramid"), 1);
        plot.add(captioned(new XYPlot(actionPyramid, null, axis("citizens"), bottom),
                "action pyramid"), 1);
        return new JFreeChart("Stages over time", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    private static XYPlot captioned(XYPlot plot, String caption) {
        org.jfree.chart.title.TextTitle t = new org.jfree.chart.title.TextTitle(caption,
                new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10));
        t.setBackgroundPaint(new Color(255, 255, 255, 200));
        plot.addAnnotation(new org.jfree.chart.annotations.XYTitleAnnotation(0.01, 0.98, t,
                org.jfree.chart.ui.RectangleAnchor.TOP_LEFT));
        return plot;
    }

    private JFreeChart recruitsChart() {
        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, StagePalette.colour(Stage.MEMBER));
        XYPlot plot = new XYPlot(new XYSeriesCollection(recruits), time(), axis("citizens recruited this tick"),
                bars);
        JFreeChart chart = new JFreeChart("New recruits per tick", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        return chart;
    }

    /** A time axis that spans the whole run (set at reset), so the curves grow from left to right. */
    private NumberAxis time() {
        NumberAxis a = new NumberAxis("time (ticks)");
        a.setAutoRange(false);
        timeAxes.add(a);
        return a;
    }

    private JFreeChart line(String title, String yLabel, XYSeries[] series, Color[] colours) {
        XYSeriesCollection c = new XYSeriesCollection();
        XYItemRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int k = 0; k < series.length; k++) {
            c.addSeries(series[k]);
            r.setSeriesPaint(k, colours[k]);
            r.setSeriesStroke(k, new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(c, time(), axis(yLabel), r);
        return new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, series.length > 1);
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        a.setAutoRangeMinimumSize(0.5);
        return a;
    }

    private static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        // anti-aliased lines over hundreds of points cost several times more to draw and look nearly the same
        chart.setAntiAlias(false);
        if (chart.getPlot() instanceof XYPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(new Color(0xDDDDDD));
            p.setRangeGridlinePaint(new Color(0xDDDDDD));
        }
        if (chart.getPlot() instanceof CombinedDomainXYPlot cp) {
            for (Object o : cp.getSubplots()) {
                XYPlot p = (XYPlot) o;
                p.setBackgroundPaint(Color.WHITE);
                p.setDomainGridlinePaint(new Color(0xDDDDDD));
                p.setRangeGridlinePaint(new Color(0xDDDDDD));
            }
        }
        return chart;
    }
}
