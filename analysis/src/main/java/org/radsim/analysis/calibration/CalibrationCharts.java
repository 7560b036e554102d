package org.radsim.analysis.calibration;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.radsim.analysis.chart.Palette;
import org.radsim.core.calibration.Calibration;
import org.radsim.core.calibration.Generation;
import org.radsim.core.calibration.Prior;

/** The charts of a calibration: marginals over priors, pairwise scatter, tolerance and acceptance, predictive checks. */
final class CalibrationCharts {

    private static final int BINS = 30;
    private static final Color BAR = new Color(0x4C78A8);

    private CalibrationCharts() {
    }

    /** The weighted posterior histogram (density) of parameter p over its prior's density. */
    static JFreeChart marginal(Calibration cal, Generation post, int p) {
        Prior prior = cal.parameters().get(p).prior();
        double lo = prior.min();
        double hi = prior.max();
        double w = (hi - lo) / BINS;
        double[] h = new double[BINS];
        for (int i = 0; i < post.weights().length; i++) {
            int b = (int) Math.min(BINS - 1, Math.max(0, Math.floor((post.particles().get(i).theta()[p] - lo) / w)));
            h[b] += post.weights()[i] / w;
        }
        XYSeries bars = new XYSeries("posterior (generation " + post.index() + ")");
        for (int b = 0; b < BINS; b++) {
            bars.add(lo + (b + 0.5) * w, h[b]);
        }
        XYSeries dens = new XYSeries("prior (" + prior.kind() + ")");
        for (int k = 0; k <= 200; k++) {
            double x = lo + k * (hi - lo) / 200;
            dens.add(x, prior.density(Math.min(hi, Math.max(lo, x))));
        }
        XYBarRenderer br = new XYBarRenderer(0.05);
        br.setBarPainter(new StandardXYBarPainter());
        br.setShadowVisible(false);
        br.setSeriesPaint(0, BAR);
        br.setDrawBarOutline(true);
        br.setSeriesOutlinePaint(0, Color.WHITE);
        NumberAxis x = new NumberAxis(cal.parameters().get(p).path());
        x.setRange(lo, hi);
        XYSeriesCollection bc = new XYSeriesCollection(bars);
        bc.setIntervalWidth(w);
        XYPlot plot = new XYPlot(bc, x, new NumberAxis("density"), br);
        XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
        lr.setSeriesPaint(0, Color.DARK_GRAY);
        lr.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        plot.setDataset(1, new XYSeriesCollection(dens));
        plot.setRenderer(1, lr);
        return chart(cal.parameters().get(p).name(), plot, true);
    }

    /** Parameters a and b of the posterior's particles (point size does not show weight; ESS is in the table). */
    static JFreeChart pair(Calibration cal, Generation post, int a, int b) {
        XYSeries s = new XYSeries("particles", false);
        for (int i = 0; i < post.particles().size(); i++) {
            s.add(post.particles().get(i).theta()[a], post.particles().get(i).theta()[b]);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, new Color(31, 119, 180, 110));
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
        NumberAxis x = new NumberAxis(cal.parameters().get(a).name());
        x.setRange(cal.parameters().get(a).prior().min(), cal.parameters().get(a).prior().max());
        NumberAxis y = new NumberAxis(cal.parameters().get(b).name());
        y.setRange(cal.parameters().get(b).prior().min(), cal.parameters().get(b).prior().max());
        return chart(cal.parameters().get(a).name() + " × " + cal.parameters().get(b).name(),
                new XYPlot(new XYSeriesCollection(s), x, y, r), false);
    }

    /** Tolerance (log scale) and acceptance rate per generation. */
    static List<JFreeChart> schedule(List<Generation> gens) {
        XYSeries eps = new XYSeries("epsilon");
        XYSeries acc = new XYSeries("acceptance");
        for (Generation g : gens) {
            if (Double.isFinite(g.epsilon())) {
                eps.add(g.index(), g.epsilon());
            }
            acc.add(g.index(), g.acceptance());
        }
        XYLineAndShapeRenderer r1 = new XYLineAndShapeRenderer(true, true);
        r1.setSeriesPaint(0, BAR);
        org.jfree.chart.axis.LogAxis ly = new org.jfree.chart.axis.LogAxis("tolerance ε (log scale)");
        ly.setNumberFormatOverride(new java.text.DecimalFormat("0.####", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        NumberAxis gx = new NumberAxis("generation");
        gx.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot p1 = new XYPlot(new XYSeriesCollection(eps), gx, ly, r1);
        XYLineAndShapeRenderer r2 = new XYLineAndShapeRenderer(true, true);
        r2.setSeriesPaint(0, Palette.colour(1));
        NumberAxis gx2 = new NumberAxis("generation");
        gx2.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        org.jfree.chart.axis.LogAxis ay = new org.jfree.chart.axis.LogAxis("acceptance rate (log scale)");
        ay.setNumberFormatOverride(new java.text.DecimalFormat("0.####", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        XYPlot p2 = new XYPlot(new XYSeriesCollection(acc), gx2, ay, r2);
        return List.of(chart("Tolerance per generation", p1, false), chart("Acceptance per generation", p2, false));
    }

    /** The predictive distribution of target t's statistic, its 90 % interval and the observed value. */
    static JFreeChart predictive(String name, double[] values, double low, double high, double observed, boolean inside) {
        double lo = Math.min(observed, java.util.Arrays.stream(values).min().orElse(observed));
        double hi = Math.max(observed, java.util.Arrays.stream(values).max().orElse(observed));
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double w = (hi - lo) / 20;
        double[] h = new double[20];
        for (double v : values) {
            h[(int) Math.min(19, Math.max(0, Math.floor((v - lo) / w)))]++;
        }
        XYSeries bars = new XYSeries("posterior predictive (" + values.length + " runs)");
        for (int b = 0; b < 20; b++) {
            bars.add(lo + (b + 0.5) * w, h[b]);
        }
        XYBarRenderer br = new XYBarRenderer(0.05);
        br.setBarPainter(new StandardXYBarPainter());
        br.setShadowVisible(false);
        br.setSeriesPaint(0, BAR);
        br.setDrawBarOutline(true);
        br.setSeriesOutlinePaint(0, Color.WHITE);
        XYSeriesCollection bc = new XYSeriesCollection(bars);
        bc.setIntervalWidth(w);
        NumberAxis x = new NumberAxis(name);
        x.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(bc, x, new NumberAxis("runs"), br);
        IntervalMarker band = new IntervalMarker(low, high, new Color(0, 0, 0, 25));
        band.setLabel("90 % interval");
        band.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        band.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        plot.addDomainMarker(band, org.jfree.chart.ui.Layer.BACKGROUND);
        ValueMarker obs = new ValueMarker(observed, inside ? new Color(0x1a7f37) : new Color(0xc62828), new BasicStroke(2.5f));
        obs.setLabel("observed");
        obs.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
        obs.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
        plot.addDomainMarker(obs);
        return chart(name + (inside ? " — inside" : " — OUTSIDE") + " its 90 % interval", plot, false);
    }

    private static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart c = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, legend);
        c.setBackgroundPaint(Color.WHITE);
        return c;
    }
}
