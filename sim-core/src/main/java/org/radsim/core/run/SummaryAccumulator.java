package org.radsim.core.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radsim.core.replication.MetricLayout;
import org.radsim.core.replication.Replication;
import org.radsim.core.replication.TickSink;

/**
 * Summarises one replication while it runs: for every global metric m, {@code final_m} (the value at the last
 * tick), {@code peak_m} (the largest value) and {@code peak_tick_m} (the first tick it was reached). Model-specific
 * values ({@link Replication#extraSummary()}) are appended by {@link #summary}.
 */
public final class SummaryAccumulator implements TickSink {

    private final List<String> metrics;
    private final double[] last;
    private final double[] peak;
    private final long[] peakTick;
    private final TickSink next;
    private boolean seen;

    /** @param next a sink to forward every row to (e.g. a CSV writer), or null */
    public SummaryAccumulator(MetricLayout layout, TickSink next) {
        this.metrics = layout.global();
        this.last = new double[metrics.size()];
        this.peak = new double[metrics.size()];
        this.peakTick = new long[metrics.size()];
        this.next = next;
    }

    @Override
    public void tick(long tick, double[] global, double[][] regional) throws java.io.IOException {
        for (int m = 0; m < last.length; m++) {
            last[m] = global[m];
            if (!seen || global[m] > peak[m]) {
                peak[m] = global[m];
                peakTick[m] = tick;
            }
        }
        seen = true;
        if (next != null) {
            next.tick(tick, global, regional);
        }
    }

    /** Summary column names for a layout plus the given extra keys, in output order. */
    public static List<String> columns(MetricLayout layout, Iterable<String> extra) {
        List<String> out = new ArrayList<>();
        for (String m : layout.global()) {
            out.add("final_" + m);
        }
        for (String m : layout.global()) {
            out.add("peak_" + m);
        }
        for (String m : layout.global()) {
            out.add("peak_tick_" + m);
        }
        extra.forEach(out::add);
        return out;
    }

    /** The summary of the replication, columns as {@link #columns}. */
    public Map<String, Double> summary(Map<String, Double> extra) {
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        for (int m = 0; m < metrics.size(); m++) {
            out.put("final_" + metrics.get(m), last[m]);
        }
        for (int m = 0; m < metrics.size(); m++) {
            out.put("peak_" + metrics.get(m), peak[m]);
        }
        for (int m = 0; m < metrics.size(); m++) {
            out.put("peak_tick_" + metrics.get(m), (double) peakTick[m]);
        }
        out.putAll(extra);
        return out;
    }
}
