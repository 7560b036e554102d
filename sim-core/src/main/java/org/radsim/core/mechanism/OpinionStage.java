package org.radsim.core.mechanism;

import org.radsim.core.population.InitialPopulation;
import org.radsim.core.population.Population;
import org.radsim.core.population.Stage;
import org.radsim.core.replication.Blocks;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 6, the opinion pyramid: NEUTRAL if {@code x < θ_sym}, SYMPATHIZER if {@code θ_sym ≤ x < θ_rad},
 * RADICALIZED if {@code x ≥ θ_rad} (keys {@code opinion.sympathizer_at}, {@code opinion.radicalized_at}).
 * Members, detainees and the disengaged keep their action stage.
 */
public final class OpinionStage implements Steppable, BlockProcess {

    private static final long serialVersionUID = 1L;

    private final Scenario.Opinion params;
    private final Population population;
    private final Blocks blocks;

    /** With the scenario's {@code opinion:} section (the stage thresholds). */
    public OpinionStage(Scenario.Opinion opinion, Population population, Blocks blocks) {
        this.params = opinion;
        this.population = population;
        this.blocks = blocks;
    }

    @Override
    public void step(SimState state) {
        BlockProcess.run(blocks, this);
    }

    @Override
    public Blocks.Task prepare() {
        Population p = population;
        float[] x = p.opinion();
        return (start, end, rng) -> {
            for (int i = start; i < end; i++) {
                if (Stage.inOpinionPyramid(p.stage[i])) {
                    p.stage[i] = InitialPopulation.opinionStage(x[i], params);
                }
            }
        };
    }
}
