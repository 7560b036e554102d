package org.radsim.analysis.stats;

/**
 * A point estimate with its interval, the one interval type of the analysis: sensitivity indices, Morris μ*,
 * bootstrap ratios. NaN components mean "not defined"; {@code high} may be {@code +∞} (unbounded).
 *
 * @param value the point estimate
 * @param low   lower bound
 * @param high  upper bound
 */
public record Interval(double value, double low, double high) {

    /** An interval with nothing defined. */
    public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN, Double.NaN);

    /** Whether {@code x} lies within the bounds (inclusive). */
    public boolean contains(double x) {
        return x >= low && x <= high;
    }

    /** Whether the point estimate is defined. */
    public boolean defined() {
        return !Double.isNaN(value);
    }
}
