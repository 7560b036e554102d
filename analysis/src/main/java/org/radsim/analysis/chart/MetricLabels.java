package org.radsim.analysis.chart;

import org.radsim.core.replication.Metrics;

/**
 * Human-readable names and units of metrics and summary columns for charts and reports, as {@link Metrics}
 * defines them. Metrics it does not define fall back to the column name with underscores as spaces.
 */
public final class MetricLabels {

    private MetricLabels() {
    }

    /** Name of a metric, e.g. "Members". */
    public static String name(String metric) {
        return Metrics.of(metric).map(Metrics.Metric::label).orElseGet(() -> {
            String s = metric.replace('_', ' ');
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        });
    }

    /** Unit of a metric, or "" when unknown. */
    public static String unit(String metric) {
        return Metrics.of(metric).map(Metrics.Metric::unit).orElse("");
    }

    /** Axis label: "Members (people)". */
    public static String axis(String metric) {
        String u = unit(metric);
        return u.isEmpty() ? name(metric) : name(metric) + " (" + u + ")";
    }

    /** Name of a summary column: "Final members", "Peak share radicalized", "Tick of peak: members". */
    public static String summaryName(String column) {
        String m = Metrics.metricOf(column);
        return switch (Metrics.kind(column)) {
            case PEAK_TICK -> "Tick of peak: " + lowerFirst(m);
            case FINAL -> "Final " + lowerFirst(m);
            case PEAK -> "Peak " + lowerFirst(m);
            case EXTRA -> name(column);
        };
    }

    /** Unit of a summary column. */
    public static String summaryUnit(String column) {
        return Metrics.kind(column) == Metrics.Kind.PEAK_TICK ? "tick" : unit(Metrics.metricOf(column));
    }

    /** The lower-cased name of a defined metric; other names (e.g. "S", "E") stay as written. */
    private static String lowerFirst(String metric) {
        String s = name(metric);
        boolean lower = Metrics.of(metric).isPresent() && s.length() > 1 && Character.isLowerCase(s.charAt(1));
        return lower ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
