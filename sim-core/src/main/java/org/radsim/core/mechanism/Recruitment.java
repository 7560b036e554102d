package org.radsim.core.mechanism;

import org.radsim.core.network.SocialNetwork;
import org.radsim.core.population.Membership;
import org.radsim.core.population.Population;
import org.radsim.core.population.Recruiter;
import org.radsim.core.population.Stage;
import org.radsim.core.replication.RandomStream;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 7, recruitment. Each free recruiter makes {@code recruiters.contacts_per_tick} contacts. A share
 * {@code network_share} goes through the social ties of existing members — the "bunch of guys" path of Sageman
 * (2004): a random member, then a random neighbour of theirs; the rest go to citizens of the recruiter's current
 * region chosen by {@code targeting} (random; or the most aggrieved / most isolated of {@code targeting_sample}
 * candidates) — only where recruiters operate in person. An employed citizen is available with probability
 * {@code employed_availability} (jobs deflect exposure), jobs-programme enrolees additionally × the programme's
 * availability. A contacted RADICALIZED citizen joins with probability {@code join_probability} if Epstein's rule
 * {@code G − R·P_r > T} holds ({@link Activation}), {@code P_r = 1 − exp(−k · security_r)} with the security
 * expected under intelligence sharing; a contacted SYMPATHIZER has one relative-agreement interaction with the
 * recruiter as extremist speaker.
 */
public final class Recruitment implements Steppable {

    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final Population population;
    private final SocialNetwork network;
    private final Membership membership;
    private final Levers levers;
    private final Tally tally;
    private final RandomStream rng;

    public Recruitment(Scenario scenario, Population population, SocialNetwork network, Membership membership,
                       Levers levers, Tally tally, RandomStream rng) {
        this.scenario = scenario;
        this.population = population;
        this.network = network;
        this.membership = membership;
        this.levers = levers;
        this.tally = tally;
        this.rng = rng;
    }

    @Override
    public void step(SimState state) {
        Scenario.Recruiters rp = scenario.recruiters();
        for (int q = 0; q < membership.recruiters().size(); q++) {
            Recruiter rc = membership.recruiters().get(q);
            for (int c = 0; c < rp.contactsPerTick(); c++) {
                int k = contact(rc, rp);
                if (k >= 0) {
                    meet(k, rp);
                }
            }
        }
    }

    private int contact(Recruiter rc, Scenario.Recruiters rp) {
        if (rng.nextDouble() < rp.networkShare()) {
            int n = membership.memberCount();
            int m = n == 0 ? rc.citizen() : membership.member(rng.nextInt(n));
            return network.randomNeighbour(m, rng);
        }
        int r = rc.region();
        if (!scenario.regions().get(r).inPerson()) {
            return -1;
        }
        int start = population.regionStart[r];
        int size = population.regionStart[r + 1] - start;
        if (size == 0) {
            return -1;
        }
        int best = start + rng.nextInt(size);
        if (rp.targeting().equals("random")) {
            return best;
        }
        float[] score = rp.targeting().equals("grievance") ? population.grievance : population.isolation;
        for (int t = 1; t < rp.targetingSample(); t++) {
            int cand = start + rng.nextInt(size);
            if (score[cand] > score[best]) {
                best = cand;
            }
        }
        return best;
    }

    private void meet(int k, Scenario.Recruiters rp) {
        Population p = population;
        byte st = p.stage[k];
        if (st != Stage.RADICALIZED_CODE && st != Stage.SYMPATHIZER_CODE) {
            return;
        }
        double available = (p.employed(k) ? rp.employedAvailability() : 1.0) * levers.availability(p.enrolment[k]);
        if (available < 1.0 && rng.nextDouble() >= available) {
            return;
        }
        int r = p.region[k];
        if (st == Stage.RADICALIZED_CODE) {
            double security = scenario.regions().get(r).security()
                    * (1.0 + levers.detectionCoverage[r] * (levers.detectionMultiplier[r] - 1.0));
            double pr = Activation.arrestProbability(rp.arrestK(), security);
            if (Activation.acts(p.grievance[k], p.risk[k], pr, rp.threshold()) && rng.nextDouble() < rp.joinProbability()) {
                p.stage[k] = Stage.MEMBER_CODE;
                membership.addMember(k);
                tally.recruit(r);
            }
        } else {
            double ue = scenario.opinion().extremistUncertainty();
            float[] x = p.opinion();
            float[] u = p.uncertainty();
            double w = RelativeAgreement.weight(scenario.opinion().mu(), 1.0, ue, x[k], u[k]);
            if (w > 0) {
                x[k] = (float) (x[k] + w * (1.0 - x[k]));
                u[k] = (float) (u[k] + w * (ue - u[k]));
            }
        }
    }
}
