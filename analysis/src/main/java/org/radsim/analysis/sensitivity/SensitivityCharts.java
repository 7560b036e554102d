package org.radsim.analysis.sensitivity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.radsim.analysis.stats.Interval;

/** The sensitivity charts, each saved as PNG and SVG (JFreeChart, headless). */
final class SensitivityCharts {

    static final int WIDTH = 800;
    static final int HEIGHT = 500;
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c)};

    private SensitivityCharts() {
    }

    /** Bars of S1 and ST per factor with their 95 % bootstrap intervals as whiskers. */
    static JFreeChart sobolBars(String metric, Sobol.Result r) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        String[] names = {"first order S1", "total ST"};
        Interval[][] sets = {r.first(), r.total()};
        for (int s = 0; s < 2; s++) {
            XYIntervalSeries series = new XYIntervalSeries(names[s]);
            for (int i = 0; i < r.factors().size(); i++) {
                double x = i + (s == 0 ? -0.18 : 0.18);
                Interval v = sets[s][i];
                series.add(x, x - 0.16, x + 0.16, v.value(), v.low(), v.high());
            }
            data.addSeries(series);
        }
        SymbolAxis xAxis = new SymbolAxis("factor", r.factors().toArray(new String[0]));
        NumberAxis yAxis = new NumberAxis("index");
        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setDrawXError(false);
        whiskers.setDefaultShapesVisible(false);
        whiskers.setDefaultLinesVisible(false);
        whiskers.setErrorPaint(Color.BLACK);
        whiskers.setErrorStroke(new BasicStroke(1.5f));
        whiskers.setCapLength(8);
        whiskers.setDefaultSeriesVisibleInLegend(false);
        for (int s = 0; s < 2; s++) {
            bars.setSeriesPaint(s, COLOURS[s]);
        }
        double lo = 0;
        double hi = 0;
        for (Interval[] set : sets) {
            for (Interval v : set) {
                lo = Math.min(lo, Math.min(v.value(), v.low()));
                hi = Math.max(hi, Math.max(v.value(), v.high()));
            }
        }
        yAxis.setRange(lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo) + 1e-9);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, bars);
        plot.setDataset(1, data);
        plot.setRenderer(1, whiskers);
        // whiskers over the bars, so the lower half stays visible
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart("Sobol indices of " + metric + " (95 % bootstrap intervals, " + r.rowsUsed() + " base rows)", plot);
    }

    /** μ* against σ, one labelled point per factor. */
    static JFreeChart morrisPlane(String metric, List<Morris.Stat> stats) {
        XYSeries s = new XYSeries("factors");
        for (Morris.Stat st : stats) {
            s.add(st.muStar().value(), st.sigma());
        }
        XYSeriesCollection data = new XYSeriesCollection(s);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, COLOURS[0]);
        XYPlot plot = new XYPlot(data, new NumberAxis("μ* (mean |elementary effect|)"), new NumberAxis("σ (sd of elementary effects)"), r);
        for (Morris.Stat st : stats) {
            XYTextAnnotation a = new XYTextAnnotation("  " + st.factor(), st.muStar().value(), st.sigma());
            a.setTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
            a.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            plot.addAnnotation(a);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart c = chart("Morris screening of " + metric, plot);
        c.removeLegend();
        return c;
    }

    /**
     * The metric (mean over replications) at each design point against one factor's value; {@code lines} joins
     * the points in order of the factor (one-at-a-time designs), {@code log} uses a log axis (log-uniform ranges),
     * and a finite {@code base} is drawn as a horizontal line (the base point of a one-at-a-time design).
     */
    static JFreeChart oneWay(String metric, String factor, double[] x, double[] y, String[] labels, boolean lines,
                             boolean log, double base) {
        XYSeries s = new XYSeries(metric, true, true);
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                s.add(x[i], y[i]);
            }
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(lines, true);
        r.setSeriesPaint(0, COLOURS[0]);
        org.jfree.chart.axis.ValueAxis xAxis;
        if (labels != null) {
            xAxis = new SymbolAxis(factor, labels);
        } else if (log) {
            org.jfree.chart.axis.LogAxis la = new org.jfree.chart.axis.LogAxis(factor);
            // plain numbers (2, 5, 10.5) rather than powers of ten with fractional exponents
            la.setNumberFormatOverride(new java.text.DecimalFormat("0.###",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
            xAxis = la;
        } else {
            NumberAxis n = new NumberAxis(factor);
            n.setAutoRangeIncludesZero(false);
            xAxis = n;
        }
        NumberAxis yAxis = new NumberAxis(metric);
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), xAxis, yAxis, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (!Double.isNaN(base)) {
            org.jfree.chart.plot.ValueMarker m = new org.jfree.chart.plot.ValueMarker(base, COLOURS[1], new BasicStroke(1.2f));
            m.setLabel("base scenario");
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(m);
        }
        JFreeChart c = chart(metric + " against " + factor, plot);
        c.removeLegend();
        return c;
    }

    /** A two-factor grid as a heat map of the metric. */
    static JFreeChart heatMap(String metric, String fx, String fy, String[] xLabels, String[] yLabels, double[][] z) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        int n = 0;
        for (double[] row : z) {
            for (double v : row) {
                n += Double.isNaN(v) ? 0 : 1;
            }
        }
        // cells where every run failed stay empty (background) instead of taking a colour
        double[][] series = new double[3][n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int c = 0;
        for (int i = 0; i < xLabels.length; i++) {
            for (int j = 0; j < yLabels.length; j++) {
                if (Double.isNaN(z[i][j])) {
                    continue;
                }
                series[0][c] = i;
                series[1][c] = j;
                series[2][c] = z[i][j];
                lo = Math.min(lo, z[i][j]);
                hi = Math.max(hi, z[i][j]);
                c++;
            }
        }
        data.addSeries(metric, series);
        if (n == 0) {
            lo = 0;
            hi = 1;
        } else if (!(hi > lo)) {
            hi = lo + 1;
        }
        LookupPaintScale scale = new LookupPaintScale(lo, hi, Color.LIGHT_GRAY);
        for (int s = 0; s < 32; s++) {
            float t = s / 31f;
            scale.add(lo + (hi - lo) * s / 32.0, new Color(t, 0.2f + 0.5f * (1 - t), 1 - t));
        }
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, new SymbolAxis(fx, xLabels), new SymbolAxis(fy, yLabels), r);
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = chart(metric + " over " + fx + " × " + fy, plot);
        chart.removeLegend();
        NumberAxis legendAxis = new NumberAxis(metric);
        legendAxis.setRange(lo, hi);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        chart.addSubtitle(legend);
        return chart;
    }

    private static JFreeChart chart(String title, XYPlot plot) {
        JFreeChart c = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        c.setBackgroundPaint(Color.WHITE);
        return c;
    }

    /** Saves {@code base}.png and {@code base}.svg. */
    static void save(JFreeChart chart, Path base) throws IOException {
        ChartUtils.saveChartAsPNG(base.resolveSibling(base.getFileName() + ".png").toFile(), chart, WIDTH, HEIGHT);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(WIDTH, HEIGHT));
        SVGUtils.writeToSVG(base.resolveSibling(base.getFileName() + ".svg").toFile(), g.getSVGElement());
    }
}
