package org.radsim.core.classic.contagion;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radsim.core.replication.MetricLayout;
import org.radsim.core.replication.Replication;
import org.radsim.core.replication.TickSink;
import org.radsim.core.scenario.Scenario;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Well-mixed recruitment contagion, Susceptible–Extremist–Recruiter (the structure of McCluskey &amp; Santoprete
 * 2018, "A bare-bones mathematical model of radicalization", J. Theor. Biol.), run agent by agent next to its
 * mean-field ODE ({@link ContagionOde}).
 * <p>
 * Each step of length {@code dt}, every agent is updated from the state at the start of the step: it exits and
 * is replaced by a new S with probability {@code 1 − exp(−μ·dt)}; otherwise S becomes E with
 * {@code 1 − exp(−β·R·dt)} (R the recruiter fraction) and E becomes R with {@code 1 − exp(−γ·dt)}.
 * Reported each step: the agents' S, E, R fractions, the ODE's, and the largest gap between them.
 * Scenario keys: {@code contagion.*}; {@code ticks} is the number of steps (horizon {@code T = ticks·dt}).
 */
public final class ContagionModel extends SimState implements Replication {

    private static final long serialVersionUID = 1L;
    private static final byte S = 0;
    private static final byte E = 1;
    private static final byte R = 2;
    private static final List<String> METRICS = List.of("S", "E", "R", "ode_S", "ode_E", "ode_R", "gap");

    private final ContagionParams p;
    private final long steps;
    private final byte[] state;
    private final int[] counts = new int[3];
    private ContagionOde ode;
    private long step;
    private double maxGap;

    public ContagionModel(Scenario scenario, long seed) {
        this(ContagionParams.from(scenario.values().section("contagion")), scenario.ticks(), seed);
    }

    public ContagionModel(ContagionParams params, long steps, long seed) {
        super(seed);
        this.p = params;
        this.steps = steps;
        this.state = new byte[params.n()];
    }

    @Override
    public void start() {
        super.start();
        // A restart (e.g. from the GUI) replays the run of the current seed.
        random.setSeed(seed());
        int n = p.n();
        int recruiters = (int) Math.round(p.r0() * n);
        int extremists = Math.max(0, Math.min(n - recruiters, (int) Math.round((1 - p.s0() - p.r0()) * n)));
        // Well mixed: which agents start where does not matter, only how many.
        for (int i = 0; i < n; i++) {
            state[i] = i < recruiters ? R : i < recruiters + extremists ? E : S;
        }
        count();
        ode = new ContagionOde(p);
        step = 0;
        maxGap = 0;
        schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) s -> advance(), 1.0);
    }

    private void advance() {
        double recruiterShare = (double) counts[R] / p.n();
        double pRecruit = 1 - Math.exp(-p.beta() * recruiterShare * p.dt());
        double pActivate = 1 - Math.exp(-p.gamma() * p.dt());
        double pExit = 1 - Math.exp(-p.mu() * p.dt());
        for (int i = 0; i < state.length; i++) {
            if (random.nextDouble() < pExit) {
                state[i] = S;
            } else if (state[i] == S) {
                if (random.nextDouble() < pRecruit) {
                    state[i] = E;
                }
            } else if (state[i] == E && random.nextDouble() < pActivate) {
                state[i] = R;
            }
        }
        count();
        ode.advance(p.dt());
        step++;
    }

    private void count() {
        counts[0] = 0;
        counts[1] = 0;
        counts[2] = 0;
        for (byte b : state) {
            counts[b]++;
        }
    }

    @Override
    public MetricLayout layout() {
        return MetricLayout.globalOnly(METRICS);
    }

    @Override
    public void run(TickSink sink) throws IOException {
        start();
        sink.tick(0, metrics(), new double[0][]);
        for (long t = 1; t <= steps; t++) {
            schedule.step(this);
            sink.tick(t, metrics(), new double[0][]);
        }
        finish();
    }

    private double[] metrics() {
        double[] a = fractions();
        double[] o = ode.state();
        double gap = Math.max(Math.abs(a[0] - o[0]), Math.max(Math.abs(a[1] - o[1]), Math.abs(a[2] - o[2])));
        maxGap = Math.max(maxGap, gap);
        return new double[] {a[0], a[1], a[2], o[0], o[1], o[2], gap};
    }

    @Override
    public Map<String, Double> extraSummary() {
        double[] eq = p.equilibrium();
        double[] a = fractions();
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("reproduction_number", p.reproductionNumber());
        m.put("S_star", eq[0]);
        m.put("E_star", eq[1]);
        m.put("R_star", eq[2]);
        m.put("max_gap", maxGap);
        m.put("end_gap_to_equilibrium", Math.max(Math.abs(a[0] - eq[0]), Math.max(Math.abs(a[1] - eq[1]), Math.abs(a[2] - eq[2]))));
        return m;
    }

    // Read-only view of the state, for the GUI and the tests.

    public ContagionParams params() { return p; }
    /** Steps run so far. */
    public long steps() { return step; }
    public double time() { return step * p.dt(); }
    /** The agents' {S, E, R} fractions. */
    public double[] fractions() {
        double n = p.n();
        return new double[] {counts[0] / n, counts[1] / n, counts[2] / n};
    }
    /** The ODE's {S, E, R} at the same time. */
    public double[] odeState() { return ode.state(); }
    /** State of agent i: 0 S, 1 E, 2 R. */
    public int agentState(int i) { return state[i]; }
}
