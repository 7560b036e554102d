package org.radsim.analysis.stats;

import java.util.List;
import java.util.Map;

import org.radsim.core.run.StopRule;

/**
 * Sequential replication to a target precision (Law 2015, §9.4.1, the "sequential procedure"): keep adding
 * replications until the 95 % half-width {@code t(0.975, n−1)·s/√n} of one summary metric falls below the target
 * {@code H}, or until {@code maxReplications} have run. At least {@code minReplications} (≥ 2) are always run,
 * because a standard deviation from very few replications is itself too uncertain to stop on.
 *
 * <p>The runner asks {@link #enough} after each replication completes, with the summaries of the completed prefix
 * of replications in order, and records {@link #describe} in the manifest as {@code stop_reason}.
 */
public final class PrecisionRule implements StopRule {

    private final String metric;
    private final double halfWidth;
    private final int minReplications;
    private final int maxReplications;
    private String reason = "not evaluated yet";

    /**
     * @param metric          summary column whose interval must be narrow enough, e.g. {@code final_cumulative_recruits}
     * @param halfWidth       target half-width H, in the metric's unit (&gt; 0)
     * @param minReplications replications always run (≥ 2)
     * @param maxReplications cap on replications (≥ minReplications)
     */
    public PrecisionRule(String metric, double halfWidth, int minReplications, int maxReplications) {
        if (!(halfWidth > 0)) {
            throw new IllegalArgumentException("--precision must be > 0, got " + halfWidth);
        }
        if (minReplications < 2) {
            throw new IllegalArgumentException("sequential replication needs at least 2 replications, got " + minReplications);
        }
        if (maxReplications < minReplications) {
            throw new IllegalArgumentException("--max-replications (" + maxReplications
                    + ") must be at least the minimum (" + minReplications + ")");
        }
        this.metric = metric;
        this.halfWidth = halfWidth;
        this.minReplications = minReplications;
        this.maxReplications = maxReplications;
    }

    @Override
    public Map<String, Object> settings() {
        return Map.of("precision", halfWidth, "precision_metric", metric, "max_replications", maxReplications);
    }

    @Override
    public String describe(List<Map<String, Double>> summariesInOrder) {
        enough(summariesInOrder);
        return reason;
    }

    /** Whether the completed replications are enough; updates {@link #reason()}. */
    @Override
    public boolean enough(List<Map<String, Double>> summariesInOrder) {
        int n = summariesInOrder.size();
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            Double v = summariesInOrder.get(k).get(metric);
            if (v == null) {
                throw new IllegalArgumentException("precision metric '" + metric + "' is not a summary column (have "
                        + summariesInOrder.get(k).keySet() + ")");
            }
            values[k] = v;
        }
        Estimate e = Estimate.of(values);
        if (n >= minReplications && e.halfWidth() < halfWidth) {
            reason = String.format(java.util.Locale.ROOT,
                    "precision reached: 95%% half-width of %s = %.6g < %.6g after %d replications",
                    metric, e.halfWidth(), halfWidth, n);
            return true;
        }
        if (n >= maxReplications) {
            reason = String.format(java.util.Locale.ROOT,
                    "replication cap reached: %d replications, 95%% half-width of %s = %.6g, target %.6g not met",
                    n, metric, e.halfWidth(), halfWidth);
            return true;
        }
        reason = String.format(java.util.Locale.ROOT, "continuing: %d replications, half-width %.6g, target %.6g",
                n, e.halfWidth(), halfWidth);
        return false;
    }

    /** Why the last call to {@link #enough} answered as it did. */
    public String reason() {
        return reason;
    }

    public String metric() {
        return metric;
    }

    public double halfWidth() {
        return halfWidth;
    }

    public int maxReplications() {
        return maxReplications;
    }
}
