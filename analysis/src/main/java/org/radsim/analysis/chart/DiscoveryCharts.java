package org.radsim.analysis.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of scenario discovery: PRIM's coverage–density trade-off curve (one point per peeling step, the chosen
 * box marked) and the box chart (each restricted factor's limits as a bar over the factor's range in the data,
 * scaled to [0, 1], labelled with the limits).
 */
public final class DiscoveryCharts {

    private DiscoveryCharts() {
    }

    /** Coverage (x) against density (y) along the peeling trajectory; the chosen box in vermillion. */
    public static JFreeChart tradeOff(String subtitle, double[] coverage, double[] density, int chosen,
                                      double chosenCoverage, double chosenDensity) {
        XYSeries steps = new XYSeries("peeling steps", false);
        for (int i = 0; i < coverage.length; i++) {
            steps.add(coverage[i], density[i]);
        }
        XYSeries pick = new XYSeries("chosen box (after pasting and simplification)", false);
        pick.add(chosenCoverage, chosenDensity);
        XYSeries from = new XYSeries("the step it was chosen at", false);
        from.add(coverage[chosen], density[chosen]);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(steps);
        data.addSeries(from);
        data.addSeries(pick);
        NumberAxis x = axis("Coverage (share of all selected cases inside the box)");
        x.setRange(0, 1.02);
        NumberAxis y = axis("Density (share of the box's cases that are selected)");
        y.setRange(0, 1.02);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, true);
        r.setSeriesLinesVisible(1, false);
        r.setSeriesLinesVisible(2, false);
        r.setSeriesPaint(0, Palette.colour(2));
        r.setSeriesPaint(1, Palette.colour(3));
        r.setSeriesPaint(2, Palette.colour(1));
        r.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        r.setSeriesShape(1, new Ellipse2D.Double(-5, -5, 10, 10));
        r.setSeriesShape(2, new Ellipse2D.Double(-6, -6, 12, 12));
        XYPlot plot = new XYPlot(data, x, y, r);
        grid(plot);
        JFreeChart chart = new JFreeChart("PRIM trade-off: coverage against density", Palette.TITLE, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return Palette.style(chart, subtitle);
    }

    /**
     * The box: for each factor {@code i} the bar from {@code lo[i]} to {@code hi[i]}, both scaled so that the data's
     * range is [0, 1]; {@code labels[i]} is written beside it.
     */
    public static JFreeChart box(String subtitle, String[] factors, double[] lo, double[] hi, String[] labels) {
        XYIntervalSeries s = new XYIntervalSeries("box limits (factor range scaled to 0–1)");
        for (int i = 0; i < factors.length; i++) {
            double mid = (lo[i] + hi[i]) / 2;
            s.add(mid, lo[i], hi[i], i, i, i);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        NumberAxis x = axis("Position in the factor's range in the data (0 = smallest, 1 = largest)");
        x.setRange(-0.02, 1.02);
        SymbolAxis y = new SymbolAxis(null, factors);
        y.setTickLabelFont(Palette.TICKS);
        y.setInverted(true);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(false);
        r.setErrorPaint(Palette.colour(2));
        r.setErrorStroke(new BasicStroke(10f));
        r.setCapLength(0);
        XYPlot plot = new XYPlot(data, x, y, r);
        grid(plot);
        for (int i = 0; i < factors.length; i++) {
            XYTextAnnotation a = new XYTextAnnotation(labels[i], 0.5, i - 0.3);
            a.setFont(Palette.TICKS);
            a.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(a);
        }
        JFreeChart chart = new JFreeChart("PRIM box: the limits of each restricted factor", Palette.TITLE, plot, false);
        return Palette.style(chart, subtitle);
    }

    static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setLabelFont(Palette.AXIS);
        a.setTickLabelFont(Palette.TICKS);
        return a;
    }

    static void grid(XYPlot plot) {
        plot.setDomainGridlinePaint(new Color(0xE0E0E0));
        plot.setRangeGridlinePaint(new Color(0xE0E0E0));
    }
}
