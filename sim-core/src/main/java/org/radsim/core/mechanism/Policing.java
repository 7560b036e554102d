package org.radsim.core.mechanism;

import org.radsim.core.network.SocialNetwork;
import org.radsim.core.population.Membership;
import org.radsim.core.population.Population;
import org.radsim.core.population.Stage;
import org.radsim.core.replication.RandomStream;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 9, policing. First, detainees whose term has ended are released: each disengages with probability
 * {@code policing.release_exit_probability} (× the exit programme's multiplier when reached, capped at 1), else
 * returns to MEMBER. Then each free member and recruiter is detected with the per-tick probability of the region's
 * detection rate {@code regions[].security} (× the intelligence-sharing multiplier for a share coverage of draws)
 * and detained for {@code policing.jail_ticks}; a detained recruiter loses that role. Heavy-handed policing
 * backfires: each detention lowers the perceived legitimacy of the detainee's network neighbours by
 * {@code policing.backfire}; where community policing handles the detention, each neighbour's legitimacy instead
 * rises by {@code policing.community_policing_gain} with probability equal to the programme's share.
 */
public final class Policing implements Steppable {

    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final Population population;
    private final SocialNetwork network;
    private final Membership membership;
    private final Levers levers;
    private final Tally tally;
    private final RandomStream rng;
    private final double[] detect;
    private final double[] detectBoosted;

    public Policing(Scenario scenario, Population population, SocialNetwork network, Membership membership,
                    Levers levers, Tally tally, RandomStream rng) {
        this.scenario = scenario;
        this.population = population;
        this.network = network;
        this.membership = membership;
        this.levers = levers;
        this.tally = tally;
        this.rng = rng;
        detect = new double[scenario.regions().size()];
        detectBoosted = new double[detect.length];
        for (int r = 0; r < detect.length; r++) {
            detect[r] = scenario.perTick(scenario.regions().get(r).security());
        }
    }

    @Override
    public void step(SimState state) {
        long tick = state.schedule.getSteps() + 1;
        release(tick);
        for (int r = 0; r < detect.length; r++) {
            detectBoosted[r] = scenario.perTick(scenario.regions().get(r).security() * levers.detectionMultiplier[r]);
        }
        for (int k = membership.memberCount() - 1; k >= 0; k--) {
            int c = membership.member(k);
            int r = population.region[c];
            double prob = levers.detectionCoverage[r] > 0 && rng.nextDouble() < levers.detectionCoverage[r]
                    ? detectBoosted[r] : detect[r];
            if (rng.nextDouble() < prob) {
                detain(c, r, tick);
            }
        }
    }

    private void release(long tick) {
        double base = scenario.policing().releaseExitProbability();
        for (int k = 0; k < membership.detaineeCount(); ) {
            if (membership.releaseTick(k) > tick) {
                k++;
                continue;
            }
            int c = membership.detainee(k);
            int r = population.region[c];
            membership.removeDetaineeAt(k);
            double pExit = base;
            if (levers.exitCoverage[r] > 0 && rng.nextDouble() < levers.exitCoverage[r]) {
                pExit = Math.min(1.0, base * levers.exitMultiplier[r]);
            }
            if (rng.nextDouble() < pExit) {
                population.stage[c] = Stage.DISENGAGED_CODE;
                membership.addDisengaged(c);
            } else {
                population.stage[c] = Stage.MEMBER_CODE;
                membership.addMember(c);
            }
            tally.releases[r]++;
        }
    }

    private void detain(int c, int r, long tick) {
        membership.removeMember(c);
        if (population.is(c, Population.RECRUITER)) {
            population.set(c, Population.RECRUITER, false);
            membership.removeRecruiter(c);
        }
        population.stage[c] = Stage.DETAINED_CODE;
        membership.addDetainee(c, tick + scenario.policing().jailTicks());
        tally.detentions[r]++;
        backfire(c, r);
    }

    private void backfire(int c, int r) {
        if (network.isWellMixed()) {
            return;
        }
        Scenario.Policing pp = scenario.policing();
        boolean community = levers.communityPolicingCoverage[r] > 0 && rng.nextDouble() < levers.communityPolicingCoverage[r];
        float[] legit = population.legitimacy;
        for (int k = 0; k < network.degree(c); k++) {
            int n = network.neighbour(c, k);
            if (community && rng.nextDouble() < levers.communityPolicingShare[r]) {
                legit[n] = (float) Math.min(1.0, legit[n] + pp.communityPolicingGain());
            } else {
                legit[n] = (float) Math.max(0.0, legit[n] - pp.backfire());
            }
            population.markGrievanceStale(n);
        }
    }
}
