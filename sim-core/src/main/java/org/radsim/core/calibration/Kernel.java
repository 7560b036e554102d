package org.radsim.core.calibration;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The ABC-SMC perturbation kernel: for each particle j of the previous generation a multivariate normal centred on
 * θ_j with the optimal local covariance of Filippi et al. (2013, Stat. Appl. Genet. Mol. Biol. 12:87),
 * {@code Σ_j = Σ_k ω_k (θ_k − θ_j)(θ_k − θ_j)ᵀ} over the previous particles k whose distance is within the new
 * tolerance (ω their normalised weights). A tiny ridge keeps Σ_j positive definite when the particles coincide.
 */
public final class Kernel {

    private final double[][] centre;
    /** Lower Cholesky factor of each Σ_j. */
    private final double[][][] chol;
    private final double[] logNorm;
    private final int dim;

    /**
     * @param previous the previous generation
     * @param epsilon  the new tolerance
     * @param ranges   each parameter's prior range (for the ridge)
     */
    public Kernel(Generation previous, double epsilon, double[] ranges) {
        int n = previous.particles().size();
        dim = ranges.length;
        centre = new double[n][];
        chol = new double[n][][];
        logNorm = new double[n];
        double wsum = 0;
        for (int k = 0; k < n; k++) {
            if (previous.particles().get(k).distance() <= epsilon) {
                wsum += previous.weights()[k];
            }
        }
        boolean all = wsum == 0;
        if (all) {
            wsum = 1;
        }
        for (int j = 0; j < n; j++) {
            double[] tj = previous.particles().get(j).theta();
            centre[j] = tj;
            double[][] s = new double[dim][dim];
            for (int k = 0; k < n; k++) {
                Particle pk = previous.particles().get(k);
                if (!all && pk.distance() > epsilon) {
                    continue;
                }
                double w = previous.weights()[k] / wsum;
                for (int a = 0; a < dim; a++) {
                    for (int b = 0; b < dim; b++) {
                        s[a][b] += w * (pk.theta()[a] - tj[a]) * (pk.theta()[b] - tj[b]);
                    }
                }
            }
            for (int a = 0; a < dim; a++) {
                s[a][a] += 1e-10 * ranges[a] * ranges[a];
            }
            chol[j] = cholesky(s);
            double logDet = 0;
            for (int a = 0; a < dim; a++) {
                logDet += 2 * Math.log(chol[j][a][a]);
            }
            logNorm[j] = -0.5 * (dim * Math.log(2 * Math.PI) + logDet);
        }
    }

    /** A draw from kernel j. */
    public double[] perturb(int j, UniformRandomProvider rng) {
        double[] z = new double[dim];
        for (int a = 0; a < dim; a++) {
            z[a] = gaussian(rng);
        }
        double[] x = centre[j].clone();
        for (int a = 0; a < dim; a++) {
            for (int b = 0; b <= a; b++) {
                x[a] += chol[j][a][b] * z[b];
            }
        }
        return x;
    }

    /** The density of kernel j at {@code x}. */
    public double density(int j, double[] x) {
        double[] y = new double[dim];
        double q = 0;
        for (int a = 0; a < dim; a++) {
            double r = x[a] - centre[j][a];
            for (int b = 0; b < a; b++) {
                r -= chol[j][a][b] * y[b];
            }
            y[a] = r / chol[j][a][a];
            q += y[a] * y[a];
        }
        return Math.exp(logNorm[j] - 0.5 * q);
    }

    /** A standard normal draw (Box–Muller, one value per call; the same sequence on every platform). */
    static double gaussian(UniformRandomProvider rng) {
        double u = rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    private static double[][] cholesky(double[][] s) {
        int d = s.length;
        for (double ridge = 0; ; ridge = ridge == 0 ? 1e-12 : ridge * 100) {
            double[][] l = new double[d][d];
            boolean ok = true;
            for (int i = 0; i < d && ok; i++) {
                for (int j = 0; j <= i; j++) {
                    double sum = s[i][j] + (i == j ? ridge * Math.max(1e-300, Math.abs(s[i][i])) : 0);
                    for (int k = 0; k < j; k++) {
                        sum -= l[i][k] * l[j][k];
                    }
                    if (i == j) {
                        if (!(sum > 0)) {
                            ok = false;
                            break;
                        }
                        l[i][i] = Math.sqrt(sum);
                    } else {
                        l[i][j] = sum / l[j][j];
                    }
                }
            }
            if (ok) {
                return l;
            }
            if (ridge > 1) {
                throw new IllegalStateException("kernel covariance is not positive definite");
            }
        }
    }
}
