package org.radsim.analysis.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.radsim.analysis.results.ResultsFolder;
import org.radsim.core.output.FormulaEscape;
import org.radsim.core.output.Csv;
import org.radsim.core.replication.Metrics;

/**
 * Statistics over the replications of one results folder: for every summary column, and for every global metric
 * at every tick, the mean, sample standard deviation and 95 % t-based interval ({@link Estimate}).
 *
 * <p>Written as {@code summary-stats.csv} (header {@code metric,n,mean,sd,ci_low,ci_high,half_width}) and
 * {@code timeseries-stats.csv} (header {@code metric,tick,n,mean,sd,ci_low,ci_high}) and, per region,
 * {@code regions-stats.csv} (header {@code region,metric,tick,n,mean,sd,ci_low,ci_high}), long format so that any
 * tool filters by metric. {@code NaN} means "not defined" (e.g. the sd of fewer than two replications). Intervals are clipped to
 * the metric's natural range ({@link MetricBounds}: no negative counts, shares within [0, 1]).
 */
public final class ReplicationStats {

    /** File name of the per-summary statistics. */
    public static final String SUMMARY_FILE = "summary-stats.csv";
    /** File name of the per-tick statistics. */
    public static final String TIMESERIES_FILE = "timeseries-stats.csv";
    /** File name of the per-region, per-tick statistics (written only when the model reports regions). */
    public static final String REGIONS_FILE = "regions-stats.csv";

    private ReplicationStats() {
    }

    /** Every summary column's estimate, in file order; intervals clipped to the column's {@link MetricBounds}. */
    public static Map<String, Estimate> summaries(ResultsFolder folder) {
        Map<String, Estimate> out = new LinkedHashMap<>();
        for (String c : folder.summaryColumns()) {
            out.put(c, MetricBounds.of(c).clip(Estimate.of(folder.summary(c))));
        }
        return out;
    }

    /** One estimate per tick of {@code values} ([replication][tick]) of {@code metric}, clipped to its bounds. */
    public static Estimate[] perTick(String metric, double[][] values) {
        MetricBounds bounds = MetricBounds.of(metric);
        Estimate[] out = perTick(values);
        for (int t = 0; t < out.length; t++) {
            out[t] = bounds.clip(out[t]);
        }
        return out;
    }

    /** One estimate per tick of {@code values} ([replication][tick]), intervals not clipped. */
    public static Estimate[] perTick(double[][] values) {
        int ticks = values.length == 0 ? 0 : values[0].length;
        Estimate[] out = new Estimate[ticks];
        double[] column = new double[values.length];
        for (int t = 0; t < ticks; t++) {
            for (int k = 0; k < values.length; k++) {
                column[k] = values[k][t];
            }
            out[t] = Estimate.of(column);
        }
        return out;
    }

    /** Writes {@link #SUMMARY_FILE}, {@link #TIMESERIES_FILE} and {@link #REGIONS_FILE} into {@code out}. */
    public static void write(ResultsFolder folder, Path out) {
        try {
            Files.createDirectories(out);
            try (CSVPrinter p = Csv.printer(out.resolve(SUMMARY_FILE), "metric", "n", "mean", "sd", "ci_low", "ci_high",
                    "half_width")) {
                for (Map.Entry<String, Estimate> e : summaries(folder).entrySet()) {
                    Estimate s = e.getValue();
                    p.printRecord(e.getKey(), s.n(), Csv.num(s.mean()), Csv.num(s.sd()), Csv.num(s.low()), Csv.num(s.high()),
                            Csv.num(s.halfWidth()));
                }
            }
            ResultsFolder.Series series = folder.series();
            try (CSVPrinter p = Csv.printer(out.resolve(TIMESERIES_FILE), "metric", "tick", "n", "mean", "sd", "ci_low",
                    "ci_high")) {
                for (String m : series.metrics()) {
                    Estimate[] est = perTick(m, series.values(m));
                    for (int t = 0; t < est.length; t++) {
                        Estimate s = est[t];
                        p.printRecord(m, series.ticks()[t], s.n(), Csv.num(s.mean()), Csv.num(s.sd()), Csv.num(s.low()),
                                Csv.num(s.high()));
                    }
                }
            }
            ResultsFolder.RegionSeries regions = folder.regions();
            if (!regions.isEmpty()) {
                try (CSVPrinter p = Csv.printer(out.resolve(REGIONS_FILE), "region", "metric", "tick", "n", "mean", "sd",
                        "ci_low", "ci_high")) {
                    for (String region : regions.regionNames()) {
                        ResultsFolder.Series rs = regions.byRegion().get(region);
                        for (String m : rs.metrics()) {
                            Estimate[] est = perTick(m, rs.values(m));
                            for (int t = 0; t < est.length; t++) {
                                Estimate s = est[t];
                                p.printRecord(FormulaEscape.escape(region), m, rs.ticks()[t], s.n(), Csv.num(s.mean()), Csv.num(s.sd()),
                                        Csv.num(s.low()), Csv.num(s.high()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the global metrics that exist both as a time series and are worth charting first. */
    public static List<String> keyMetrics(List<String> available) {
        List<String> preferred = List.of(Metrics.SYMPATHIZER, Metrics.RADICALIZED, Metrics.MEMBER,
                Metrics.RECRUITERS, Metrics.DETAINED, Metrics.DISENGAGED, Metrics.CUMULATIVE_RECRUITS,
                Metrics.SHARE_RADICALIZED, Metrics.MEAN_GRIEVANCE, Metrics.MEAN_OPINION, Metrics.CUMULATIVE_COST);
        List<String> out = new ArrayList<>();
        for (String m : preferred) {
            if (available.contains(m)) {
                out.add(m);
            }
        }
        if (out.isEmpty()) {
            out.addAll(available.subList(0, Math.min(available.size(), 12)));
        }
        return out;
    }
}
