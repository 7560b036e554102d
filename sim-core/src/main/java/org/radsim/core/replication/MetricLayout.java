package org.radsim.core.replication;

import java.util.List;

/**
 * The columns a model reports each tick: global metrics, and (optionally) the same or other metrics per region.
 * Result writers, summaries and charts are driven by this layout, so every model shares them.
 */
public record MetricLayout(List<String> global, List<String> regionNames, List<String> regional) {

    public MetricLayout {
        global = List.copyOf(global);
        regionNames = List.copyOf(regionNames);
        regional = List.copyOf(regional);
    }

    /** A layout without per-region metrics. */
    public static MetricLayout globalOnly(List<String> global) {
        return new MetricLayout(global, List.of(), List.of());
    }
}
