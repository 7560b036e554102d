package org.radsim.core.intervention;

import java.io.Serializable;

import org.radsim.core.mechanism.Levers;
import org.radsim.core.mechanism.Susceptibility;
import org.radsim.core.population.Population;
import org.radsim.core.replication.Blocks;
import org.radsim.core.replication.RandomStream;
import org.radsim.core.scenario.Scenario;

/**
 * An intervention of MODEL.md section 6. All share a window ({@code start} ≤ tick &lt; {@code end}), target regions,
 * a target group, coverage and a unit cost. Person-level measures enrol a share {@code coverage} of the target
 * group in the target regions when they start (one enrolment bit each); region-wide measures act on whole regions.
 * Cost per tick is unit cost × enrolled persons (or target regions) / ticks per year.
 */
public abstract sealed class Intervention implements Serializable
        permits Education, JobsProgramme, CounterNarrative, CommunityDevelopment, IntelligenceSharing, Governance,
        ExitProgramme, CommunityPolicing {

    private static final long serialVersionUID = 1L;

    protected final Scenario.Intervention spec;
    protected final int bit;
    protected final boolean[] targetRegion;
    private int enrolled;
    private boolean running;

    protected Intervention(Scenario.Intervention spec, int index, Scenario scenario) {
        this.spec = spec;
        this.bit = 1 << index;
        this.targetRegion = new boolean[scenario.regions().size()];
        for (int r = 0; r < targetRegion.length; r++) {
            targetRegion[r] = spec.regions().isEmpty() || spec.regions().contains(scenario.regions().get(r).name());
        }
    }

    /** Creates the intervention class named by {@code spec.type()}. */
    public static Intervention of(Scenario.Intervention spec, int index, Scenario scenario) {
        return switch (spec.type()) {
            case "education" -> new Education(spec, index, scenario);
            case "jobs" -> new JobsProgramme(spec, index, scenario);
            case "counter_narrative" -> new CounterNarrative(spec, index, scenario);
            case "community" -> new CommunityDevelopment(spec, index, scenario);
            case "intelligence_sharing" -> new IntelligenceSharing(spec, index, scenario);
            case "governance" -> new Governance(spec, index, scenario);
            case "exit_programme" -> new ExitProgramme(spec, index, scenario);
            case "community_policing" -> new CommunityPolicing(spec, index, scenario);
            default -> throw new IllegalArgumentException("intervention type " + spec.type());
        };
    }

    public Scenario.Intervention spec() {
        return spec;
    }

    public int bit() {
        return bit;
    }

    public boolean running() {
        return running;
    }

    /** Enrolled citizens (0 for region-wide measures). */
    public int enrolled() {
        return enrolled;
    }

    /** Whether this measure enrols persons when it starts. */
    protected abstract boolean enrols();

    /** Called once when the window opens. */
    final void start(World w, RandomStream rng) {
        running = true;
        if (enrols()) {
            enrolled = enrol(w, rng);
        }
        onStart(w);
    }

    /** Called once when the window closes: enrolment ends. */
    final void stop(World w) {
        running = false;
        if (enrols()) {
            int[] e = w.population().enrolment;
            int clear = ~bit;
            for (int i = 0; i < e.length; i++) {
                e[i] &= clear;
            }
        }
    }

    /** Hook for one-off effects at the start (e.g. fewer isolated citizens). */
    protected void onStart(World w) {
    }

    /** Direct per-tick effects while running (education, legitimacy, community workers). */
    protected void act(World w, Blocks blocks) {
    }

    /** What this measure changes in the other processes while running. */
    protected void contribute(Levers levers, World w) {
    }

    /** Cost of this tick while running. */
    protected double costPerTick(World w) {
        return spec.unitCost() * enrolled / w.scenario().ticksPerYear();
    }

    /** Cost per tick of a region-wide measure: unit cost per target region-year. */
    protected final double regionCostPerTick(World w) {
        int regions = 0;
        for (boolean t : targetRegion) {
            regions += t ? 1 : 0;
        }
        return spec.unitCost() * regions / w.scenario().ticksPerYear();
    }

    private int enrol(World w, RandomStream rng) {
        Population p = w.population();
        Scenario s = w.scenario();
        float threshold = spec.target().equals("high_risk") ? highRiskThreshold(w) : Float.NEGATIVE_INFINITY;
        int count = 0;
        for (int i = 0; i < p.size; i++) {
            if (!targetRegion[p.region[i]] || !eligible(p, s, i, threshold)) {
                continue;
            }
            if (rng.nextDouble() < spec.coverage()) {
                p.enrolment[i] |= bit;
                count++;
            }
        }
        return count;
    }

    private boolean eligible(Population p, Scenario s, int i, float threshold) {
        return switch (spec.target()) {
            case "youth" -> p.is(i, Population.YOUTH);
            case "unemployed" -> !p.employed(i);
            case "high_risk" -> Susceptibility.of(s.susceptibility(), p, i) >= threshold;
            default -> true;
        };
    }

    /** The susceptibility above which the top {@code high_risk_share} of the target regions' citizens lie. */
    private float highRiskThreshold(World w) {
        Population p = w.population();
        Scenario s = w.scenario();
        int n = 0;
        float[] values = new float[p.size];
        for (int i = 0; i < p.size; i++) {
            if (targetRegion[p.region[i]]) {
                values[n++] = (float) Susceptibility.of(s.susceptibility(), p, i);
            }
        }
        if (n == 0) {
            return Float.POSITIVE_INFINITY;
        }
        float[] v = java.util.Arrays.copyOf(values, n);
        java.util.Arrays.sort(v);
        int k = (int) Math.max(0, Math.min(n - 1, Math.ceil(n * (1.0 - spec.highRiskShare()))));
        return v[k];
    }

    /**
     * Raises {@code field} of every enrolee by {@code per-year gain / ticksPerYear} up to {@code cap} (education,
     * legitimacy).
     */
    protected final void raiseEnrolees(float[] field, World w, Blocks blocks) {
        Population p = w.population();
        float step = (float) (spec.param("gain") / w.scenario().ticksPerYear());
        float cap = (float) spec.param("cap");
        boolean legitimacy = field == p.legitimacy;
        blocks.forEach((start, end, rng) -> {
            for (int i = start; i < end; i++) {
                if (enrolled(p, i) && field[i] < cap) {
                    field[i] = Math.min(cap, field[i] + step);
                    if (legitimacy) {
                        p.markGrievanceStale(i);
                    }
                }
            }
        });
    }

    /** Calls {@code action} with each target region's index. */
    protected final void forTargetRegions(java.util.function.IntConsumer action) {
        for (int r = 0; r < targetRegion.length; r++) {
            if (targetRegion[r]) {
                action.accept(r);
            }
        }
    }

    /** Whether citizen {@code i} is enrolled in this intervention. */
    protected final boolean enrolled(Population p, int i) {
        return (p.enrolment[i] & bit) != 0;
    }
}
