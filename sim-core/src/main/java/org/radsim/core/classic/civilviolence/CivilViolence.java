package org.radsim.core.classic.civilviolence;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radsim.core.mechanism.Activation;
import org.radsim.core.replication.MetricLayout;
import org.radsim.core.replication.Replication;
import org.radsim.core.replication.TickSink;
import org.radsim.core.scenario.Scenario;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Epstein's civil-violence model (Epstein 2002, "Modeling civil violence: an agent-based computational
 * approach", PNAS 99 suppl. 3, 7243–7250) as implemented by NetLogo's "Rebellion" (Wilensky 2004), whose
 * details are kept as switches (see {@link CivilViolenceParams}).
 * <p>
 * Citizens and cops live on a torus. A citizen has hardship {@code H ~ U(0,1)} and risk aversion
 * {@code R ~ U(0,1)}; its grievance is {@code G = H(1 − L)}. It is active iff {@code G − R·P > T}
 * ({@link Activation}), with {@code P = 1 − exp(−k · f(C/A))}, C the cops and A = 1 + the actives in vision.
 * A cop arrests one random active citizen in vision; the arrested citizen is jailed for a random term and stays
 * on its cell (as in NetLogo) without blocking it. Each tick: legitimacy and cop density follow their schedules;
 * every citizen and cop, in one random order, moves to a random free cell in vision (no cop, no free citizen;
 * citizens only when {@code movement} is on; jailed citizens do nothing) and then acts; jail terms then count down.
 * <p>
 * Scenario keys: {@code civil_violence.*}; {@code ticks} is the number of ticks. A MASON {@link SimState}, so a
 * GUI can drive it; headless runs use {@link #run}.
 */
public final class CivilViolence extends SimState implements Replication {

    private static final long serialVersionUID = 1L;
    private static final int FOREVER = Integer.MAX_VALUE;
    private static final List<String> METRICS = List.of("actives", "quiet", "jailed", "cops", "mean_grievance", "legitimacy");

    private final CivilViolenceParams p;
    private final long ticks;
    private final int cells;
    private final int[][] hood;

    private double legitimacy;
    private long tick;
    private int nCitizens;
    private double[] hardship;
    private double[] risk;
    private int[] citizenCell;
    private boolean[] active;
    private int[] jail;
    private int[] nextInCell;
    private int nCops;
    private int[] copCell;
    private int[] copsAt;
    private int[] freeAt;
    private int[] activeAt;
    private int[] firstInCell;
    private int[] order;
    private int[] scratch;
    private double meanHardship;
    private Outbursts outbursts;

    public CivilViolence(Scenario scenario, long seed) {
        this(CivilViolenceParams.from(scenario.values().section("civil_violence")), scenario.ticks(), seed);
    }

    public CivilViolence(CivilViolenceParams params, long ticks, long seed) {
        super(seed);
        this.p = params;
        this.ticks = ticks;
        this.cells = params.width() * params.height();
        this.hood = Neighbourhood.cells(params.width(), params.height(), params.vision());
        this.scratch = new int[cells];
    }

    @Override
    public void start() {
        super.start();
        // A restart (e.g. from the GUI) replays the run of the current seed.
        random.setSeed(seed());
        tick = 0;
        legitimacy = p.legitimacyChange().at(0, p.legitimacy());
        copsAt = new int[cells];
        freeAt = new int[cells];
        activeAt = new int[cells];
        firstInCell = new int[cells];
        java.util.Arrays.fill(firstInCell, -1);
        int[] free = new int[cells];
        for (int c = 0; c < cells; c++) {
            free[c] = c;
        }
        shuffle(free, cells);
        int used = 0;
        // NetLogo creates the cops first, then the citizens, each on a random empty cell.
        nCops = (int) Math.round(p.copDensity() * cells);
        copCell = new int[Math.max(nCops, 16)];
        for (int j = 0; j < nCops; j++) {
            copCell[j] = free[used++];
            copsAt[copCell[j]]++;
        }
        nCitizens = (int) Math.round(p.citizenDensity() * cells);
        hardship = new double[nCitizens];
        risk = new double[nCitizens];
        citizenCell = new int[nCitizens];
        active = new boolean[nCitizens];
        jail = new int[nCitizens];
        nextInCell = new int[nCitizens];
        double sumH = 0;
        for (int i = 0; i < nCitizens; i++) {
            citizenCell[i] = free[used++];
            link(i, citizenCell[i]);
            risk[i] = random.nextDouble();
            hardship[i] = random.nextDouble();
            sumH += hardship[i];
        }
        meanHardship = nCitizens == 0 ? 0 : sumH / nCitizens;
        outbursts = new Outbursts(p.outburstThreshold());
        applyCopDensity(0);
        schedule.scheduleRepeating(Schedule.EPOCH, 0, (Steppable) s -> step(), 1.0);
    }

    @Override
    public MetricLayout layout() {
        return MetricLayout.globalOnly(METRICS);
    }

    @Override
    public void run(TickSink sink) throws IOException {
        start();
        sink.tick(0, metrics(), new double[0][]);
        for (long t = 1; t <= ticks; t++) {
            schedule.step(this);
            sink.tick(t, metrics(), new double[0][]);
        }
        finish();
    }

    @Override
    public Map<String, Double> extraSummary() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("outbursts", (double) outbursts.count());
        m.put("mean_wait", outbursts.meanWait());
        m.put("mean_interval", outbursts.meanInterval());
        m.put("mean_activation", outbursts.meanActivation());
        m.put("share_quiet_ticks_after_100", outbursts.quietShare());
        return m;
    }

    /** One tick: schedules, then every agent in one random order moves and acts, then jail terms count down. */
    private void step() {
        tick++;
        legitimacy = p.legitimacyChange().at(tick, p.legitimacy());
        applyCopDensity(tick);
        int n = nCitizens + nCops;
        if (order == null || order.length < n) {
            order = new int[n + 64];
        }
        for (int a = 0; a < n; a++) {
            order[a] = a;
        }
        shuffle(order, n);
        for (int a = 0; a < n; a++) {
            int id = order[a];
            if (id < nCitizens) {
                if (jail[id] == 0) {
                    if (p.movement()) {
                        moveCitizen(id);
                    }
                    decide(id);
                }
            } else {
                int j = id - nCitizens;
                moveCop(j);
                enforce(j);
            }
        }
        for (int i = 0; i < nCitizens; i++) {
            if (jail[i] > 0 && jail[i] != FOREVER && --jail[i] == 0) {
                link(i, citizenCell[i]);
            }
        }
        outbursts.observe(tick, actives());
    }

    private void decide(int i) {
        int c = 0;
        int actives = 0;
        for (int cell : hood[citizenCell[i]]) {
            c += copsAt[cell];
            actives += activeAt[cell];
        }
        if (active[i] && !p.activeCountsItself()) {
            actives--;
        }
        double prob = Activation.arrestProbability(p.k(), p.arrestRule().apply(c, 1 + actives));
        boolean now = Activation.acts(grievance(i), risk[i], prob, p.threshold());
        if (now != active[i]) {
            active[i] = now;
            activeAt[citizenCell[i]] += now ? 1 : -1;
        }
    }

    private void enforce(int j) {
        int found = 0;
        for (int cell : hood[copCell[j]]) {
            if (activeAt[cell] > 0) {
                for (int i = firstInCell[cell]; i >= 0; i = nextInCell[i]) {
                    if (active[i]) {
                        scratch[found++] = i;
                    }
                }
            }
        }
        if (found == 0) {
            return;
        }
        int suspect = scratch[random.nextInt(found)];
        int cell = citizenCell[suspect];
        active[suspect] = false;
        activeAt[cell]--;
        int term = jailTerm();
        if (term > 0) {
            jail[suspect] = term;
            unlink(suspect, cell);
        }
        if (p.copMovesToArrest()) {
            copsAt[copCell[j]]--;
            copCell[j] = cell;
            copsAt[cell]++;
        }
    }

    private int jailTerm() {
        int max = p.maxJailTerm();
        if (max < 0) {
            return FOREVER;
        }
        if (max == 0) {
            return 0;
        }
        // NetLogo's `random max-jail-term` draws 0 … J_max − 1: a citizen drawing 0 is free at once.
        return p.jailTermFromZero() ? random.nextInt(max) : 1 + random.nextInt(max);
    }

    private void moveCitizen(int i) {
        int from = citizenCell[i];
        int to = freeCellInVision(from);
        if (to < 0) {
            return;
        }
        unlink(i, from);
        if (active[i]) {
            activeAt[from]--;
            activeAt[to]++;
        }
        citizenCell[i] = to;
        link(i, to);
    }

    private void moveCop(int j) {
        int to = freeCellInVision(copCell[j]);
        if (to >= 0) {
            copsAt[copCell[j]]--;
            copCell[j] = to;
            copsAt[to]++;
        }
    }

    /** A random cell in vision with no cop and no free citizen (jailed citizens do not block), or −1. */
    private int freeCellInVision(int from) {
        int found = 0;
        for (int cell : hood[from]) {
            if (copsAt[cell] == 0 && freeAt[cell] == 0) {
                scratch[found++] = cell;
            }
        }
        return found == 0 ? -1 : scratch[random.nextInt(found)];
    }

    private void applyCopDensity(long t) {
        int target = (int) Math.round(p.copDensityChange().at(t, p.copDensity()) * cells);
        while (nCops > target) {
            int j = random.nextInt(nCops);
            copsAt[copCell[j]]--;
            copCell[j] = copCell[--nCops];
        }
        while (nCops < target) {
            int found = 0;
            for (int cell = 0; cell < cells; cell++) {
                if (copsAt[cell] == 0 && freeAt[cell] == 0) {
                    scratch[found++] = cell;
                }
            }
            if (found == 0) {
                return;
            }
            if (nCops == copCell.length) {
                copCell = java.util.Arrays.copyOf(copCell, 2 * nCops);
            }
            copCell[nCops] = scratch[random.nextInt(found)];
            copsAt[copCell[nCops++]]++;
        }
    }

    private void link(int i, int cell) {
        nextInCell[i] = firstInCell[cell];
        firstInCell[cell] = i;
        freeAt[cell]++;
    }

    private void unlink(int i, int cell) {
        if (firstInCell[cell] == i) {
            firstInCell[cell] = nextInCell[i];
        } else {
            int k = firstInCell[cell];
            while (nextInCell[k] != i) {
                k = nextInCell[k];
            }
            nextInCell[k] = nextInCell[i];
        }
        freeAt[cell]--;
    }

    private void shuffle(int[] a, int n) {
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** The current row of metrics, in {@link #layout()} order, as {@link #run} reports it (the GUI reads it). */
    public double[] metrics() {
        int act = actives();
        int jailed = jailed();
        return new double[] {act, nCitizens - act - jailed, jailed, nCops, (1.0 - legitimacy) * meanHardship, legitimacy};
    }

    // Read-only view of the state, for the GUI and the tests.

    public CivilViolenceParams params() { return p; }
    public long tick() { return tick; }
    public double legitimacy() { return legitimacy; }
    public int width() { return p.width(); }
    public int height() { return p.height(); }
    public int citizens() { return nCitizens; }
    public int cops() { return nCops; }
    /** Cell index (x + y·width) of citizen i. */
    public int citizenCell(int i) { return citizenCell[i]; }
    public boolean isActive(int i) { return active[i]; }
    public boolean isJailed(int i) { return jail[i] > 0; }
    public double hardship(int i) { return hardship[i]; }
    public double riskAversion(int i) { return risk[i]; }
    public double grievance(int i) { return Activation.grievance(hardship[i], legitimacy); }
    /** Cell index of cop j (0 ≤ j &lt; {@link #cops()}). */
    public int copCell(int j) { return copCell[j]; }
    /** Outburst statistics so far. */
    public Outbursts outbursts() { return outbursts; }

    public int actives() {
        int n = 0;
        for (int i = 0; i < nCitizens; i++) {
            if (active[i]) {
                n++;
            }
        }
        return n;
    }

    public int jailed() {
        int n = 0;
        for (int i = 0; i < nCitizens; i++) {
            if (jail[i] > 0) {
                n++;
            }
        }
        return n;
    }

    /** The cells of the neighbourhood of {@code cell} (a copy). */
    public int[] neighbourhood(int cell) {
        return hood[cell].clone();
    }
}
