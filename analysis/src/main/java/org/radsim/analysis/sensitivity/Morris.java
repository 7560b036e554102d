package org.radsim.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.radsim.analysis.stats.Bootstrap;
import org.radsim.analysis.stats.Estimate;
import org.radsim.analysis.stats.Interval;

/**
 * Elementary effects from Morris trajectories (the {@code morris} design). Along a trajectory, consecutive points
 * differ in one factor i by ±Δ (unit-hypercube coordinates); the elementary effect is
 * EE_i = (y(x') − y(x)) / (x'_i − x_i) (Morris 1991). Per factor over the r trajectories: μ = mean EE, μ* = mean |EE|
 * (Campolongo, Cariboni &amp; Saltelli 2007), σ = standard deviation of EE (n − 1 denominator, as SALib). μ* has a
 * 95 % percentile-bootstrap interval over the effects. Effects are in unit-hypercube units, so factors with
 * different ranges compare directly; an effect touching a failed run is left out.
 */
public final class Morris {

    /** Statistics of one factor. */
    public record Stat(String factor, int effects, double mu, Interval muStar, double sigma) { }

    private Morris() {
    }

    /**
     * @param u unit coordinates of the design points (trajectory after trajectory, k+1 points each)
     * @param y output of each point
     */
    public static List<Stat> analyze(double[][] u, double[] y, List<String> factors, int resamples) {
        int k = factors.size();
        int r = u.length / (k + 1);
        List<List<Double>> ee = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            ee.add(new ArrayList<>());
        }
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                int p = t * (k + 1) + s;
                for (int i = 0; i < k; i++) {
                    double d = u[p + 1][i] - u[p][i];
                    if (Math.abs(d) > 1e-12) {
                        double e = (y[p + 1] - y[p]) / d;
                        if (!Double.isNaN(e)) {
                            ee.get(i).add(e);
                        }
                    }
                }
            }
        }
        List<Stat> out = new ArrayList<>();
        MersenneTwister rng = new MersenneTwister(Bootstrap.SEED);
        for (int i = 0; i < k; i++) {
            double[] e = ee.get(i).stream().mapToDouble(Double::doubleValue).toArray();
            int n = e.length;
            double mu = 0;
            double abs = 0;
            for (double v : e) {
                mu += v;
                abs += Math.abs(v);
            }
            mu /= n;
            abs /= n;
            double ss = 0;
            for (double v : e) {
                ss += (v - mu) * (v - mu);
            }
            double sigma = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
            double[] boot = new double[resamples];
            for (int b = 0; b < resamples && n > 0; b++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += Math.abs(e[rng.nextInt(n)]);
                }
                boot[b] = s / n;
            }
            Interval muStar = n == 0 ? Interval.UNDEFINED
                    : Bootstrap.percentile(abs, boot, Estimate.LEVEL);
            out.add(new Stat(factors.get(i), n, n == 0 ? Double.NaN : mu, muStar, sigma));
        }
        return out;
    }
}
