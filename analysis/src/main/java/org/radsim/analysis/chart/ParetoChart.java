package org.radsim.analysis.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The front of {@code radsim optimize} on the cost-effectiveness plane: recruits averted against the baseline (x)
 * and cost (y), each front point and each shipped package with the 95 % intervals of both as error bars. The front
 * points are numbered as in {@code front.csv}; shipped packages are labelled by name. Better lies right and low.
 */
public final class ParetoChart {

    /**
     * A point.
     *
     * @param label   number or name shown beside it
     * @param averted mean recruits averted, with its interval
     * @param cost    mean cost, with its interval
     */
    public record Point(String label, double averted, double avertedLow, double avertedHigh, double cost,
                        double costLow, double costHigh) {
    }

    private ParetoChart() {
    }

    public static JFreeChart create(String subtitle, String avertedLabel, String costLabel, List<Point> front,
                                    List<Point> packages) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYIntervalSeries f = new XYIntervalSeries("front (numbered as in front.csv)");
        front.forEach(p -> f.add(p.averted(), p.avertedLow(), p.avertedHigh(), p.cost(), p.costLow(), p.costHigh()));
        XYIntervalSeries s = new XYIntervalSeries("shipped packages");
        packages.forEach(p -> s.add(p.averted(), p.avertedLow(), p.avertedHigh(), p.cost(), p.costLow(),
                p.costHigh()));
        data.addSeries(f);
        data.addSeries(s);
        NumberAxis x = DiscoveryCharts.axis(avertedLabel);
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = DiscoveryCharts.axis(costLabel);
        y.setAutoRangeIncludesZero(true);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setErrorStroke(new BasicStroke(1f));
        r.setCapLength(4);
        r.setSeriesPaint(0, Palette.colour(2));
        r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        r.setSeriesPaint(1, Palette.colour(1));
        r.setSeriesShape(1, new Rectangle2D.Double(-6, -6, 12, 12));
        XYPlot plot = new XYPlot(data, x, y, r);
        DiscoveryCharts.grid(plot);
        for (List<Point> set : List.of(front, packages)) {
            for (Point p : set) {
                XYTextAnnotation a = new XYTextAnnotation(" " + p.label(), p.averted(), p.cost());
                a.setFont(Palette.TICKS);
                a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
                plot.addAnnotation(a);
            }
        }
        JFreeChart chart = new JFreeChart("Best packages for the budget: cost against recruits averted",
                Palette.TITLE, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return Palette.style(chart, subtitle);
    }
}
