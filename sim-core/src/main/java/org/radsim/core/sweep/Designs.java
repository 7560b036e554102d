package org.radsim.core.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.radsim.core.replication.Seeds;

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
 * point on {0, 1/(p−1), …, 1−Δ}, random directions, and the factors moved one at a time in random order.
 * With {@code candidates} M &gt; 0, optimised trajectories (Campolongo, Cariboni &amp; Saltelli 2007): M such random
 * trajectories are drawn and the r of them that maximise the spread √(Σ d²ₘₗ) over their pairs are kept, d the sum of
 * the Euclidean distances between the points of two trajectories (see {@link #spreadOut}).</li>
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
            case "morris" -> d.candidates() > 0
                    ? spreadOut(morris(fs.size(), d.candidates(), d.levels(), rng), fs.size(), d.trajectories())
                    : morris(fs.size(), d.trajectories(), d.levels(), rng);
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

    /**
     * Keeps the {@code r} most spread-out of the trajectories in {@code candidates} (k+1 points each), in their
     * original order. Campolongo et al. (2007) maximise D = √(Σ_{m<l} d²ₘₗ) over the chosen set, with
     * dₘₗ = Σᵢ Σⱼ ‖Xₘ⁽ⁱ⁾ − Xₗ⁽ʲ⁾‖ the sum of the distances between the points of trajectories m and l. Their exhaustive
     * search over all subsets is out of reach beyond a few dozen candidates, so the set is built greedily (the
     * farthest pair, then each time the candidate adding most to Σ d²) and improved by exchanges (a chosen
     * trajectory swapped for an unchosen one while that raises Σ d²), as in the local search of Ruano, Ribes,
     * Seco &amp; Ferrer (2012).
     */
    static List<double[]> spreadOut(List<double[]> candidates, int k, int r) {
        int m = candidates.size() / (k + 1);
        double[][] d2 = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                double d = 0;
                for (int i = 0; i <= k; i++) {
                    double[] x = candidates.get(a * (k + 1) + i);
                    for (int j = 0; j <= k; j++) {
                        double[] y = candidates.get(b * (k + 1) + j);
                        double s = 0;
                        for (int f = 0; f < k; f++) {
                            s += (x[f] - y[f]) * (x[f] - y[f]);
                        }
                        d += Math.sqrt(s);
                    }
                }
                d2[a][b] = d * d;
                d2[b][a] = d * d;
            }
        }
        boolean[] in = new boolean[m];
        int[] chosen = new int[r];
        // the farthest pair (first found on ties), then greedy additions
        int bestA = 0;
        int bestB = Math.min(1, m - 1);
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                if (d2[a][b] > d2[bestA][bestB]) {
                    bestA = a;
                    bestB = b;
                }
            }
        }
        chosen[0] = bestA;
        in[bestA] = true;
        int size = 1;
        if (r > 1) {
            chosen[1] = bestB;
            in[bestB] = true;
            size = 2;
        }
        // gain[c] = Σ d² from c to the chosen set
        double[] gain = new double[m];
        for (int c = 0; c < m; c++) {
            for (int s = 0; s < size; s++) {
                gain[c] += d2[c][chosen[s]];
            }
        }
        while (size < r) {
            int best = -1;
            for (int c = 0; c < m; c++) {
                if (!in[c] && (best < 0 || gain[c] > gain[best])) {
                    best = c;
                }
            }
            chosen[size++] = best;
            in[best] = true;
            for (int c = 0; c < m; c++) {
                gain[c] += d2[c][best];
            }
        }
        // exchanges: replacing chosen o by unchosen c changes Σ d² by (gain[c] − d2[c][o]) − gain[o]
        for (int round = 0; round < 100 * r; round++) {
            double bestDelta = 1e-9;
            int out = -1;
            int inc = -1;
            for (int s = 0; s < r; s++) {
                int o = chosen[s];
                for (int c = 0; c < m; c++) {
                    if (!in[c]) {
                        double delta = gain[c] - d2[c][o] - gain[o];
                        if (delta > bestDelta) {
                            bestDelta = delta;
                            out = s;
                            inc = c;
                        }
                    }
                }
            }
            if (out < 0) {
                break;
            }
            int o = chosen[out];
            in[o] = false;
            in[inc] = true;
            chosen[out] = inc;
            for (int c = 0; c < m; c++) {
                gain[c] += d2[c][inc] - d2[c][o];
            }
        }
        int[] order = Arrays.copyOf(chosen, r);
        Arrays.sort(order);
        List<double[]> result = new ArrayList<>();
        for (int t : order) {
            for (int i = 0; i <= k; i++) {
                result.add(candidates.get(t * (k + 1) + i));
            }
        }
        return result;
    }

    /** Campolongo et al.'s spread √(Σ_{m<l} d²ₘₗ) of a set of trajectories (k+1 points each). */
    static double spread(List<double[]> trajectories, int k) {
        int m = trajectories.size() / (k + 1);
        double sum = 0;
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                double d = 0;
                for (int i = 0; i <= k; i++) {
                    for (int j = 0; j <= k; j++) {
                        double s = 0;
                        for (int f = 0; f < k; f++) {
                            double e = trajectories.get(a * (k + 1) + i)[f] - trajectories.get(b * (k + 1) + j)[f];
                            s += e * e;
                        }
                        d += Math.sqrt(s);
                    }
                }
                sum += d * d;
            }
        }
        return Math.sqrt(sum);
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
