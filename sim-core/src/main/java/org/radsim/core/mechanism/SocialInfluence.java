package org.radsim.core.mechanism;

import org.radsim.core.network.SocialNetwork;
import org.radsim.core.population.Population;
import org.radsim.core.population.Stage;
import org.radsim.core.replication.Blocks;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 4, social influence by relative agreement (Deffuant et al. 2002, {@link RelativeAgreement}). Each citizen
 * who is neither detained nor a member listens to one random network neighbour. Deviation from the paper: the
 * update is one-sided and synchronous — every listener hears what its neighbour said at the start of the step
 * ({@link Population#speakers()}, written in a first pass) and updates only itself — so it parallelises without
 * write conflicts and stays deterministic. Members speak as
 * extremists ({@code x = +1}, {@code u = opinion.extremist_uncertainty}); detained citizens do not interact.
 * Key: {@code opinion.mu}.
 */
public final class SocialInfluence implements Steppable {

    private static final long serialVersionUID = 1L;

    private final Population population;
    private final SocialNetwork network;
    private final Blocks blocks;
    private final double mu;
    private final double extremistU;

    public SocialInfluence(Scenario scenario, Population population, SocialNetwork network, Blocks blocks) {
        this.population = population;
        this.network = network;
        this.blocks = blocks;
        this.mu = scenario.opinion().mu();
        this.extremistU = scenario.opinion().extremistUncertainty();
    }

    @Override
    public void step(SimState state) {
        Population p = population;
        float[] x = p.opinion();
        float[] u = p.uncertainty();
        float[] said = p.speakers();
        byte[] stage = p.stage;
        blocks.forEach((start, end, rng) -> {
            for (int i = start; i < end; i++) {
                byte s = stage[i];
                said[2 * i] = x[i];
                said[2 * i + 1] = s == Stage.DETAINED_CODE ? Population.SILENT
                        : s == Stage.MEMBER_CODE ? Population.SPEAKS_AS_MEMBER : u[i];
            }
        });
        blocks.forEach((start, end, rng) -> {
            for (int i = start; i < end; i++) {
                byte s = stage[i];
                if (s == Stage.DETAINED_CODE || s == Stage.MEMBER_CODE) {
                    continue;
                }
                int j = network.randomNeighbour(i, rng);
                if (j < 0) {
                    continue;
                }
                double us = said[2 * j + 1];
                if (us == Population.SILENT) {
                    continue;
                }
                double xs;
                if (us == Population.SPEAKS_AS_MEMBER) {
                    xs = 1.0;
                    us = extremistU;
                } else {
                    xs = said[2 * j];
                }
                float xi = x[i];
                float ui = u[i];
                double w = RelativeAgreement.weight(mu, xs, us, xi, ui);
                if (w > 0) {
                    x[i] = (float) (xi + w * (xs - xi));
                    u[i] = (float) (ui + w * (us - ui));
                }
            }
        });
    }
}
