package org.radsim.analysis.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.radsim.analysis.stats.Estimate;

/**
 * Cost-effectiveness plane: for each alternative, recruits averted (x) against extra cost over the baseline (y),
 * both as paired means with 95 % intervals drawn as error bars in both directions. Better alternatives lie to the
 * right (more averted) and lower (cheaper). A vertical line marks "nothing averted".
 */
public final class CostChart {

    /**
     * One alternative.
     *
     * @param colour index into {@link Palette}
     */
    public record Point(String name, int colour, Estimate averted, Estimate extraCost) {
    }

    private CostChart() {
    }

    public static JFreeChart create(String title, String subtitle, List<Point> points) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            XYIntervalSeries s = new XYIntervalSeries(new TimeSeriesChart.LegendKey(p.name(), i));
            s.add(p.averted().mean(), lo(p.averted()), hi(p.averted()), p.extraCost().mean(), lo(p.extraCost()),
                    hi(p.extraCost()));
            data.addSeries(s);
        }
        NumberAxis x = new NumberAxis("Recruits averted vs baseline (people, mean of pairs)");
        x.setLabelFont(Palette.AXIS);
        x.setTickLabelFont(Palette.TICKS);
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = new NumberAxis("Extra cost vs baseline (cost units)");
        y.setLabelFont(Palette.AXIS);
        y.setTickLabelFont(Palette.TICKS);
        y.setAutoRangeIncludesZero(true);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setErrorStroke(new BasicStroke(1.5f));
        r.setCapLength(6);
        for (int i = 0; i < points.size(); i++) {
            Color c = Palette.colour(points.get(i).colour());
            r.setSeriesPaint(i, c);
            r.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
        }
        XYItemLabelGenerator label = (dataset, series, item) -> dataset.getSeriesKey(series).toString();
        r.setDefaultItemLabelGenerator(label);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(Palette.TICKS);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setDomainGridlinePaint(new Color(0xE0E0E0));
        plot.setRangeGridlinePaint(new Color(0xE0E0E0));
        ValueMarker zero = new ValueMarker(0, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        plot.addDomainMarker(zero);
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return Palette.style(chart, subtitle);
    }

    private static double lo(Estimate e) {
        return Double.isNaN(e.low()) ? e.mean() : e.low();
    }

    private static double hi(Estimate e) {
        return Double.isNaN(e.high()) ? e.mean() : e.high();
    }
}
