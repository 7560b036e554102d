package org.radsim.core.calibration;

import java.util.List;

/**
 * The weighted, normalised distance between simulated and observed target statistics:
 * {@code d = sqrt(Σ w_k z_k² / Σ w_k)} with {@code z_k = (s_k − o_k) / scale_k}. With tolerances as scales,
 * d ≤ 1 means the targets are met within their tolerances on (weighted) root-mean-square. A statistic that is not
 * a number (e.g. a ratio of 0 / 0) is infinitely far.
 */
public final class Distance {

    private final List<Target> targets;
    private final double weightSum;

    public Distance(List<Target> targets) {
        this.targets = List.copyOf(targets);
        this.weightSum = targets.stream().mapToDouble(Target::weight).sum();
    }

    public double of(double[] simulated) {
        double s = 0;
        for (int k = 0; k < simulated.length; k++) {
            if (Double.isNaN(simulated[k])) {
                return Double.POSITIVE_INFINITY;
            }
            double z = targets.get(k).error(simulated[k]);
            s += targets.get(k).weight() * z * z;
        }
        return Math.sqrt(s / weightSum);
    }
}
