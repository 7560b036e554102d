package org.radsim.core.classic.relativeagreement;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radsim.core.mechanism.RelativeAgreement;
import org.radsim.core.replication.MetricLayout;
import org.radsim.core.replication.Replication;
import org.radsim.core.replication.TickSink;
import org.radsim.core.scenario.Scenario;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The relative-agreement model with extremists of Deffuant, Amblard, Weisbuch &amp; Faure (2002), "How can
 * extremism prevail? A study based on the relative agreement interaction model", JASSS 5(4) 1.
 * <p>
 * N agents hold an opinion {@code x ∈ [−1, 1]} and an uncertainty {@code u}. A period is N meetings of random
 * pairs; in a meeting each agent influences the other by the {@link RelativeAgreement} rule, both directions
 * computed from the values before the meeting. Extremists start at the ends with uncertainty {@code u_e}
 * ({@code p± = pe(1 ± δ)/2}), moderates with U. The run stops when no opinion or uncertainty moved more than
 * {@code epsilon} over a period (at most {@code ticks} periods), or after exactly {@code ticks} periods.
 * <p>
 * Indicators: {@code p'+}, {@code p'−}, the shares of initially moderate agents ending beyond the innermost
 * initial extremist of that side minus {@code cutoff_offset}; {@code y = p'+² + p'−²}; the {@link Convergence}
 * class; and the number of opinion clusters. Scenario keys: {@code relative_agreement.*}, {@code ticks}.
 */
public final class RelativeAgreementModel extends SimState implements Replication {

    private static final long serialVersionUID = 1L;
    private static final List<String> METRICS = List.of("mean_opinion", "mean_uncertainty", "p_plus", "p_minus", "y");

    private final RelativeAgreementParams p;
    private final long maxPeriods;
    private final double[] x;
    private final double[] u;
    private final boolean[] extremist;
    private final double[] before;
    private int moderates;
    private double cutPlus;
    private double cutMinus;
    private long period;
    private boolean stable;

    public RelativeAgreementModel(Scenario scenario, long seed) {
        this(RelativeAgreementParams.from(scenario.values().section("relative_agreement")), scenario.ticks(), seed);
    }

    public RelativeAgreementModel(RelativeAgreementParams params, long periods, long seed) {
        super(seed);
        if (params.positiveExtremists() + params.negativeExtremists() > params.n()) {
            throw new IllegalArgumentException("relative_agreement: more extremists than agents");
        }
        this.p = params;
        this.maxPeriods = periods;
        int n = params.n();
        x = new double[n];
        u = new double[n];
        extremist = new boolean[n];
        before = new double[2 * n];
    }

    @Override
    public void start() {
        super.start();
        // A restart (e.g. from the GUI) replays the run of the current seed.
        random.setSeed(seed());
        period = 0;
        stable = false;
        place();
        schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) s -> step(), 1.0);
    }

    /** Initial opinions, uncertainties and the extreme cutoffs. */
    private void place() {
        int n = p.n();
        int plus = p.positiveExtremists();
        int minus = p.negativeExtremists();
        Arrays.fill(extremist, false);
        if (p.bandPlacement()) {
            // Meadows & Cliff (2012): extremists drawn in the outer bands, moderates on (−0.8, 0.8).
            for (int i = 0; i < n; i++) {
                if (i < plus) {
                    x[i] = 0.8 + 0.2 * random.nextDouble();
                    extremist[i] = true;
                } else if (i < plus + minus) {
                    x[i] = -0.8 - 0.2 * random.nextDouble();
                    extremist[i] = true;
                } else {
                    x[i] = -0.8 + 1.6 * random.nextDouble(false, false);
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                x[i] = -1 + 2 * random.nextDouble();
            }
            // Agents keep their index; ranking by opinion picks the extremists.
            Integer[] idx = new Integer[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, (a, b) -> Double.compare(x[a], x[b]));
            for (int r = 0; r < minus; r++) {
                extremist[idx[r]] = true;
            }
            for (int r = n - plus; r < n; r++) {
                extremist[idx[r]] = true;
            }
        }
        double innerPlus = 1.0;
        double innerMinus = -1.0;
        boolean anyPlus = false;
        boolean anyMinus = false;
        moderates = 0;
        for (int i = 0; i < n; i++) {
            u[i] = extremist[i] ? p.extremistUncertainty() : p.uncertainty();
            if (!extremist[i]) {
                moderates++;
            } else if (x[i] > 0) {
                innerPlus = anyPlus ? Math.min(innerPlus, x[i]) : x[i];
                anyPlus = true;
            } else {
                innerMinus = anyMinus ? Math.max(innerMinus, x[i]) : x[i];
                anyMinus = true;
            }
        }
        // Without extremists on a side, that side's cutoff is measured from the end of the opinion range.
        cutPlus = innerPlus - p.cutoffOffset();
        cutMinus = innerMinus + p.cutoffOffset();
    }

    @Override
    public MetricLayout layout() {
        return MetricLayout.globalOnly(METRICS);
    }

    @Override
    public void run(TickSink sink) throws IOException {
        start();
        sink.tick(0, metrics(), new double[0][]);
        while (period < maxPeriods && !stable) {
            schedule.step(this);
            sink.tick(period, metrics(), new double[0][]);
        }
        finish();
    }

    /** One period: N meetings of random pairs, then the stability check. */
    private void step() {
        int n = p.n();
        System.arraycopy(x, 0, before, 0, n);
        System.arraycopy(u, 0, before, n, n);
        for (int m = 0; m < n; m++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n - 1);
            if (j >= i) {
                j++;
            }
            meet(i, j);
        }
        period++;
        double moved = 0;
        for (int i = 0; i < n; i++) {
            moved = Math.max(moved, Math.max(Math.abs(x[i] - before[i]), Math.abs(u[i] - before[n + i])));
        }
        stable = !p.fixedPeriods() && moved <= p.epsilon();
    }

    /** Both directions of one meeting, from the values before it. */
    void meet(int i, int j) {
        double xi = x[i];
        double ui = u[i];
        double xj = x[j];
        double uj = u[j];
        double wij = RelativeAgreement.weight(p.mu(), xi, ui, xj, uj);
        double wji = RelativeAgreement.weight(p.mu(), xj, uj, xi, ui);
        x[j] = xj + wij * (xi - xj);
        u[j] = uj + wij * (ui - uj);
        x[i] = xi + wji * (xj - xi);
        u[i] = ui + wji * (uj - ui);
    }

    @Override
    public Map<String, Double> extraSummary() {
        double plus = pPlus();
        double minus = pMinus();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("p_plus", plus);
        m.put("p_minus", minus);
        m.put("y", plus * plus + minus * minus);
        m.put("convergence", (double) Convergence.of(plus, minus).code());
        m.put("clusters", (double) clusters());
        m.put("periods_run", (double) period);
        m.put("stable", stable ? 1.0 : 0.0);
        return m;
    }

    /** The current row of metrics, in {@link #layout()} order, as {@link #run} reports it (the GUI reads it). */
    public double[] metrics() {
        double plus = pPlus();
        double minus = pMinus();
        double sx = 0;
        double su = 0;
        for (int i = 0; i < p.n(); i++) {
            sx += x[i];
            su += u[i];
        }
        return new double[] {sx / p.n(), su / p.n(), plus, minus, plus * plus + minus * minus};
    }

    /** Share of initially moderate agents now above the positive cutoff. */
    public double pPlus() {
        return shareBeyond(true);
    }

    /** Share of initially moderate agents now below the negative cutoff. */
    public double pMinus() {
        return shareBeyond(false);
    }

    private double shareBeyond(boolean positive) {
        if (moderates == 0) {
            return 0;
        }
        int k = 0;
        for (int i = 0; i < p.n(); i++) {
            if (!extremist[i] && (positive ? x[i] > cutPlus : x[i] < cutMinus)) {
                k++;
            }
        }
        return (double) k / moderates;
    }

    /** Opinion clusters: sorted opinions split at gaps larger than cluster_gap, counting those with ≥ the minimum share. */
    public int clusters() {
        double[] s = x.clone();
        Arrays.sort(s);
        int count = 0;
        int size = 1;
        for (int i = 1; i <= s.length; i++) {
            if (i == s.length || s[i] - s[i - 1] > p.clusterGap()) {
                if (size >= p.clusterMinShare() * s.length) {
                    count++;
                }
                size = 1;
            } else {
                size++;
            }
        }
        return count;
    }

    // Read-only view of the state, for the GUI and the tests.

    public RelativeAgreementParams params() { return p; }
    public int size() { return p.n(); }
    public double opinion(int i) { return x[i]; }
    public double uncertainty(int i) { return u[i]; }
    public boolean isExtremist(int i) { return extremist[i]; }
    /** Periods run so far. */
    public long period() { return period; }
    public boolean isStable() { return stable; }
    public Convergence convergence() { return Convergence.of(pPlus(), pMinus()); }
    /** Opinions above this count as positive-extreme for {@code p'+}. */
    public double positiveCutoff() { return cutPlus; }
    /** Opinions below this count as negative-extreme for {@code p'−}. */
    public double negativeCutoff() { return cutMinus; }

    /** Sets one agent's state (tests compute single meetings by hand). */
    void set(int i, double opinion, double unc) {
        x[i] = opinion;
        u[i] = unc;
    }
}
