package org.radsim.analysis.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap (Efron &amp; Tibshirani 1993, <i>An Introduction to the Bootstrap</i>, ch. 13) for a ratio
 * of means of paired values, {@code R = mean(num) / mean(den)}: the pairs are resampled with replacement
 * {@code B} times from a generator with a fixed seed (so reports are reproducible), and the interval is the
 * {@code α/2} and {@code 1 − α/2} quantiles of the resampled ratios.
 *
 * <p>Used for cost per recruit averted: {@code num} = extra cost of the alternative, {@code den} = recruits averted,
 * per replication pair. A resample whose mean denominator is ≤ 0 averts nothing, so its ratio is unbounded and
 * counts as {@code +∞}; when more than {@code α/2} of the resamples are like that the upper bound is {@code +∞}
 * (the report says "unbounded").
 */
public final class Bootstrap {

    /** Resamples used by the reports. */
    public static final int RESAMPLES = 10_000;
    /** Seed of the reports' bootstrap generator. */
    public static final long SEED = 20261129L;

    private Bootstrap() {
    }

    /**
     * @param point    {@code mean(num) / mean(den)}, NaN when {@code mean(den) ≤ 0} ("not defined")
     * @param low      lower percentile bound (NaN when the point is not defined)
     * @param high     upper percentile bound, possibly {@code +∞}
     * @param resamples number of bootstrap resamples
     */
    public record Ratio(double point, double low, double high, int resamples) {
        public boolean defined() {
            return !Double.isNaN(point);
        }
    }

    /** The ratio of means with its 95 % percentile interval from {@link #RESAMPLES} resamples. */
    public static Ratio ratioOfMeans(double[] num, double[] den) {
        return ratioOfMeans(num, den, RESAMPLES, SEED, Estimate.LEVEL);
    }

    public static Ratio ratioOfMeans(double[] num, double[] den, int resamples, long seed, double level) {
        int n = num.length;
        if (den.length != n) {
            throw new IllegalArgumentException("paired samples differ in length: " + n + " vs " + den.length);
        }
        if (n == 0 || mean(den) <= 0) {
            return new Ratio(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double point = mean(num) / mean(den);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] r = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double sn = 0;
            double sd = 0;
            for (int i = 0; i < n; i++) {
                int k = rng.nextInt(n);
                sn += num[k];
                sd += den[k];
            }
            r[b] = sd <= 0 ? Double.POSITIVE_INFINITY : sn / sd;
        }
        Arrays.sort(r);
        double alpha = 1 - level;
        return new Ratio(point, quantile(r, alpha / 2), quantile(r, 1 - alpha / 2), resamples);
    }

    /** Quantile of sorted values by linear interpolation between order statistics (Hyndman &amp; Fan type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        if (Double.isInfinite(sorted[hi]) || sorted[lo] == sorted[hi]) {
            return h == lo ? sorted[lo] : sorted[hi];
        }
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }
}
