package org.radsim.analysis.chart;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.radsim.analysis.stats.Estimate;

/**
 * Final and peak values of one metric per scenario, as horizontal bars (long scenario names stay readable) with
 * 95 % confidence intervals as error bars. For cumulative metrics the peak equals the final value and is left out.
 */
public final class EndpointChart {

    /**
     * One scenario's bars.
     *
     * @param peak null when not shown
     */
    public record Bar(String scenario, Estimate fin, Estimate peak) {
    }

    private EndpointChart() {
    }

    public static JFreeChart create(String title, String subtitle, String valueLabel, List<Bar> bars) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        boolean anyPeak = bars.stream().anyMatch(b -> b.peak() != null);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            TimeSeriesChart.LegendKey scenario = new TimeSeriesChart.LegendKey(b.scenario(), i);
            data.add(b.fin().mean(), half(b.fin()), "Final", scenario);
            if (anyPeak) {
                Estimate p = b.peak() == null ? b.fin() : b.peak();
                data.add(p.mean(), half(p), "Peak", scenario);
            }
        }
        CategoryAxis cat = new CategoryAxis(null);
        cat.setTickLabelFont(Palette.TICKS);
        cat.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis value = new NumberAxis(valueLabel);
        value.setLabelFont(Palette.AXIS);
        value.setTickLabelFont(Palette.TICKS);
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, new Color(0x00, 0x72, 0xB2));
        r.setSeriesPaint(1, new Color(0x9E, 0xCA, 0xE1));
        r.setErrorIndicatorPaint(Color.BLACK);
        r.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, cat, value, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeGridlinePaint(new Color(0xE0E0E0));
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, anyPeak);
        if (anyPeak) {
            chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        }
        return Palette.style(chart, subtitle);
    }

    private static double half(Estimate e) {
        return Double.isNaN(e.halfWidth()) ? 0 : e.halfWidth();
    }
}
