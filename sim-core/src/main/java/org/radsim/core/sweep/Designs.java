package org.radsim.core.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.radsim.core.run.Seeds;

/**
 * Expands a design to its points, in a fixed order, as coordinates in the unit hypercube (one per factor;
 * {@code NaN} means "leave the base value", used by the base point of a one-at-a-time design). Random designs
 * (Latin hypercube, Morris) draw from a generator seeded from the master seed only.
 * <ul>
 * <li>factorial: every combination of levels, the last factor varying fastest; level j of L is u = j/(L−1).</li>
 * <li>oat: the base point, then for each factor each of its levels with the others at the base.</li>
 * <li>lhs: n points; factor i's coordinates take one value in each of the n strata, u = (π_i(j) + U)/n
 * (McKay, Beckman &amp; Conover 1979).</li>
 * <li>sobol: the Saltelli (2010) scheme as in SALib: A and B are the first and last k coordinates of a 2k-dimensional
 * Sobol' sequence (skipping the first max(16, 2^⌈log₂ N⌉) points); for each row j the points A_j, AB_j^(1..k),
 * [BA_j^(1..k)], B_j, where AB^(i) is A with column i from B. N(k+2) points, N(2k+2) with second order.</li>
 * <li>morris: r trajectories of k+1 points on a p-level grid with step Δ = p/(2(p−1)) (Morris 1991): a random base
 * point on {0, 1/(p−1), …, 1−Δ}, random directions, and the factors moved one at a time in random order.</li>
 * </ul>
 */
public final class Designs {

    /** Index mixed into the master seed for the design's own random stream (run seeds use run indices ≥ 0). */
    private static final long DESIGN_STREAM = -1;

    private Designs() {
    }

    public static long pointCount(Sweep s) {
        int k = s.factors().size();
        Design d = s.design();
        return switch (d.type()) {
            case "factorial" -> s.factors().stream().mapToLong(Factor::levels).reduce(1, (a, b) -> saturating(a * b));
            case "oat" -> 1 + s.factors().stream().mapToLong(Factor::levels).sum();
            case "lhs" -> d.n();
            case "sobol" -> (long) d.n() * (d.secondOrder() ? 2L * k + 2 : k + 2);
            case "morris" -> (long) d.trajectories() * (k + 1);
            default -> throw new IllegalStateException(d.type());
        };
    }

    private static long saturating(long v) {
        return v < 0 || v > Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : v;
    }

    public static List<double[]> points(Sweep s) {
        List<Factor> fs = s.factors();
        Design d = s.design();
        RandomGenerator rng = new MersenneTwister(Seeds.derive(s.seed(), DESIGN_STREAM));
        return switch (d.type()) {
            case "factorial" -> factorial(fs);
            case "oat" -> oneAtATime(fs);
            case "lhs" -> latinHypercube(fs.size(), d.n(), rng);
            case "sobol" -> saltelli(fs.size(), d.n(), d.secondOrder());
            case "morris" -> morris(fs.size(), d.trajectories(), d.levels(), rng);
            default -> throw new IllegalStateException(d.type());
        };
    }

    static double level(int j, int levels) {
        return levels == 1 ? 0.5 : (double) j / (levels - 1);
    }

    static List<double[]> factorial(List<Factor> fs) {
        int k = fs.size();
        List<double[]> out = new ArrayList<>();
        int[] idx = new int[k];
        while (true) {
            double[] u = new double[k];
            for (int i = 0; i < k; i++) {
                u[i] = level(idx[i], fs.get(i).levels());
            }
            out.add(u);
            int i = k - 1;
            while (i >= 0 && ++idx[i] == fs.get(i).levels()) {
                idx[i] = 0;
                i--;
            }
            if (i < 0) {
                return out;
            }
        }
    }

    static List<double[]> oneAtATime(List<Factor> fs) {
        int k = fs.size();
        List<double[]> out = new ArrayList<>();
        double[] base = new double[k];
        Arrays.fill(base, Double.NaN);
        out.add(base);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < fs.get(i).levels(); j++) {
                double[] u = base.clone();
                u[i] = level(j, fs.get(i).levels());
                out.add(u);
            }
        }
        return out;
    }

    static List<double[]> latinHypercube(int k, int n, RandomGenerator rng) {
        double[][] m = new double[n][k];
        for (int i = 0; i < k; i++) {
            int[] perm = permutation(n, rng);
            for (int j = 0; j < n; j++) {
                m[j][i] = (perm[j] + rng.nextDouble()) / n;
            }
        }
        return Arrays.asList(m);
    }

    static List<double[]> saltelli(int k, int n, boolean second) {
        SobolSequenceGenerator gen = new SobolSequenceGenerator(2 * k);
        int skip = 16;
        while (skip < n) {
            skip *= 2;
        }
        gen.skipTo(skip);
        List<double[]> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double[] row = gen.nextVector();
            double[] a = Arrays.copyOfRange(row, 0, k);
            double[] b = Arrays.copyOfRange(row, k, 2 * k);
            out.add(a);
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                out.add(ab);
            }
            if (second) {
                for (int i = 0; i < k; i++) {
                    double[] ba = b.clone();
                    ba[i] = a[i];
                    out.add(ba);
                }
            }
            out.add(b);
        }
        return out;
    }

    static List<double[]> morris(int k, int r, int p, RandomGenerator rng) {
        double delta = p / (2.0 * (p - 1));
        // base values lie on the grid below 1 − Δ so that x + Δ stays in [0, 1]
        int baseLevels = (int) Math.floor((1 - delta) * (p - 1) + 1e-9) + 1;
        List<double[]> out = new ArrayList<>();
        for (int t = 0; t < r; t++) {
            double[] x = new double[k];
            int[] dir = new int[k];
            for (int i = 0; i < k; i++) {
                x[i] = rng.nextInt(baseLevels) / (double) (p - 1);
                dir[i] = rng.nextBoolean() ? 1 : -1;
                if (dir[i] < 0) {
                    x[i] += delta;
                }
            }
            out.add(x.clone());
            for (int i : permutation(k, rng)) {
                x[i] += dir[i] * delta;
                // snap to the grid so that repeated steps do not accumulate rounding
                x[i] = Math.rint(x[i] * 2 * (p - 1)) / (2.0 * (p - 1));
                out.add(x.clone());
            }
        }
        return out;
    }

    private static int[] permutation(int n, RandomGenerator rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }
}
