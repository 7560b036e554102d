package org.radsim.app.gui;

import java.awt.BasicStroke;
import java.awt.Color;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A live line chart in its own window (JFreeChart 1.5.6) for the classic models: one series per named value,
 * fed after each tick by a GUI-side Steppable, redrawn a few times a second by a Swing timer.
 */
final class TimeSeriesWindow extends QueuedChartWindow {

    private final JFreeChart chart;
    private final XYSeries[] series;
    private final NumberAxis time = new NumberAxis("time (ticks)");
    private final boolean wholeRun;

    /**
     * {@code wholeRun}: the time axis spans the scenario's ticks (curves grow to the right); otherwise it follows
     * the data (for runs that usually stop early, such as relative agreement run to stability). {@code window}:
     * in a window, redrawn a few times a second; otherwise offscreen, fed with {@link #add}.
     */
    TimeSeriesWindow(String title, String yLabel, String[] names, Color[] colours, boolean wholeRun, boolean window) {
        this.wholeRun = wholeRun;
        series = new XYSeries[names.length];
        XYSeriesCollection c = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int k = 0; k < names.length; k++) {
            series[k] = new XYSeries(names[k]);
            c.addSeries(series[k]);
            r.setSeriesPaint(k, colours[k]);
            r.setSeriesStroke(k, new BasicStroke(2f));
        }
        time.setAutoRange(!wholeRun);
        time.setAutoRangeIncludesZero(true);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeMinimumSize(0.5);
        XYPlot plot = new XYPlot(c, time, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(false);
        if (window) {
            openWindow("radsim — " + title, new ChartPanel(chart, false), 560, 380);
        }
    }

    @Override
    public synchronized void draw(java.awt.Graphics2D g, java.awt.geom.Rectangle2D.Double area) {
        chart.draw(g, area);
    }

    @Override
    public int points() {
        return series[0].getItemCount();
    }

    @Override
    void startOver(double ticks) {
        for (XYSeries s : series) {
            s.clear();
        }
        if (wholeRun) {
            time.setRange(0, ticks);
        }
    }

    @Override
    void append(double tick, double[] values) {
        for (int k = 0; k < series.length; k++) {
            series[k].add(tick, values[k], false);
        }
    }

    @Override
    void changed() {
        for (XYSeries s : series) {
            s.fireSeriesChanged();
        }
    }
}
