package org.radsim.core.run;

import java.util.List;
import java.util.Map;

/**
 * Sequential replication: decides, after each replication completes (in replication order), whether the
 * replications so far are enough. The runner stops at the first prefix for which this holds, so the result does
 * not depend on thread count.
 */
public interface StopRule {

    /** Whether the summaries of replications 0..n−1 (in order) are enough. */
    boolean enough(List<Map<String, Double>> summariesInOrder);

    /** Why the rule stopped (or what it waits for), for the manifest. */
    String describe(List<Map<String, Double>> summariesInOrder);

    /**
     * The settings of the rule that shape the outputs (e.g. metric, half-width, cap), recorded in the manifest so
     * that {@code --resume} refuses other settings; empty by default.
     */
    default Map<String, Object> settings() {
        return Map.of();
    }
}
