package org.radsim.analysis.sensitivity;

import java.util.Arrays;

/** Percentile-bootstrap helpers shared by the estimators. */
final class Bootstrap {

    /** Seed of every bootstrap: intervals are reproducible and do not depend on the sweep's seed. */
    static final long SEED = 20_261_129L;

    private Bootstrap() {
    }

    /** The q-quantile (0 ≤ q ≤ 1) of {@code values} with linear interpolation between order statistics (numpy's default). */
    static double quantile(double[] values, double q) {
        double[] s = values.clone();
        Arrays.sort(s);
        if (s.length == 0) {
            return Double.NaN;
        }
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }
}
