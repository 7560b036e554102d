package org.radsim.core.calibration;

import java.util.List;

/**
 * One completed generation of ABC: its tolerance, its accepted particles (in particle order) with their
 * normalised importance weights, the simulations it took, the acceptance rate (particles / simulations) and the
 * effective sample size {@code (Σw)² / Σw²}.
 */
public record Generation(int index, double epsilon, List<Particle> particles, double[] weights, long simulations,
                         double acceptance, double ess) {

    /** The weighted mean of parameter {@code p}. */
    public double mean(int p) {
        double m = 0;
        for (int i = 0; i < weights.length; i++) {
            m += weights[i] * particles.get(i).theta()[p];
        }
        return m;
    }

    /** The weighted standard deviation of parameter {@code p}. */
    public double sd(int p) {
        double m = mean(p);
        double v = 0;
        for (int i = 0; i < weights.length; i++) {
            double d = particles.get(i).theta()[p] - m;
            v += weights[i] * d * d;
        }
        return Math.sqrt(v);
    }

    /** The weighted {@code q}-quantile of parameter {@code p} (inverse of the weighted empirical CDF). */
    public double quantile(int p, double q) {
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(particles.get(a).theta()[p], particles.get(b).theta()[p]));
        double c = 0;
        for (Integer i : order) {
            c += weights[i];
            if (c >= q) {
                return particles.get(i).theta()[p];
            }
        }
        return particles.get(order[order.length - 1]).theta()[p];
    }
}
