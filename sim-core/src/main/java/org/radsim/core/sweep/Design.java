package org.radsim.core.sweep;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The experimental design of a sweep: its type and settings (only those of its type matter).
 *
 * @param n            Latin hypercube points, or the Sobol/Saltelli base sample size N
 * @param levels       factorial / one-at-a-time levels of a range, or Morris grid levels p
 * @param trajectories Morris trajectories r
 */
public record Design(String type, int n, boolean secondOrder, int trajectories, int levels) {

    /** The settings that matter for this type, as recorded in the plan. */
    public Map<String, Object> settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        switch (type) {
            case "factorial", "oat" -> m.put("levels", levels);
            case "lhs" -> m.put("n", n);
            case "sobol" -> {
                m.put("n", n);
                m.put("second_order", secondOrder);
            }
            case "morris" -> {
                m.put("trajectories", trajectories);
                m.put("levels", levels);
            }
            default -> throw new IllegalStateException(type);
        }
        return m;
    }
}
