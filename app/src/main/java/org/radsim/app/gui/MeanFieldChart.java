package org.radsim.app.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.function.DoubleSupplier;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The contagion model's live chart (JFreeChart 1.5.6), in a window or offscreen: the agents' S, E and R fractions
 * as solid lines and the mean-field ODE's, integrated in the same run, as dashed lines of the same colours, against
 * model time t = step · dt over the whole horizon. A row is the agents' S, E, R followed by the ODE's S, E, R
 * ({@link ContagionView#trajectories}); rows are queued after each step by a GUI-side Steppable and drawn a few
 * times a second.
 */
final class MeanFieldChart extends QueuedChartWindow {

    private static final String[] NAMES = {"S", "E", "R"};

    private final JFreeChart chart;
    private final DoubleSupplier dt;
    private final XYSeries[] agents = new XYSeries[3];
    private final XYSeries[] ode = new XYSeries[3];
    private final NumberAxis time = new NumberAxis("time t = step · dt (model units)");

    /**
     * {@code dt}: the step length of the model shown, read when a row is queued (a restart may change it).
     * {@code window}: in a window, redrawn a few times a second; otherwise offscreen, fed with {@link #add}.
     */
    MeanFieldChart(DoubleSupplier dt, boolean window) {
        this.dt = dt;
        XYSeriesCollection c = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        Color[] colours = {new Color(0x777777), ContagionPortrayal.EXTREMIST, ContagionPortrayal.RECRUITER};
        BasicStroke solid = new BasicStroke(2f);
        BasicStroke dashed = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {7f, 5f}, 0f);
        for (int k = 0; k < 3; k++) {
            agents[k] = new XYSeries(NAMES[k] + " agents");
            ode[k] = new XYSeries(NAMES[k] + " ODE (mean field)");
        }
        for (int k = 0; k < 3; k++) {
            c.addSeries(agents[k]);
            r.setSeriesPaint(k, colours[k]);
            r.setSeriesStroke(k, solid);
        }
        for (int k = 0; k < 3; k++) {
            c.addSeries(ode[k]);
            r.setSeriesPaint(3 + k, colours[k]);
            r.setSeriesStroke(3 + k, dashed);
        }
        time.setAutoRange(false);
        NumberAxis y = new NumberAxis("fraction of agents");
        y.setRange(0, 1);
        XYPlot plot = new XYPlot(c, time, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        chart = new JFreeChart("Agents and the mean-field ODE", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(false);
        if (window) {
            openWindow("radsim — contagion: agents and the mean-field ODE", new ChartPanel(chart, false), 560, 380);
        }
    }

    /** Model time t = step · dt, so the time axis of a run of n steps spans n · dt. */
    @Override
    double timeOf(long tick) {
        return tick * dt.getAsDouble();
    }

    @Override
    public synchronized void draw(java.awt.Graphics2D g, java.awt.geom.Rectangle2D.Double area) {
        chart.draw(g, area);
    }

    /** Points received so far in each series. */
    @Override
    public int points() {
        return agents[0].getItemCount();
    }

    /** The last time, agent value and ODE value drawn for compartment {@code c} (0 S, 1 E, 2 R), for tests. */
    synchronized double[] last(int c) {
        int n = agents[c].getItemCount();
        return new double[] {agents[c].getX(n - 1).doubleValue(), agents[c].getY(n - 1).doubleValue(),
                ode[c].getY(n - 1).doubleValue()};
    }

    /** The upper end of the time axis (the run's horizon in model time), for tests. */
    synchronized double horizon() {
        return time.getUpperBound();
    }

    @Override
    void startOver(double horizon) {
        for (int k = 0; k < 3; k++) {
            agents[k].clear();
            ode[k].clear();
        }
        time.setRange(0, horizon);
    }

    @Override
    void append(double t, double[] values) {
        for (int k = 0; k < 3; k++) {
            agents[k].add(t, values[k], false);
            ode[k].add(t, values[3 + k], false);
        }
    }

    @Override
    void changed() {
        for (int k = 0; k < 3; k++) {
            agents[k].fireSeriesChanged();
            ode[k].fireSeriesChanged();
        }
    }
}
