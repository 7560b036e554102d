package org.radsim.analysis.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction for multiple comparisons (Holm 1979, "A simple sequentially rejective multiple test
 * procedure", Scand. J. Statist. 6:65–70). With the {@code m} p-values sorted ascending,
 * {@code p̃_(i) = max_{j ≤ i} min(1, (m − j + 1) · p_(j))}; rejecting where {@code p̃ ≤ α} controls the
 * family-wise error rate at {@code α} under any dependence between the tests.
 */
public final class Holm {

    private Holm() {
    }

    /** Adjusted p-values, in the order of {@code p}. NaN p-values are left NaN and do not count in {@code m}. */
    public static double[] adjust(double[] p) {
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        int m = order.length;
        double running = 0;
        for (int j = 0; j < m; j++) {
            running = Math.max(running, Math.min(1, (m - j) * p[order[j]]));
            out[order[j]] = running;
        }
        return out;
    }
}
