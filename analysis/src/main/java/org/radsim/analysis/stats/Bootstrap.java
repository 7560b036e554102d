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
 *
 * <p>The one bootstrap of the analysis: the sensitivity estimators (Sobol, Morris) take their percentile
 * intervals from {@link #percentile} and their resampling seed from {@link #SEED}.
 */
public final class Bootstrap {

    /** Resamples used by the reports. */
    public static final int RESAMPLES = 10_000;
    /** Seed of the reports' bootstrap generator. */
    public static final long SEED = 20261129L;

    private Bootstrap() {
    }

    /**
     * @param interval  {@code mean(num) / mean(den)} (NaN when {@code mean(den) ≤ 0}, "not defined") with its
     *                  percentile bounds (the upper possibly {@code +∞})
     * @param resamples number of bootstrap resamples
     */
    public record Ratio(Interval interval, int resamples) {
        /** The ratio of means; NaN when not defined. */
        public double point() {
            return interval.value();
        }

        /** Lower percentile bound. */
        public double low() {
            return interval.low();
        }

        /** Upper percentile bound, possibly {@code +∞}. */
        public double high() {
            return interval.high();
        }

        /** Whether the ratio is defined (the mean denominator is positive). */
        public boolean defined() {
            return interval.defined();
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
            return new Ratio(Interval.UNDEFINED, 0);
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
        return new Ratio(percentile(point, r, level), resamples);
    }

    /**
     * The percentile interval at {@code level} (e.g. 0.95) of {@code resampled} estimates around {@code value}:
     * the {@code α/2} and {@code 1 − α/2} {@linkplain #quantile quantiles}.
     */
    public static Interval percentile(double value, double[] resampled, double level) {
        double[] s = resampled.clone();
        Arrays.sort(s);
        double alpha = 1 - level;
        return new Interval(value, sortedQuantile(s, alpha / 2), sortedQuantile(s, 1 - alpha / 2));
    }

    /**
     * The {@code p}-quantile (0 ≤ p ≤ 1) of {@code values} by linear interpolation between order statistics
     * (Hyndman &amp; Fan type 7, numpy's and R's default); NaN for no values.
     */
    public static double quantile(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        return sortedQuantile(s, p);
    }

    private static double sortedQuantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
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
