package org.radsim.analysis.stats;

import java.util.Map;
import java.util.Set;
import org.radsim.core.replication.Metrics;

/**
 * The natural range of a metric — counts and costs cannot be negative, shares and probabilities lie in [0, 1],
 * opinions in [−1, 1] — so that a t interval around a mean near a bound (e.g. 0.2 recruiters ± 0.5) is clipped to
 * values the metric can take instead of reporting a negative count. Summary columns are named after their metric
 * ({@code final_radicalized}, {@code peak_share_radicalized}); {@code peak_tick_*} is a tick, never negative.
 * Metrics not listed here have no known range and are not clipped.
 *
 * @param low  smallest possible value (−∞ when none)
 * @param high largest possible value (+∞ when none)
 */
public record MetricBounds(double low, double high) {

    /** No bound: the interval is left as computed. */
    public static final MetricBounds NONE = new MetricBounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    /** Counts, costs, ticks. */
    public static final MetricBounds NON_NEGATIVE = new MetricBounds(0, Double.POSITIVE_INFINITY);
    /** Shares, fractions, probabilities. */
    public static final MetricBounds UNIT = new MetricBounds(0, 1);
    /** Opinions on radsim's [−1, 1] scale. */
    public static final MetricBounds OPINION = new MetricBounds(-1, 1);

    private static final Set<String> COUNTS = Set.of(
            // radicalization model (Observer.METRICS)
            "neutral", "sympathizer", "radicalized", "member", "detained", "disengaged", "recruiters", "new_recruits",
            "cumulative_recruits", "detentions", "releases", "cost", "cumulative_cost",
            // civil violence
            "actives", "quiet", "jailed", "cops",
            // relative agreement
            "mean_uncertainty", "clusters", "periods_run");
    private static final Set<String> SHARES = Set.of("share_radicalized", "mean_grievance", "legitimacy", "p_plus",
            "p_minus", "y", "S", "E", "R", "ode_S", "ode_E", "ode_R", "gap");
    private static final Map<String, MetricBounds> OTHERS = Map.of("mean_opinion", OPINION);

    /** The bounds of a metric or summary column by its name. */
    public static MetricBounds of(String name) {
        if (Metrics.kind(name) == Metrics.Kind.PEAK_TICK) {
            return NON_NEGATIVE;
        }
        String m = Metrics.metricOf(name);
        if (COUNTS.contains(m)) {
            return NON_NEGATIVE;
        }
        if (SHARES.contains(m)) {
            return UNIT;
        }
        return OTHERS.getOrDefault(m, NONE);
    }

    /** The estimate with its interval clipped to these bounds (the mean and SD unchanged). */
    public Estimate clip(Estimate e) {
        if (Double.isNaN(e.low()) || (e.low() >= low && e.high() <= high)) {
            return e;
        }
        return new Estimate(e.n(), e.mean(), e.sd(), Math.max(low, e.low()), Math.min(high, e.high()), e.level());
    }
}
