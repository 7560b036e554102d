package org.radsim.analysis.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fully sequential ranking-and-selection procedure KN of Kim &amp; Nelson (2001, "A fully sequential procedure
 * for indifference-zone selection in simulation", <i>ACM TOMACS</i> 11:251–273): among {@code k} systems, select
 * the one with the largest mean, so that the probability of correct selection is at least {@code 1 − α} whenever
 * the best mean exceeds every other by at least the indifference zone {@code δ}. It allows common random numbers:
 * replication {@code r} of every system may share a seed, since it works on pairwise differences.
 *
 * <p>With {@code n₀} first-stage replications, {@code η = ½[(2α/(k−1))^(−2/(n₀−1)) − 1]} and
 * {@code h² = 2η(n₀−1)}; {@code S²_il} is the sample variance of {@code X_i − X_l} over the first stage. After
 * {@code r ≥ n₀} replications, system {@code i} survives if {@code X̄_i(r) ≥ X̄_l(r) − W_il(r)} for every other
 * survivor {@code l}, with {@code W_il(r) = max(0, (δ/2r)(h²S²_il/δ² − r))}. One more replication of each
 * survivor is added until one is left. A cap on replications makes the procedure stop early and say that the
 * best could not be separated within it (Kim &amp; Nelson's own bound, {@code max ⌊h²S²_il/δ²⌋ + 1}, is usually far
 * larger than a simulation budget).
 */
public final class KimNelson {

    /**
     * @param alpha   1 − the confidence of a correct selection, in (0, 1)
     * @param delta   indifference zone δ &gt; 0, in the units of the outcome
     * @param n0      first-stage replications, at least 2
     * @param maximum the most replications of any system, at least {@code n0}
     */
    public record Settings(double alpha, double delta, int n0, int maximum) {
        public Settings {
            if (!(alpha > 0 && alpha < 1)) {
                throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
            }
            if (!(delta > 0)) {
                throw new IllegalArgumentException("indifference zone must be positive, got " + delta);
            }
            if (n0 < 2 || maximum < n0) {
                throw new IllegalArgumentException("need n0 ≥ 2 and maximum ≥ n0, got " + n0 + " and " + maximum);
            }
        }
    }

    /** Why the procedure stopped. */
    public enum Stop {
        /** Still running: more replications of the survivors are needed. */
        RUNNING,
        /** One system left: the selected best. */
        RESOLVED,
        /** The replication cap was reached with more than one survivor. */
        NOT_SEPARABLE
    }

    private final Settings settings;
    private final int k;
    private final double h2;
    private final List<double[]> rows = new ArrayList<>();
    private final boolean[] alive;
    private final double[] sums;
    private double[][] s2;
    private Stop stop = Stop.RUNNING;

    /** A procedure over {@code k ≥ 2} systems. */
    public KimNelson(Settings settings, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("ranking needs at least 2 systems, got " + k);
        }
        this.settings = settings;
        this.k = k;
        double eta = 0.5 * (Math.pow(2 * settings.alpha() / (k - 1), -2.0 / (settings.n0() - 1)) - 1);
        this.h2 = 2 * eta * (settings.n0() - 1);
        this.alive = new boolean[k];
        Arrays.fill(alive, true);
        this.sums = new double[k];
    }

    /**
     * Adds one replication: {@code x[i]} is system {@code i}'s outcome (larger is better); entries of systems
     * already eliminated are ignored. Screens once the first stage is complete.
     */
    public void add(double[] x) {
        if (stop != Stop.RUNNING) {
            throw new IllegalStateException("the procedure has stopped: " + stop);
        }
        if (x.length != k) {
            throw new IllegalArgumentException("expected " + k + " outcomes, got " + x.length);
        }
        rows.add(x.clone());
        for (int i = 0; i < k; i++) {
            if (alive[i]) {
                sums[i] += x[i];
            }
        }
        int r = rows.size();
        if (r < settings.n0()) {
            return;
        }
        if (r == settings.n0()) {
            firstStageVariances();
        }
        screen(r);
        if (survivors().size() == 1) {
            stop = Stop.RESOLVED;
        } else if (r >= settings.maximum()) {
            stop = Stop.NOT_SEPARABLE;
        }
    }

    private void firstStageVariances() {
        int n0 = settings.n0();
        s2 = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int l = 0; l < k; l++) {
                if (i == l) {
                    continue;
                }
                double mean = (sums[i] - sums[l]) / n0;
                double ss = 0;
                for (double[] row : rows) {
                    double dev = row[i] - row[l] - mean;
                    ss += dev * dev;
                }
                s2[i][l] = ss / (n0 - 1);
            }
        }
    }

    private void screen(int r) {
        double delta = settings.delta();
        boolean[] keep = alive.clone();
        for (int i = 0; i < k; i++) {
            if (!alive[i]) {
                continue;
            }
            for (int l = 0; l < k; l++) {
                if (l == i || !alive[l]) {
                    continue;
                }
                double w = Math.max(0, delta / (2.0 * r) * (h2 * s2[i][l] / (delta * delta) - r));
                if (sums[i] / r < sums[l] / r - w) {
                    keep[i] = false;
                    break;
                }
            }
        }
        System.arraycopy(keep, 0, alive, 0, k);
    }

    /** Indices of the systems still in contention, ascending. */
    public List<Integer> survivors() {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (alive[i]) {
                s.add(i);
            }
        }
        return s;
    }

    /** Whether system {@code i} is still in contention (and so needs the next replication). */
    public boolean alive(int i) {
        return alive[i];
    }

    /** Where the procedure stands. */
    public Stop stop() {
        return stop;
    }

    /** Replications added so far. */
    public int replications() {
        return rows.size();
    }

    /** The selected system when {@link Stop#RESOLVED}, else the survivor with the largest mean so far. */
    public int best() {
        int best = -1;
        for (int i = 0; i < k; i++) {
            if (alive[i] && (best < 0 || sums[i] > sums[best])) {
                best = i;
            }
        }
        return best;
    }

    /** {@code h²} of the procedure, for the manifest. */
    public double h2() {
        return h2;
    }
}
