package org.radsim.analysis.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.radsim.analysis.results.ResultsFolder;
import org.radsim.analysis.stats.Estimate;
import org.radsim.analysis.stats.ReplicationStats;
import org.radsim.core.replication.Metrics;

/**
 * The standard charts of one or more scenarios (the first is the baseline, drawn in black), written into a
 * {@code charts/} folder as PNG + SVG. Each method returns what it wrote, for the report to embed.
 */
public final class ScenarioCharts {

    /** Nominal size of a single chart, in CSS pixels. */
    static final int WIDTH = 900;
    static final int HEIGHT = 480;

    /**
     * A chart written to disk.
     *
     * @param file    file name of the PNG, relative to the charts folder (the SVG has the same base name)
     * @param title   title (also the alt text)
     * @param caption one sentence on how to read it
     */
    public record Written(String file, String title, String caption) {
        public String svgFile() {
            return file.substring(0, file.length() - 4) + ".svg";
        }
    }

    private ScenarioCharts() {
    }

    /** One chart per key metric: mean over time with 95 % band, one colour per scenario. */
    public static List<Written> timeSeries(List<ResultsFolder> scenarios, Path dir) {
        List<Written> out = new ArrayList<>();
        List<String> metrics = ReplicationStats.keyMetrics(scenarios.get(0).series().metrics());
        for (String m : metrics) {
            List<TimeSeriesChart.Band> bands = new ArrayList<>();
            for (int s = 0; s < scenarios.size(); s++) {
                ResultsFolder f = scenarios.get(s);
                if (!f.series().metrics().contains(m)) {
                    continue;
                }
                bands.add(new TimeSeriesChart.Band(f.scenarioName(), s, years(f, f.series().ticks()),
                        ReplicationStats.perTick(m, f.series().values(m))));
            }
            String title = MetricLabels.name(m) + " over time";
            JFreeChart chart = TimeSeriesChart.create(title, bandNote(scenarios), timeLabel(scenarios.get(0)),
                    MetricLabels.axis(m), bands,
                    true);
            String file = "timeseries-" + m;
            ChartFiles.save(chart, dir, file, WIDTH, HEIGHT);
            out.add(new Written(file + ".png", title, "Line: mean over replications; shaded band: 95 % confidence "
                    + "interval of the mean" + (scenarios.size() > 1 ? "; one colour per scenario." : ".")));
        }
        return out;
    }

    /** Small multiples: one panel per region, for the main stage metrics; panels of a figure share the y scale. */
    public static List<Written> regions(List<ResultsFolder> scenarios, Path dir) {
        List<Written> out = new ArrayList<>();
        ResultsFolder.RegionSeries base = scenarios.get(0).regions();
        if (base.isEmpty()) {
            return out;
        }
        List<String> available = base.byRegion().get(base.regionNames().get(0)).metrics();
        for (String m : List.of(Metrics.RADICALIZED, Metrics.MEMBER, Metrics.SHARE_RADICALIZED,
                Metrics.CUMULATIVE_RECRUITS)) {
            if (!available.contains(m)) {
                continue;
            }
            List<JFreeChart> panels = new ArrayList<>();
            double max = 0;
            for (String region : base.regionNames()) {
                List<TimeSeriesChart.Band> bands = new ArrayList<>();
                for (int s = 0; s < scenarios.size(); s++) {
                    ResultsFolder f = scenarios.get(s);
                    ResultsFolder.Series rs = f.regions().byRegion().get(region);
                    if (rs == null || !rs.metrics().contains(m)) {
                        continue;
                    }
                    Estimate[] est = ReplicationStats.perTick(m, rs.values(m));
                    for (Estimate e : est) {
                        max = Math.max(max, Double.isNaN(e.high()) ? e.mean() : e.high());
                    }
                    bands.add(new TimeSeriesChart.Band(f.scenarioName(), s, years(f, rs.ticks()), est));
                }
                panels.add(TimeSeriesChart.create("Region: " + region, "", timeLabel(scenarios.get(0)),
                        MetricLabels.axis(m), bands,
                        scenarios.size() > 1));
            }
            for (JFreeChart p : panels) {
                ValueAxis y = ((XYPlot) p.getPlot()).getRangeAxis();
                y.setRange(0, max > 0 ? max * 1.05 : 1);
            }
            int columns = panels.size() <= 8 ? 2 : 3;
            String file = "regions-" + m;
            ChartFiles.saveGrid(panels, columns, dir, file, 560, scenarios.size() > 1 ? 400 : 340);
            out.add(new Written(file + ".png", MetricLabels.name(m) + " by region",
                    "One panel per region, same vertical scale in every panel; line: mean, band: 95 % confidence "
                            + "interval of the mean."));
        }
        return out;
    }

    /** Final (and peak) values per scenario with 95 % error bars, for the key metrics. */
    public static List<Written> endpoints(List<ResultsFolder> scenarios, Path dir) {
        List<Written> out = new ArrayList<>();
        for (String m : ReplicationStats.keyMetrics(scenarios.get(0).series().metrics())) {
            if (!scenarios.get(0).hasSummary(Metrics.finalOf(m))) {
                continue;
            }
            boolean withPeak = !m.startsWith("cumulative") && scenarios.get(0).hasSummary(Metrics.peakOf(m));
            List<EndpointChart.Bar> bars = new ArrayList<>();
            for (ResultsFolder f : scenarios) {
                if (!f.hasSummary(Metrics.finalOf(m))) {
                    continue;
                }
                bars.add(new EndpointChart.Bar(f.scenarioName(), Estimate.of(f.summary(Metrics.finalOf(m))),
                        withPeak && f.hasSummary(Metrics.peakOf(m)) ? Estimate.of(f.summary(Metrics.peakOf(m))) : null));
            }
            String title = (withPeak ? "Final and peak: " : "Final: ") + MetricLabels.name(m);
            JFreeChart chart = EndpointChart.create(title, "bars: mean over replications; whiskers: 95 % confidence "
                    + "interval", MetricLabels.axis(m), bars);
            String file = "endpoints-" + m;
            ChartFiles.save(chart, dir, file, WIDTH, Math.max(300, 110 + bars.size() * (withPeak ? 56 : 34)));
            out.add(new Written(file + ".png", title, "One row per scenario; the baseline is first."));
        }
        return out;
    }

    /** The cost-effectiveness plane of the alternatives (colours as in the other charts). */
    public static Written cost(List<CostChart.Point> points, Path dir) {
        String title = "Cost against recruits averted";
        JFreeChart chart = CostChart.create(title, "paired means over replications; whiskers: 95 % confidence "
                + "intervals", points);
        ChartFiles.save(chart, dir, "cost-vs-averted", WIDTH, 560);
        return new Written("cost-vs-averted.png", title, "Each point is one alternative compared with the baseline: "
                + "right = more recruits averted, lower = cheaper. Left of the dashed line the alternative recruits "
                + "more than the baseline.");
    }

    private static double[] years(ResultsFolder f, long[] ticks) {
        double[] y = new double[ticks.length];
        double per = f.ticksAreCalendarTime() ? f.ticksPerYear() : 1;
        for (int i = 0; i < ticks.length; i++) {
            y[i] = ticks[i] / per;
        }
        return y;
    }

    private static String timeLabel(ResultsFolder f) {
        return f.ticksAreCalendarTime() ? "Time (years)" : "Time (ticks)";
    }

    private static String bandNote(List<ResultsFolder> scenarios) {
        int n = scenarios.get(0).replications().size();
        return String.format(Locale.ROOT, "mean of %d replication%s%s; band: 95 %% confidence interval", n,
                n == 1 ? "" : "s", scenarios.size() > 1 ? " per scenario, same seeds" : "");
    }
}
