package org.radsim.core.mechanism;

import java.util.ArrayList;
import java.util.List;

import org.radsim.core.population.Membership;
import org.radsim.core.population.Recruiter;
import org.radsim.core.replication.RandomStream;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 10, cross-border mobility: each recruiter picks a random neighbouring region where recruiters operate in
 * person ({@code regions[].neighbours}, {@code in_person}) and moves there with per-tick probability of rate
 * {@code recruiters.mobility_rate} × (1 − the intelligence-sharing mobility reduction of either region).
 */
public final class Mobility implements Steppable {

    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final Membership membership;
    private final Levers levers;
    private final RandomStream rng;
    private final int[][] destinations;

    public Mobility(Scenario scenario, Membership membership, Levers levers, RandomStream rng) {
        this.scenario = scenario;
        this.membership = membership;
        this.levers = levers;
        this.rng = rng;
        destinations = new int[scenario.regions().size()][];
        for (int r = 0; r < destinations.length; r++) {
            List<Integer> d = new ArrayList<>();
            for (String nb : scenario.regions().get(r).neighbours()) {
                int idx = scenario.regionIndex(nb);
                if (scenario.regions().get(idx).inPerson()) {
                    d.add(idx);
                }
            }
            destinations[r] = d.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    @Override
    public void step(SimState state) {
        double rate = scenario.recruiters().mobilityRate();
        if (rate == 0) {
            return;
        }
        for (Recruiter rc : membership.recruiters()) {
            int[] d = destinations[rc.region()];
            if (d.length == 0) {
                continue;
            }
            int to = d[rng.nextInt(d.length)];
            double reduction = Math.max(levers.mobilityReduction[rc.region()], levers.mobilityReduction[to]);
            if (rng.nextDouble() < scenario.perTick(rate * (1.0 - reduction))) {
                rc.moveTo(to);
            }
        }
    }
}
