package org.radsim.analysis.chart;

import java.util.Map;

/**
 * Human-readable names and units of the model's metrics (MODEL.md §7) and of summary columns
 * ({@code final_<m>}, {@code peak_<m>}, {@code peak_tick_<m>}). Unknown metrics (e.g. of the classic models) fall
 * back to the column name with underscores as spaces.
 */
public final class MetricLabels {

    private static final Map<String, String[]> KNOWN = Map.ofEntries(
            Map.entry("neutral", new String[] {"Neutral", "people"}),
            Map.entry("sympathizer", new String[] {"Sympathizers", "people"}),
            Map.entry("radicalized", new String[] {"Radicalized", "people"}),
            Map.entry("member", new String[] {"Members", "people"}),
            Map.entry("detained", new String[] {"Detained", "people"}),
            Map.entry("disengaged", new String[] {"Disengaged", "people"}),
            Map.entry("recruiters", new String[] {"Recruiters", "people"}),
            Map.entry("new_recruits", new String[] {"New recruits", "people per tick"}),
            Map.entry("cumulative_recruits", new String[] {"Cumulative recruits", "people"}),
            Map.entry("detentions", new String[] {"Detentions", "per tick"}),
            Map.entry("releases", new String[] {"Releases", "per tick"}),
            Map.entry("mean_grievance", new String[] {"Mean grievance", "index 0–1"}),
            Map.entry("mean_opinion", new String[] {"Mean opinion", "−1 … +1"}),
            Map.entry("share_radicalized", new String[] {"Share radicalized", "share of population"}),
            Map.entry("cost", new String[] {"Cost", "cost units per tick"}),
            Map.entry("cumulative_cost", new String[] {"Cumulative cost", "cost units"}),
            Map.entry("time_mean_share_radicalized", new String[] {"Time-mean share radicalized",
                    "share of population"}));

    private MetricLabels() {
    }

    /** Name of a metric, e.g. "Members". */
    public static String name(String metric) {
        String[] k = KNOWN.get(metric);
        if (k != null) {
            return k[0];
        }
        String s = metric.replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Unit of a metric, or "" when unknown. */
    public static String unit(String metric) {
        String[] k = KNOWN.get(metric);
        return k == null ? "" : k[1];
    }

    /** Axis label: "Members (people)". */
    public static String axis(String metric) {
        String u = unit(metric);
        return u.isEmpty() ? name(metric) : name(metric) + " (" + u + ")";
    }

    /** Name of a summary column: "Final members", "Peak share radicalized", "Tick of peak: members". */
    public static String summaryName(String column) {
        if (column.startsWith("peak_tick_")) {
            return "Tick of peak: " + lowerFirst(name(column.substring(10)));
        }
        if (column.startsWith("final_")) {
            return "Final " + lowerFirst(name(column.substring(6)));
        }
        if (column.startsWith("peak_")) {
            return "Peak " + lowerFirst(name(column.substring(5)));
        }
        return name(column);
    }

    /** Unit of a summary column. */
    public static String summaryUnit(String column) {
        if (column.startsWith("peak_tick_")) {
            return "tick";
        }
        if (column.startsWith("final_")) {
            return unit(column.substring(6));
        }
        if (column.startsWith("peak_")) {
            return unit(column.substring(5));
        }
        return unit(column);
    }

    /** Lower-cases the first letter of a known metric's name; other names (e.g. "S", "E") stay as written. */
    private static String lowerFirst(String s) {
        boolean known = KNOWN.values().stream().anyMatch(k -> k[0].equals(s));
        return s.isEmpty() || !known ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
