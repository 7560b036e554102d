package org.radsim.core.mechanism;

import org.radsim.core.population.Membership;
import org.radsim.core.population.Population;
import org.radsim.core.population.Recruiter;
import org.radsim.core.replication.RandomStream;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 8, promotion: each free member who is not yet a recruiter becomes one with per-tick probability
 * {@code 1 − exp(−recruiters.promotion_rate / ticksPerYear)}, operating from its own region.
 */
public final class Promotion implements Steppable {

    private static final long serialVersionUID = 1L;

    private final Population population;
    private final Membership membership;
    private final RandomStream rng;
    private final double probability;

    public Promotion(Scenario scenario, Population population, Membership membership, RandomStream rng) {
        this.population = population;
        this.membership = membership;
        this.rng = rng;
        this.probability = scenario.perTick(scenario.recruiters().promotionRate());
    }

    @Override
    public void step(SimState state) {
        if (probability == 0) {
            return;
        }
        for (int k = 0; k < membership.memberCount(); k++) {
            int c = membership.member(k);
            if (!population.is(c, Population.RECRUITER) && rng.nextDouble() < probability) {
                population.set(c, Population.RECRUITER, true);
                membership.recruiters().add(new Recruiter(c, population.region[c]));
            }
        }
    }
}
