package org.radsim.analysis.chart;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Grouped bars for the robustness questions of an ensemble comparison: one group per alternative, one bar per
 * measure (e.g. probability of being best, of beating the baseline, of meeting the target; or expected and maximum
 * regret).
 */
public final class RobustnessChart {

    private RobustnessChart() {
    }

    /**
     * @param measures bar names
     * @param values   {@code values[m][a]}: measure {@code m} of alternative {@code a}
     */
    public static JFreeChart create(String title, String subtitle, String axis, List<String> alternatives,
                                    List<String> measures, double[][] values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int m = 0; m < measures.size(); m++) {
            for (int a = 0; a < alternatives.size(); a++) {
                data.addValue(values[m][a], measures.get(m), alternatives.get(a));
            }
        }
        CategoryAxis x = new CategoryAxis(null);
        x.setTickLabelFont(Palette.TICKS);
        NumberAxis y = DiscoveryCharts.axis(axis);
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int m = 0; m < measures.size(); m++) {
            r.setSeriesPaint(m, Palette.colour(m + 1));
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setRangeGridlinePaint(new java.awt.Color(0xE0E0E0));
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, true);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        return Palette.style(chart, subtitle);
    }
}
