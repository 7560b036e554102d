package org.radsim.scenarios.validation;

import java.util.List;
import java.util.Map;

import org.radsim.core.replication.MetricLayout;

/**
 * Everything the validation suite keeps of one replication: its seed, its per-tick global metrics (rows in tick
 * order, columns as in the layout) and the model's extra summary.
 */
public record ReplicationRecord(long seed, MetricLayout layout, List<double[]> rows, Map<String, Double> extra) {

    /** The column of global metric {@code name}. */
    public int column(String name) {
        int c = layout.global().indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("no metric " + name);
        }
        return c;
    }

    /** The largest value of metric {@code name} over the run. */
    public double peak(String name) {
        int c = column(name);
        double m = Double.NEGATIVE_INFINITY;
        for (double[] r : rows) {
            m = Math.max(m, r[c]);
        }
        return m;
    }

    public double extra(String key) {
        Double v = extra.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no summary value " + key);
        }
        return v;
    }
}
