package org.radsim.core.mechanism;

import org.radsim.core.population.Membership;
import org.radsim.core.population.Population;
import org.radsim.core.population.Stage;
import org.radsim.core.replication.RandomStream;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 11, exit: each free member disengages with the per-tick probability of rate {@code exit.rate}
 * (× the exit programme's multiplier when reached); a disengaging recruiter stops recruiting. Disengaged citizens'
 * opinions then relax toward their region's initial mean opinion at rate {@code exit.relaxation}:
 * {@code x += (1 − exp(−relaxation/ticksPerYear)) (x̄_r − x)}.
 */
public final class Exit implements Steppable {

    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final Population population;
    private final Membership membership;
    private final Levers levers;
    private final RandomStream rng;
    private final double[] regionMean;

    public Exit(Scenario scenario, Population population, Membership membership, Levers levers,
                RandomStream rng, double[] initialRegionMeanOpinion) {
        this.scenario = scenario;
        this.population = population;
        this.membership = membership;
        this.levers = levers;
        this.rng = rng;
        this.regionMean = initialRegionMeanOpinion.clone();
    }

    @Override
    public void step(SimState state) {
        double rate = scenario.exit().rate();
        double base = scenario.perTick(rate);
        for (int k = membership.memberCount() - 1; k >= 0; k--) {
            int c = membership.member(k);
            int r = population.region[c];
            double prob = base;
            if (levers.exitCoverage[r] > 0 && rng.nextDouble() < levers.exitCoverage[r]) {
                prob = scenario.perTick(rate * levers.exitMultiplier[r]);
            }
            if (rng.nextDouble() < prob) {
                membership.removeMember(c);
                if (population.is(c, Population.RECRUITER)) {
                    population.set(c, Population.RECRUITER, false);
                    membership.removeRecruiter(c);
                }
                population.stage[c] = Stage.DISENGAGED_CODE;
                membership.addDisengaged(c);
            }
        }
        double a = scenario.perTick(scenario.exit().relaxation());
        if (a == 0) {
            return;
        }
        float[] x = population.opinion();
        short[] region = population.region;
        for (int k = 0; k < membership.disengagedCount(); k++) {
            int i = membership.disengaged(k);
            x[i] = (float) (x[i] + a * (regionMean[region[i]] - x[i]));
        }
    }
}
