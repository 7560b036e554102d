package org.radsim.core.sweep;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The experimental design of a sweep: its type and settings (only those of its type matter).
 *
 * @param n            Latin hypercube points, or the Sobol/Saltelli base sample size N
 * @param levels       factorial / one-at-a-time levels of a range, or Morris grid levels p
 * @param trajectories Morris trajectories r
 * @param candidates   Morris with optimised trajectories (Campolongo, Cariboni &amp; Saltelli 2007): the r trajectories
 *                     are the most spread out of this many random ones; 0 = plain random trajectories
 */
public record Design(String type, int n, boolean secondOrder, int trajectories, int levels, int candidates) {

    /** A design without optimised Morris trajectories. */
    public Design(String type, int n, boolean secondOrder, int trajectories, int levels) {
        this(type, n, secondOrder, trajectories, levels, 0);
    }

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
                if (candidates > 0) {
                    // only when set, so the plan hash of a random-trajectory design is unchanged
                    m.put("candidates", candidates);
                }
            }
            default -> throw new IllegalStateException(type);
        }
        return m;
    }
}
