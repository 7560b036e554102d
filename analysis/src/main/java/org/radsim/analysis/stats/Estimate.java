package org.radsim.analysis.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of independent replications with its t-based confidence interval:
 * {@code x̄ ± t(1−α/2, n−1) · s/√n}, where {@code s} is the sample standard deviation (divisor {@code n−1}).
 * The interval assumes the replication values are independent and roughly normal (or {@code n} large enough for
 * the central limit theorem); it is the standard interval of simulation output analysis (Law, <i>Simulation
 * Modeling and Analysis</i>, 5th ed., §9.4.1).
 *
 * @param n     number of finite values used
 * @param mean  sample mean (NaN when {@code n = 0})
 * @param sd    sample standard deviation (NaN when {@code n < 2})
 * @param low   lower bound of the interval (NaN when {@code n < 2})
 * @param high  upper bound of the interval (NaN when {@code n < 2})
 * @param level confidence level, e.g. 0.95
 */
public record Estimate(int n, double mean, double sd, double low, double high, double level) {

    /** The confidence level used throughout radsim's reports. */
    public static final double LEVEL = 0.95;

    /** The 95 % estimate of the mean of {@code values}; NaN values (missing replications) are skipped. */
    public static Estimate of(double[] values) {
        return of(values, LEVEL);
    }

    /** The estimate at confidence {@code level} (0 < level < 1); NaN values are skipped. */
    public static Estimate of(double[] values, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        }
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, level);
        }
        double mean = sum / n;
        if (n == 1) {
            return new Estimate(1, mean, Double.NaN, Double.NaN, Double.NaN, level);
        }
        // two-pass variance: exact for the constant series that summaries often are (e.g. zero cost)
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = tQuantile(1 - (1 - level) / 2, n - 1) * sd / Math.sqrt(n);
        return new Estimate(n, mean, sd, mean - half, mean + half, level);
    }

    /** Half-width of the interval, {@code t · s/√n} (NaN when {@code n < 2}). */
    public double halfWidth() {
        return (high - low) / 2;
    }

    /** Standard error of the mean, {@code s/√n}. */
    public double standardError() {
        return sd / Math.sqrt(n);
    }

    /** Quantile {@code p} of Student's t with {@code df} degrees of freedom. */
    static double tQuantile(double p, int df) {
        // no random generator: the distribution is only used for its quantile and cdf
        return new TDistribution(null, df).inverseCumulativeProbability(p);
    }

    /** {@code P(T ≤ t)} for Student's t with {@code df} degrees of freedom. */
    static double tCdf(double t, int df) {
        return new TDistribution(null, df).cumulativeProbability(t);
    }
}
