package org.radsim.core.optimisation;

/**
 * One objective, minimized: a summary metric over a candidate's K replications, summarized by its mean, a
 * percentile (a robust version: the value exceeded in only {@code 100 − p} % of futures) or its maximum (the worst
 * case).
 *
 * @param metric     summary metric, e.g. {@code final_cumulative_recruits}
 * @param statistic  {@code mean}, {@code percentile} or {@code max}
 * @param percentile the percentile for {@code percentile}, in [0, 100]
 */
public record Objective(String metric, String statistic, double percentile) {

    /** The statistic of the per-replication values {@code v}. */
    public double of(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return switch (statistic) {
            case "mean" -> java.util.Arrays.stream(s).average().orElse(Double.NaN);
            case "max" -> s[s.length - 1];
            default -> {
                // type 7 quantile (Hyndman & Fan 1996), as in the analysis reports
                double h = (s.length - 1) * percentile / 100;
                int lo = (int) Math.floor(h);
                int hi = Math.min(lo + 1, s.length - 1);
                yield s[lo] + (h - lo) * (s[hi] - s[lo]);
            }
        };
    }

    /** A short label, e.g. {@code p90 final_cumulative_recruits}. */
    public String label() {
        return switch (statistic) {
            case "mean" -> metric;
            case "max" -> "max " + metric;
            default -> "p" + (percentile == Math.rint(percentile) ? Long.toString((long) percentile)
                    : Double.toString(percentile)) + " " + metric;
        };
    }
}
