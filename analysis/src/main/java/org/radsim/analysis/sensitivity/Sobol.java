package org.radsim.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.radsim.analysis.stats.Bootstrap;
import org.radsim.analysis.stats.Estimate;
import org.radsim.analysis.stats.Interval;

/**
 * Variance-based sensitivity indices from a Saltelli sample (the {@code sobol} design), with the estimators SALib
 * uses. For base rows j = 1…N with outputs f(A)_j, f(B)_j, f(AB^(i))_j (A with column i from B) and f(BA^(i))_j,
 * and V = Var[f(A), f(B)] (population variance of both blocks together):
 * <ul>
 * <li>first order (Saltelli et al. 2010): S_i = mean_j f(B)_j·(f(AB^(i))_j − f(A)_j) / V;</li>
 * <li>total (Jansen 1999): S_Ti = ½·mean_j (f(A)_j − f(AB^(i))_j)² / V;</li>
 * <li>second order (Saltelli 2002): V_ij = mean_j (f(BA^(i))_j·f(AB^(j))_j − f(A)_j·f(B)_j) / V,
 * S_ij = V_ij − S_i − S_j.</li>
 * </ul>
 * Intervals: 2.5 % and 97.5 % percentiles of the estimates on {@code resamples} bootstrap resamples of the base rows
 * (rows drawn with replacement, with a fixed seed). A base row with a missing output (failed run) is left out.
 */
public final class Sobol {

    /** Fewest base rows (N) for which the indices are reported without a warning. */
    public static final int MIN_ROWS = 64;
    /** Widest 95 % interval of an S1 or ST (half of the indices' range [0, 1]) reported without a warning. */
    public static final double MAX_WIDTH = 0.5;
    /** How far outside [0, 1] sampling error may put an S1 or ST estimate before it is flagged. */
    public static final double SLACK = 0.05;

    /** Indices of one output. {@code second} is k×k (upper triangle filled) or null. */
    public record Result(List<String> factors, int rowsUsed, Interval[] first, Interval[] total, Interval[][] second) {

        /**
         * Why these indices should not be read as they are, or null: S1 and ST are shares of the output variance,
         * so an estimate outside [−0.05, 1.05], an interval wider than 0.5, or fewer than {@value #MIN_ROWS} base
         * rows (N; then the bootstrap over the rows is itself unreliable) means N is too small for this model
         * (e.g. S1 = 2.53 at N = 8).
         */
        public String warning() {
            List<String> why = new ArrayList<>();
            if (rowsUsed < MIN_ROWS) {
                why.add("only " + rowsUsed + " base rows (N) were used; at least " + MIN_ROWS + " are needed");
            }
            for (int i = 0; i < factors.size(); i++) {
                for (Interval v : new Interval[] {first[i], total[i]}) {
                    if (v.value() < -SLACK || v.value() > 1 + SLACK || Double.isNaN(v.value())) {
                        why.add("an index of " + factors.get(i) + " is " + String.format(java.util.Locale.ROOT, "%.3g", v.value())
                                + ", outside [0, 1]");
                        break;
                    }
                    if (v.high() - v.low() > MAX_WIDTH) {
                        why.add("an interval of " + factors.get(i) + " is wider than " + MAX_WIDTH);
                        break;
                    }
                }
            }
            return why.isEmpty() ? null : "N is too small for reliable indices: " + String.join("; ", why)
                    + ". Raise design.n (e.g. to " + Math.max(MIN_ROWS * 8, Integer.highestOneBit(Math.max(1, rowsUsed)) * 8) + ").";
        }
    }

    private Sobol() {
    }

    /**
     * @param y outputs of the design points in Saltelli order (A, AB^1…AB^k, [BA^1…BA^k], B for each base row)
     */
    public static Result analyze(double[] y, int n, List<String> factors, boolean secondOrder, int resamples) {
        int k = factors.size();
        int step = secondOrder ? 2 * k + 2 : k + 2;
        if (y.length != (long) n * step) {
            throw new IllegalArgumentException("expected " + n * step + " outputs for N = " + n + ", k = " + k + ", found " + y.length);
        }
        List<Integer> rows = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            boolean ok = true;
            for (int s = 0; s < step; s++) {
                ok &= !Double.isNaN(y[j * step + s]);
            }
            if (ok) {
                rows.add(j);
            }
        }
        int m = rows.size();
        double[][] a = new double[1][m];
        double[][] b = new double[1][m];
        double[][] ab = new double[k][m];
        double[][] ba = new double[k][m];
        for (int r = 0; r < m; r++) {
            int base = rows.get(r) * step;
            a[0][r] = y[base];
            b[0][r] = y[base + step - 1];
            for (int i = 0; i < k; i++) {
                ab[i][r] = y[base + 1 + i];
                if (secondOrder) {
                    ba[i][r] = y[base + 1 + k + i];
                }
            }
        }
        int[] all = new int[m];
        for (int r = 0; r < m; r++) {
            all[r] = r;
        }
        double[] point = estimates(a[0], b[0], ab, ba, all, secondOrder);
        int width = point.length;
        double[][] boots = new double[width][resamples];
        MersenneTwister rng = new MersenneTwister(Bootstrap.SEED);
        int[] idx = new int[m];
        for (int s = 0; s < resamples; s++) {
            for (int r = 0; r < m; r++) {
                idx[r] = rng.nextInt(m);
            }
            double[] e = estimates(a[0], b[0], ab, ba, idx, secondOrder);
            for (int w = 0; w < width; w++) {
                boots[w][s] = e[w];
            }
        }
        Interval[] first = new Interval[k];
        Interval[] total = new Interval[k];
        for (int i = 0; i < k; i++) {
            first[i] = interval(point[i], boots[i]);
            total[i] = interval(point[k + i], boots[k + i]);
        }
        Interval[][] second = null;
        if (secondOrder) {
            second = new Interval[k][k];
            int w = 2 * k;
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    second[i][j] = interval(point[w], boots[w]);
                    w++;
                }
            }
        }
        return new Result(List.copyOf(factors), m, first, total, second);
    }

    private static Interval interval(double v, double[] boot) {
        return Bootstrap.percentile(v, boot, Estimate.LEVEL);
    }

    /** S1 (k), ST (k), then S2 for i &lt; j in row order, on the rows {@code idx}. */
    private static double[] estimates(double[] a, double[] b, double[][] ab, double[][] ba, int[] idx, boolean second) {
        int k = ab.length;
        int m = idx.length;
        double mean = 0;
        for (int r : idx) {
            mean += a[r] + b[r];
        }
        mean /= 2.0 * m;
        double var = 0;
        for (int r : idx) {
            var += (a[r] - mean) * (a[r] - mean) + (b[r] - mean) * (b[r] - mean);
        }
        var /= 2.0 * m;
        int pairs = second ? k * (k - 1) / 2 : 0;
        double[] out = new double[2 * k + pairs];
        double[] s1 = new double[k];
        for (int i = 0; i < k; i++) {
            double f = 0;
            double t = 0;
            for (int r : idx) {
                f += b[r] * (ab[i][r] - a[r]);
                double d = a[r] - ab[i][r];
                t += d * d;
            }
            s1[i] = var == 0 ? 0 : f / m / var;
            out[i] = s1[i];
            out[k + i] = var == 0 ? 0 : 0.5 * t / m / var;
        }
        int w = 2 * k;
        for (int i = 0; i < k && second; i++) {
            for (int j = i + 1; j < k; j++) {
                double v = 0;
                for (int r : idx) {
                    v += ba[i][r] * ab[j][r] - a[r] * b[r];
                }
                out[w++] = var == 0 ? 0 : v / m / var - s1[i] - s1[j];
            }
        }
        return out;
    }
}
