package org.radsim.analysis.chart;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.radsim.analysis.stats.Estimate;

/**
 * A metric over time: for each scenario the mean over replications as a line and its 95 % confidence interval as
 * a translucent band of the same colour, all on shared axes.
 */
public final class TimeSeriesChart {

    /**
     * One scenario's curve.
     *
     * @param name   legend entry
     * @param colour index into {@link Palette}
     * @param years  time of each point, in the unit of the x axis (years, or ticks for the classic models)
     * @param values estimate at each point
     */
    public record Band(String name, int colour, double[] years, Estimate[] values) {
    }

    private TimeSeriesChart() {
    }

    /**
     * @param title    chart title
     * @param subtitle line under the title (e.g. "mean of 20 replications, band = 95 % CI"), may be empty
     * @param yLabel   value axis label with unit
     * @param legend   whether to draw a legend (off for all but one panel of small multiples)
     */
    public static JFreeChart create(String title, String subtitle, String yLabel, List<Band> bands, boolean legend) {
        return create(title, subtitle, "Time (years)", yLabel, bands, legend);
    }

    /** As {@link #create(String, String, String, List, boolean)} with the time axis label {@code xLabel}. */
    public static JFreeChart create(String title, String subtitle, String xLabel, String yLabel, List<Band> bands,
                                    boolean legend) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (int s = 0; s < bands.size(); s++) {
            Band b = bands.get(s);
            // series keys must be unique; the index keeps two scenarios with the same name apart
            YIntervalSeries series = new YIntervalSeries(new LegendKey(b.name(), s));
            for (int i = 0; i < b.years().length; i++) {
                Estimate e = b.values()[i];
                if (Double.isNaN(e.mean())) {
                    continue;
                }
                double lo = Double.isNaN(e.low()) ? e.mean() : e.low();
                double hi = Double.isNaN(e.high()) ? e.mean() : e.high();
                series.add(b.years()[i], e.mean(), lo, hi);
            }
            data.addSeries(series);
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(true);
        // the time axis ends where the run ends: no empty margin with a clipped tick label
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        x.setLabelFont(Palette.AXIS);
        x.setTickLabelFont(Palette.TICKS);
        NumberAxis y = new NumberAxis(yLabel);
        y.setLabelFont(Palette.AXIS);
        y.setTickLabelFont(Palette.TICKS);
        y.setAutoRangeIncludesZero(true);
        DeviationRenderer r = new DeviationRenderer(true, false);
        // overlapping bands of many scenarios turn muddy: fainter bands the more there are
        r.setAlpha(bands.size() <= 2 ? 0.2f : bands.size() <= 4 ? 0.13f : 0.08f);
        for (int s = 0; s < bands.size(); s++) {
            Color c = Palette.colour(bands.get(s).colour());
            r.setSeriesPaint(s, c);
            r.setSeriesFillPaint(s, c);
            r.setSeriesStroke(s, Palette.line(bands.get(s).colour()));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        // the baseline (series 0) is drawn last, on top: alternatives often coincide with it before they start
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.REVERSE);
        plot.setDomainGridlinePaint(new Color(0xE0E0E0));
        plot.setRangeGridlinePaint(new Color(0xE0E0E0));
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, legend);
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setPosition(RectangleEdge.BOTTOM);
        }
        return Palette.style(chart, subtitle);
    }

    /** Series key that shows only the name but stays unique per position. */
    record LegendKey(String name, int position) implements Comparable<LegendKey> {
        @Override
        public String toString() {
            return name;
        }

        @Override
        public int compareTo(LegendKey o) {
            return Integer.compare(position, o.position);
        }
    }
}
