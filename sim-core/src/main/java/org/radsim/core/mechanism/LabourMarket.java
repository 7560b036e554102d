package org.radsim.core.mechanism;

import java.util.List;

import org.radsim.core.population.Population;
import org.radsim.core.population.Stage;
import org.radsim.core.replication.Blocks;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.TickRate;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 2, the labour market. An unemployed citizen finds work with the region's per-tick job-finding
 * probability (rate {@code regions[].job_finding_rate}, × the jobs programme's multiplier for its enrolees); an
 * employed one loses work at the rate {@code λ = u·f / (1 − u)} that keeps the region's unemployment at its initial
 * level {@code u} absent interventions (flow balance {@code (1−u)λ = u f}). Detained citizens are out of the
 * labour market. Hardship follows from the employment flag ({@link Population#hardship}); the labour market
 * recomputes the grievance of each citizen whose employment it switches ({@link Grievance#of}) while the citizen is
 * at hand, so the grievance step only has the few citizens other processes marked.
 */
public final class LabourMarket implements Steppable, BlockProcess {

    private static final long serialVersionUID = 1L;
    private static final int EMPLOYED_SHIFT = Integer.numberOfTrailingZeros(Population.EMPLOYED);

    private final Population population;
    private final Levers levers;
    private final Blocks blocks;
    private final TickRate rates;
    private final double[] findRate;
    /** Per-tick switching probability by {@code 2·region + employed}: find work, or lose it. */
    private final double[] change;
    private final double unemployedHardship;

    /**
     * With the scenario's regions (job-finding rate and unemployment), clock and {@code
     * population.unemployed_hardship} (for the grievance of those whose employment switches).
     */
    public LabourMarket(List<Scenario.Region> regions, TickRate rates, double unemployedHardship,
                        Population population, Levers levers, Blocks blocks) {
        this.rates = rates;
        this.unemployedHardship = unemployedHardship;
        this.population = population;
        this.levers = levers;
        this.blocks = blocks;
        int k = regions.size();
        findRate = new double[k];
        change = new double[2 * k];
        for (int r = 0; r < k; r++) {
            Scenario.Region reg = regions.get(r);
            findRate[r] = reg.jobFindingRate();
            change[2 * r] = rates.perTick(reg.jobFindingRate());
            change[2 * r + 1] = rates.perTick(reg.unemployment() * reg.jobFindingRate() / (1.0 - reg.unemployment()));
        }
    }

    @Override
    public void step(SimState state) {
        BlockProcess.run(blocks, this);
    }

    @Override
    public Blocks.Task prepare() {
        Population p = population;
        int jobsMask = levers.jobsMask;
        double maxMultiplier = 1.0;
        for (int m = jobsMask; m != 0; m &= m - 1) {
            maxMultiplier = Math.max(maxMultiplier, levers.jobsFindingMultiplier[Integer.numberOfTrailingZeros(m)]);
        }
        double pMax = 0;
        for (int r = 0; r < findRate.length; r++) {
            pMax = Math.max(pMax, Math.max(change[2 * r + 1], rates.perTick(findRate[r] * maxMultiplier)));
        }
        Thinning events = new Thinning(pMax);
        if (events.never()) {
            return null;
        }
        byte[] flags = p.flags;
        byte[] stage = p.stage;
        short[] region = p.region;
        int[] enrolment = p.enrolment;
        double[] chance = change;
        double hardshipUnemployed = unemployedHardship;
        return (start, end, rng) -> {
            for (int i = events.first(rng, start, end); i < end; i = events.next(rng, i, end)) {
                if (stage[i] == Stage.DETAINED_CODE) {
                    continue;
                }
                byte f = flags[i];
                int employed = (f & Population.EMPLOYED) >>> EMPLOYED_SHIFT;
                double prob = chance[(region[i] << 1) | employed];
                if (employed == 0 && (enrolment[i] & jobsMask) != 0) {
                    prob = rates.perTick(findRate[region[i]] * levers.jobFinding(enrolment[i]));
                }
                if (events.accept(rng, prob)) {
                    // grievance now, while the citizen is in cache; a mark from another process is settled too
                    flags[i] = (byte) ((f ^ Population.EMPLOYED) & ~Population.GRIEVANCE_STALE);
                    Grievance.of(p, i, hardshipUnemployed);
                }
            }
        };
    }
}
