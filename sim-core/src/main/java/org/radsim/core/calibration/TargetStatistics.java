package org.radsim.core.calibration;

import java.util.ArrayList;
import java.util.List;

import org.radsim.core.replication.MetricLayout;
import org.radsim.core.replication.TickSink;

/**
 * Computes the targets' statistics from one replication while it runs (a {@link TickSink}); nothing is stored
 * per tick. {@link #values()} is valid after the run.
 */
public final class TargetStatistics implements TickSink {

    private final List<Target> targets;
    private final int[] metric;
    private final int[] region;
    private final int[][] denominators;
    private final double ticksPerYear;
    private final double[] sum;
    private final double[] den;
    private final double[] peak;
    private final double[] last;
    private final long[] count;
    private long lastTick = -1;

    /**
     * @param targets      resolved against {@code layout} by {@link #check}
     * @param ticksPerYear for {@code rate}
     */
    public TargetStatistics(List<Target> targets, MetricLayout layout, double ticksPerYear) {
        this.targets = targets;
        this.ticksPerYear = ticksPerYear;
        int n = targets.size();
        metric = new int[n];
        region = new int[n];
        denominators = new int[n][];
        for (int k = 0; k < n; k++) {
            Target t = targets.get(k);
            region[k] = t.region() == null ? -1 : layout.regionNames().indexOf(t.region());
            List<String> names = region[k] < 0 ? layout.global() : layout.regional();
            metric[k] = names.indexOf(t.metric());
            List<String> d = switch (t.statistic()) {
                case "share" -> t.shareOf();
                case "ratio" -> List.of(t.denominator());
                default -> List.of();
            };
            denominators[k] = d.stream().mapToInt(names::indexOf).toArray();
        }
        sum = new double[n];
        den = new double[n];
        peak = new double[n];
        last = new double[n];
        count = new long[n];
        java.util.Arrays.fill(peak, Double.NEGATIVE_INFINITY);
    }

    /** Problems of the targets against a model's layout (unknown metric or region), as messages per target. */
    public static List<String> check(Target t, MetricLayout layout) {
        List<String> out = new ArrayList<>();
        List<String> names = layout.global();
        if (t.region() != null) {
            if (!layout.regionNames().contains(t.region())) {
                out.add("region: the base scenario has no region '" + t.region() + "' (regions: "
                        + String.join(", ", layout.regionNames()) + ")");
                return out;
            }
            names = layout.regional();
        }
        List<String> wanted = new ArrayList<>(List.of(t.metric()));
        if (t.statistic().equals("share")) {
            wanted.addAll(t.shareOf());
        } else if (t.statistic().equals("ratio")) {
            if (t.denominator() == null) {
                out.add("denominator: a ratio needs denominator: (a metric)");
            } else {
                wanted.add(t.denominator());
            }
        }
        for (String m : wanted) {
            if (!names.contains(m)) {
                String s = org.radsim.core.scenario.Validator.suggest(m, names);
                out.add("no metric '" + m + "'" + (t.region() != null ? " per region" : "")
                        + (s != null ? " — did you mean '" + s + "'?" : "; available: " + String.join(", ", names)));
            }
        }
        return out;
    }

    @Override
    public void tick(long tick, double[] global, double[][] regional) {
        lastTick = tick;
        for (int k = 0; k < metric.length; k++) {
            double[] row = region[k] < 0 ? global : regional[region[k]];
            double v = row[metric[k]];
            last[k] = v;
            Target t = targets.get(k);
            if (tick < t.from() || (t.to() >= 0 && tick > t.to())) {
                continue;
            }
            sum[k] += v;
            for (int d : denominators[k]) {
                den[k] += row[d];
            }
            peak[k] = Math.max(peak[k], v);
            count[k]++;
        }
    }

    /** The statistic of each target, in target order (NaN when the window held no tick). */
    public double[] values() {
        double[] out = new double[metric.length];
        for (int k = 0; k < out.length; k++) {
            Target t = targets.get(k);
            out[k] = switch (t.statistic()) {
                case "final" -> lastTick < 0 ? Double.NaN : last[k];
                case "peak" -> count[k] == 0 ? Double.NaN : peak[k];
                case "mean" -> count[k] == 0 ? Double.NaN : sum[k] / count[k];
                case "rate" -> count[k] == 0 ? Double.NaN : sum[k] * ticksPerYear / count[k];
                case "share", "ratio" -> den[k] == 0 ? Double.NaN : sum[k] / den[k];
                default -> throw new IllegalStateException(t.statistic());
            };
        }
        return out;
    }
}
