package org.radsim.analysis.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.radsim.analysis.stats.Holm;

/**
 * The Patient Rule Induction Method (Friedman &amp; Fisher 1999, "Bump hunting in high-dimensional data",
 * <i>Statistics and Computing</i> 9:123–143) for scenario discovery (Bryant &amp; Lempert 2010): a box
 * {@code B = ∏_j [lo_j, hi_j]} over the factors in which the mean of the outcome {@code y} (for a 0/1 outcome the
 * share of selected cases, the <i>density</i>) is high, while it still holds much of the total {@code Σ y} (the
 * <i>coverage</i>).
 *
 * <ol>
 *   <li><b>Peeling.</b> Starting from the box of all points, each step considers, for every factor and both of its
 *       sides, removing the {@code α} share of the points in the box with the lowest (highest) values of that
 *       factor, and makes the removal that leaves the highest mean of {@code y} (Friedman &amp; Fisher §2.1). It
 *       stops when the box would hold fewer than {@code β₀·N} points. Every step's box is kept: the
 *       <i>peeling trajectory</i>, the coverage–density trade-off curve.</li>
 *   <li><b>Box selection.</b> The chosen box is the one of largest coverage whose density is at least the stated
 *       minimum (the analyst's trade-off, Bryant &amp; Lempert §3) after steps 3 and 4 below; if none keeps
 *       it, the densest box of the trajectory.</li>
 *   <li><b>Pasting</b> (§2.2). Each step considers widening one side of one factor by the {@code α·n_B} nearest
 *       points outside it (the other limits kept) and makes the widening that raises the mean most; it stops
 *       when no widening raises it.</li>
 *   <li><b>Significance of each restricted factor</b> and simplification (§3, "interpretation"): for a
 *       restricted factor {@code j}, the box with {@code j}'s limits lifted, {@code B₋ⱼ}, holds the points the
 *       restriction chooses from. Under the null hypothesis that the restriction picks no better than chance, the
 *       mean of {@code y} in {@code B} is that of a random subset of {@code B₋ⱼ} of the same size; the p-value is
 *       {@code (1 + #{subset mean ≥ box mean}) / (M + 1)} over {@code M} random subsets drawn without replacement
 *       from a seeded generator (a resampling test), Holm-adjusted over the restricted factors (the box's
 *       restrictions are tested together; {@link Holm}). The restricted factor with the largest adjusted p-value
 *       above the significance level is lifted, and the tests repeated, until every remaining restriction is
 *       significant.</li>
 * </ol>
 * A factor is <i>restricted</i> when a limit of the box lies inside the range of the data.
 */
public final class Prim {

    /**
     * The settings of PRIM.
     *
     * @param alpha        peeling (and pasting) share, 0 &lt; α &lt; 1 (Friedman &amp; Fisher recommend 0.05–0.10)
     * @param minSupport   β₀: the smallest box as a share of all points
     * @param minDensity   the density the chosen box must reach
     * @param significance level above which a restriction is lifted
     * @param resamples    random subsets of the significance test
     * @param seed         seed of the significance test's generator
     */
    public record Settings(double alpha, double minSupport, double minDensity, double significance, int resamples,
                           long seed) {
        public Settings {
            if (!(alpha > 0 && alpha < 1)) {
                throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
            }
            if (!(minSupport > 0 && minSupport < 1)) {
                throw new IllegalArgumentException("minimum support must be in (0, 1), got " + minSupport);
            }
            if (resamples < 1) {
                throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
            }
        }

        /** α = 0.05, β₀ = 0.05, minimum density 0.8, significance 0.05, 999 resamples. */
        public static Settings defaults() {
            return new Settings(0.05, 0.05, 0.8, 0.01, 999, 20261202L);
        }
    }

    /**
     * A box and how well it does.
     *
     * @param lo       lower limit per factor
     * @param hi       upper limit per factor
     * @param count    points inside
     * @param support  share of all points inside
     * @param coverage share of the total {@code Σ y} inside
     * @param density  mean of {@code y} inside
     */
    public record Box(double[] lo, double[] hi, int count, double support, double coverage, double density) {
    }

    /**
     * What PRIM found.
     *
     * @param factors    factor names
     * @param dataLo     smallest value of each factor in the data
     * @param dataHi     largest value of each factor in the data
     * @param trajectory every peeling step's box, the first being the box of all points
     * @param chosen     index of the selected box on the trajectory
     * @param box        the selected box after pasting and simplification
     * @param pValues    per factor, the Holm-adjusted p-value of its restriction in {@code box} (NaN for an unrestricted one)
     */
    public record Result(String[] factors, double[] dataLo, double[] dataHi, List<Box> trajectory, int chosen,
                         Box box, double[] pValues) {

        /** Whether factor {@code j} is restricted in the final box. */
        public boolean restricted(int j) {
            return box.lo()[j] > dataLo[j] || box.hi()[j] < dataHi[j];
        }

        /** The final box in words, one factor per line, e.g. {@code 0.2 ≤ unemployment ≤ 0.5 (p = 0.001)}. */
        public List<String> inWords() {
            List<String> lines = new ArrayList<>();
            for (int j = 0; j < factors.length; j++) {
                if (!restricted(j)) {
                    continue;
                }
                String p = " (p = " + String.format(java.util.Locale.ROOT, "%.3f", pValues[j]) + ")";
                boolean low = box.lo()[j] > dataLo[j];
                boolean high = box.hi()[j] < dataHi[j];
                if (low && high) {
                    lines.add(fmt(box.lo()[j]) + " ≤ " + factors[j] + " ≤ " + fmt(box.hi()[j]) + p);
                } else if (low) {
                    lines.add(factors[j] + " ≥ " + fmt(box.lo()[j]) + p);
                } else {
                    lines.add(factors[j] + " ≤ " + fmt(box.hi()[j]) + p);
                }
            }
            if (lines.isEmpty()) {
                lines.add("no factor restricted: the selection is spread over the whole space");
            }
            return lines;
        }
    }

    private final double[][] x;
    private final double[] y;
    private final int n;
    private final int d;
    private final double totalY;
    private final Settings settings;

    private Prim(double[][] x, double[] y, Settings settings) {
        this.x = x;
        this.y = y;
        this.n = y.length;
        this.d = n == 0 ? 0 : x[0].length;
        double s = 0;
        for (double v : y) {
            s += v;
        }
        this.totalY = s;
        this.settings = settings;
    }

    /**
     * Runs PRIM on the points {@code x[i]} (one row per point, one column per factor) with outcome {@code y[i]}
     * (0/1 for a selection, any value for a mean to maximize).
     */
    public static Result run(String[] factors, double[][] x, double[] y, Settings settings) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("need as many points as outcomes, and at least one");
        }
        Prim prim = new Prim(x, y, settings);
        if (prim.totalY <= 0) {
            throw new IllegalArgumentException("the outcome is never positive: nothing to find");
        }
        return prim.run(factors);
    }

    private Result run(String[] factors) {
        double[] lo = new double[d];
        double[] hi = new double[d];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                lo[j] = Math.min(lo[j], row[j]);
                hi[j] = Math.max(hi[j], row[j]);
            }
        }
        List<Box> trajectory = peel(lo.clone(), hi.clone());
        // candidates: boxes dense enough, largest coverage first; the first that stays dense enough after
        // pasting and simplification is chosen, else the densest box of the trajectory
        List<Integer> candidates = new ArrayList<>();
        int densest = 0;
        for (int i = 0; i < trajectory.size(); i++) {
            if (trajectory.get(i).density() >= settings.minDensity()) {
                candidates.add(i);
            }
            if (trajectory.get(i).density() > trajectory.get(densest).density()) {
                densest = i;
            }
        }
        candidates.sort((a, b) -> Double.compare(trajectory.get(b).coverage(), trajectory.get(a).coverage()));
        for (int i : candidates) {
            double[] p = new double[d];
            Box box = simplify(paste(trajectory.get(i)), lo, hi, p);
            if (box.density() >= settings.minDensity()) {
                return new Result(factors.clone(), lo, hi, List.copyOf(trajectory), i, box, p);
            }
        }
        double[] p = new double[d];
        Box box = simplify(paste(trajectory.get(densest)), lo, hi, p);
        return new Result(factors.clone(), lo, hi, List.copyOf(trajectory), densest, box, p);
    }

    private List<Box> peel(double[] lo, double[] hi) {
        List<Box> trajectory = new ArrayList<>();
        Box box = box(lo, hi);
        trajectory.add(box);
        double minCount = settings.minSupport() * n;
        while (true) {
            int[] inside = inside(box.lo(), box.hi());
            int m = inside.length;
            int k = Math.max(1, (int) Math.floor(settings.alpha() * m));
            Box best = null;
            for (int j = 0; j < d; j++) {
                double[] v = column(inside, j);
                Arrays.sort(v);
                if (k >= m) {
                    break;
                }
                for (int side = 0; side < 2; side++) {
                    double[] nlo = box.lo().clone();
                    double[] nhi = box.hi().clone();
                    if (side == 0) {
                        if (v[k] == v[0]) {
                            continue; // ties at the bottom: nothing can be peeled there
                        }
                        nlo[j] = v[k];
                    } else {
                        if (v[m - 1 - k] == v[m - 1]) {
                            continue;
                        }
                        nhi[j] = v[m - 1 - k];
                    }
                    Box c = box(nlo, nhi);
                    if (c.count() < minCount || c.count() == 0) {
                        continue;
                    }
                    if (best == null || c.density() > best.density()
                            || (c.density() == best.density() && c.count() > best.count())) {
                        best = c;
                    }
                }
            }
            if (best == null) {
                return trajectory;
            }
            trajectory.add(best);
            box = best;
        }
    }

    private Box paste(Box start) {
        Box box = start;
        while (true) {
            int k = Math.max(1, (int) Math.floor(settings.alpha() * box.count()));
            Box best = null;
            for (int j = 0; j < d; j++) {
                for (int side = 0; side < 2; side++) {
                    Box c = widen(box, j, side == 0, k);
                    if (c != null && c.density() > box.density() && (best == null || c.density() > best.density())) {
                        best = c;
                    }
                }
            }
            if (best == null) {
                return box;
            }
            box = best;
        }
    }

    /** The box widened on one side of factor {@code j} to take in the {@code k} nearest points beyond it. */
    private Box widen(Box box, int j, boolean lower, int k) {
        List<Double> beyond = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double v = x[i][j];
            boolean outsideOnSide = lower ? v < box.lo()[j] : v > box.hi()[j];
            if (outsideOnSide && insideExcept(x[i], box.lo(), box.hi(), j)) {
                beyond.add(v);
            }
        }
        if (beyond.isEmpty()) {
            return null;
        }
        beyond.sort(lower ? (a, b) -> Double.compare(b, a) : Double::compare);
        double edge = beyond.get(Math.min(k, beyond.size()) - 1);
        double[] nlo = box.lo().clone();
        double[] nhi = box.hi().clone();
        if (lower) {
            nlo[j] = edge;
        } else {
            nhi[j] = edge;
        }
        return box(nlo, nhi);
    }

    private Box simplify(Box start, double[] dataLo, double[] dataHi, double[] p) {
        Box box = start;
        SplittableRandom rng = new SplittableRandom(settings.seed());
        while (true) {
            double[] raw = new double[d];
            Arrays.fill(raw, Double.NaN);
            for (int j = 0; j < d; j++) {
                if (box.lo()[j] > dataLo[j] || box.hi()[j] < dataHi[j]) {
                    raw[j] = pValue(box, j, dataLo, dataHi, rng);
                }
            }
            double[] adjusted = Holm.adjust(raw);
            System.arraycopy(adjusted, 0, p, 0, d);
            int worst = -1;
            for (int j = 0; j < d; j++) {
                if (p[j] > settings.significance() && (worst < 0 || p[j] > p[worst])) {
                    worst = j;
                }
            }
            if (worst < 0) {
                return box;
            }
            double[] nlo = box.lo().clone();
            double[] nhi = box.hi().clone();
            nlo[worst] = dataLo[worst];
            nhi[worst] = dataHi[worst];
            box = box(nlo, nhi);
        }
    }

    private double pValue(Box box, int j, double[] dataLo, double[] dataHi, SplittableRandom rng) {
        double[] lo = box.lo().clone();
        double[] hi = box.hi().clone();
        lo[j] = dataLo[j];
        hi[j] = dataHi[j];
        int[] pool = inside(lo, hi);
        double[] values = new double[pool.length];
        for (int i = 0; i < pool.length; i++) {
            values[i] = y[pool[i]];
        }
        int m = box.count();
        int atLeast = 0;
        double[] work = values.clone();
        for (int b = 0; b < settings.resamples(); b++) {
            // partial Fisher–Yates: the first m of work are a uniform subset without replacement
            double s = 0;
            for (int i = 0; i < m; i++) {
                int r = i + rng.nextInt(work.length - i);
                double t = work[i];
                work[i] = work[r];
                work[r] = t;
                s += work[i];
            }
            if (s / m >= box.density() - 1e-12) {
                atLeast++;
            }
        }
        return (1.0 + atLeast) / (settings.resamples() + 1.0);
    }

    private Box box(double[] lo, double[] hi) {
        int count = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (insideExcept(x[i], lo, hi, -1)) {
                count++;
                sum += y[i];
            }
        }
        return new Box(lo, hi, count, (double) count / n, sum / totalY, count == 0 ? Double.NaN : sum / count);
    }

    private int[] inside(double[] lo, double[] hi) {
        int[] idx = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (insideExcept(x[i], lo, hi, -1)) {
                idx[m++] = i;
            }
        }
        return Arrays.copyOf(idx, m);
    }

    private double[] column(int[] rows, int j) {
        double[] v = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            v[i] = x[rows[i]][j];
        }
        return v;
    }

    private static boolean insideExcept(double[] row, double[] lo, double[] hi, int except) {
        for (int j = 0; j < row.length; j++) {
            if (j != except && (row[j] < lo[j] || row[j] > hi[j])) {
                return false;
            }
        }
        return true;
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
