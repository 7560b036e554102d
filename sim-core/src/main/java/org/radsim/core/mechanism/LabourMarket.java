package org.radsim.core.mechanism;

import org.radsim.core.intervention.Levers;
import org.radsim.core.model.Blocks;
import org.radsim.core.population.Population;
import org.radsim.core.population.Stage;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 2, the labour market. An unemployed citizen finds work with the region's per-tick job-finding
 * probability (rate {@code regions[].job_finding_rate}, × the jobs programme's multiplier for its enrolees); an
 * employed one loses work at the rate {@code λ = u·f / (1 − u)} that keeps the region's unemployment at its initial
 * level {@code u} absent interventions (flow balance {@code (1−u)λ = u f}). Detained citizens are out of the
 * labour market. Hardship follows from the employment flag ({@link Population#hardship}).
 */
public final class LabourMarket implements Steppable {

    private static final long serialVersionUID = 1L;
    private static final int EMPLOYED_SHIFT = Integer.numberOfTrailingZeros(Population.EMPLOYED);

    private final Population population;
    private final Levers levers;
    private final Blocks blocks;
    private final Scenario scenario;
    private final double[] findRate;
    /** Per-tick switching probability by {@code 2·region + employed}: find work, or lose it. */
    private final double[] change;

    public LabourMarket(Scenario scenario, Population population, Levers levers, Blocks blocks) {
        this.scenario = scenario;
        this.population = population;
        this.levers = levers;
        this.blocks = blocks;
        int k = scenario.regions().size();
        findRate = new double[k];
        change = new double[2 * k];
        for (int r = 0; r < k; r++) {
            Scenario.Region reg = scenario.regions().get(r);
            findRate[r] = reg.jobFindingRate();
            change[2 * r] = scenario.perTick(reg.jobFindingRate());
            change[2 * r + 1] = scenario.perTick(reg.unemployment() * reg.jobFindingRate() / (1.0 - reg.unemployment()));
        }
    }

    @Override
    public void step(SimState state) {
        Population p = population;
        boolean anyJobs = levers.jobsMask != 0;
        byte[] flags = p.flags;
        byte[] stage = p.stage;
        short[] region = p.region;
        double[] chance = change;
        blocks.forEach((start, end, rng) -> {
            for (int i = start; i < end; i++) {
                if (stage[i] == Stage.DETAINED_CODE) {
                    continue;
                }
                // one draw per free citizen whichever way it may switch: the probability comes from a table
                // rather than a branch on the employment flag, which is as unpredictable as employment itself
                byte f = flags[i];
                int employed = (f & Population.EMPLOYED) >>> EMPLOYED_SHIFT;
                double prob = chance[(region[i] << 1) | employed];
                if (employed == 0 && anyJobs && (p.enrolment[i] & levers.jobsMask) != 0) {
                    prob = scenario.perTick(findRate[region[i]] * levers.jobFinding(p.enrolment[i]));
                }
                if (rng.nextDouble() < prob) {
                    flags[i] = (byte) (f ^ Population.EMPLOYED);
                }
            }
        });
    }
}
