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

    private final Population population;
    private final Levers levers;
    private final Blocks blocks;
    private final Scenario scenario;
    private final double[] findRate;
    private final double[] find;
    private final double[] lose;

    public LabourMarket(Scenario scenario, Population population, Levers levers, Blocks blocks) {
        this.scenario = scenario;
        this.population = population;
        this.levers = levers;
        this.blocks = blocks;
        int k = scenario.regions().size();
        findRate = new double[k];
        find = new double[k];
        lose = new double[k];
        for (int r = 0; r < k; r++) {
            Scenario.Region reg = scenario.regions().get(r);
            findRate[r] = reg.jobFindingRate();
            find[r] = scenario.perTick(reg.jobFindingRate());
            lose[r] = scenario.perTick(reg.unemployment() * reg.jobFindingRate() / (1.0 - reg.unemployment()));
        }
    }

    @Override
    public void step(SimState state) {
        Population p = population;
        boolean anyJobs = levers.jobsMask != 0;
        blocks.forEach((start, end, rng) -> {
            for (int i = start; i < end; i++) {
                if (p.stage[i] == Stage.DETAINED_CODE) {
                    continue;
                }
                int r = p.region[i];
                if (p.employed(i)) {
                    if (rng.nextDouble() < lose[r]) {
                        p.set(i, Population.EMPLOYED, false);
                    }
                } else {
                    double prob = find[r];
                    if (anyJobs && (p.enrolment[i] & levers.jobsMask) != 0) {
                        prob = scenario.perTick(findRate[r] * levers.jobFinding(p.enrolment[i]));
                    }
                    if (rng.nextDouble() < prob) {
                        p.set(i, Population.EMPLOYED, true);
                    }
                }
            }
        });
    }
}
