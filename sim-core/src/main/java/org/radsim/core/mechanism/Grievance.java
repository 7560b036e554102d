package org.radsim.core.mechanism;

import org.radsim.core.model.Blocks;
import org.radsim.core.population.Population;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 3, grievance (Epstein 2002): {@code G_i = H_i · (1 − L_i)} with hardship
 * {@code H_i = clamp(h_i + ΔH·[unemployed])} ({@code population.unemployed_hardship}) and perceived legitimacy
 * {@code L_i}. Computed by {@link Activation#grievance}, and recomputed only for the citizens whose employment or
 * legitimacy changed since (the writers mark them, {@link Population#markGrievanceStale}): hardship h and the
 * hardship of unemployment are constant, so no one else's {@code G} can have changed.
 */
public final class Grievance implements Steppable {

    private static final long serialVersionUID = 1L;

    private final Population population;
    private final Blocks blocks;
    private final double unemployedHardship;

    public Grievance(Scenario scenario, Population population, Blocks blocks) {
        this.population = population;
        this.blocks = blocks;
        this.unemployedHardship = scenario.population().unemployedHardship();
    }

    @Override
    public void step(SimState state) {
        Population p = population;
        blocks.forEach((start, end, rng) -> {
            byte[] flags = p.flags;
            for (int i = start; i < end; i++) {
                if ((flags[i] & Population.GRIEVANCE_STALE) != 0) {
                    flags[i] &= ~Population.GRIEVANCE_STALE;
                    p.grievance[i] = (float) Activation.grievance(p.hardship(i, unemployedHardship), p.legitimacy[i]);
                }
            }
        });
    }
}
