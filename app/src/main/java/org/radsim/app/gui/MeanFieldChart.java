package org.radsim.app.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.swing.JFrame;
import javax.swing.WindowConstants;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.radsim.core.classic.contagion.ContagionModel;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The contagion model's live chart (JFreeChart 1.5.6): the agents' S, E and R fractions as solid lines and the
 * mean-field ODE's, integrated in the same run, as dashed lines of the same colours, against model time t = step·dt
 * over the whole horizon. Rows are queued after each step by a GUI-side Steppable and drawn a few times a second.
 */
final class MeanFieldChart {

    private record Row(double time, double[] agents, double[] ode, double horizon) {
    }

    private static final String[] NAMES = {"S", "E", "R"};

    private final JFrame frame;
    private final XYSeries[] agents = new XYSeries[3];
    private final XYSeries[] ode = new XYSeries[3];
    private final NumberAxis time = new NumberAxis("time t (model units)");
    private final ConcurrentLinkedQueue<Row> pending = new ConcurrentLinkedQueue<>();
    private final javax.swing.Timer redraw = new javax.swing.Timer(300, e -> drain());

    MeanFieldChart() {
        XYSeriesCollection c = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        Color[] colours = {new Color(0x777777), ContagionPortrayal.EXTREMIST, ContagionPortrayal.RECRUITER};
        BasicStroke solid = new BasicStroke(2f);
        BasicStroke dashed = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f);
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
        JFreeChart chart = new JFreeChart("Agents and the mean-field ODE", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(false);
        frame = new JFrame("radsim — contagion: agents and the mean-field ODE");
        frame.getContentPane().add(new ChartPanel(chart, false));
        frame.setSize(560, 380);
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        redraw.start();
    }

    JFrame frame() {
        return frame;
    }

    void dispose() {
        redraw.stop();
        frame.dispose();
    }

    /** Starts over with the model's current state; the time axis spans {@code steps} steps. */
    void reset(ContagionModel m, long steps) {
        pending.add(new Row(m.time(), m.fractions(), m.odeState(), Math.max(1, steps) * m.params().dt()));
    }

    Steppable feeder(ContagionModel m) {
        return (Steppable) (SimState state) -> pending.add(new Row(m.time(), m.fractions(), m.odeState(), 0));
    }

    /** Points received so far in each series. */
    int points() {
        return agents[0].getItemCount();
    }

    /** The last agent and ODE value drawn for compartment {@code c} (0 S, 1 E, 2 R), for tests. */
    double[] last(int c) {
        int n = agents[c].getItemCount();
        return new double[] {agents[c].getY(n - 1).doubleValue(), ode[c].getY(n - 1).doubleValue()};
    }

    /** Draws what is queued (the Swing timer calls this; tests may too, on the Swing thread). */
    void drain() {
        Row r;
        boolean any = false;
        while ((r = pending.poll()) != null) {
            if (r.horizon() > 0) {
                for (int k = 0; k < 3; k++) {
                    agents[k].clear();
                    ode[k].clear();
                }
                time.setRange(0, r.horizon());
            }
            for (int k = 0; k < 3; k++) {
                agents[k].add(r.time(), r.agents()[k], false);
                ode[k].add(r.time(), r.ode()[k], false);
            }
            any = true;
        }
        if (any) {
            for (int k = 0; k < 3; k++) {
                agents[k].fireSeriesChanged();
                ode[k].fireSeriesChanged();
            }
        }
    }
}
