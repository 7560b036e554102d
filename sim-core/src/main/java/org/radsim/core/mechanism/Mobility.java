package org.radsim.core.mechanism;

import java.util.ArrayList;
import java.util.List;

import org.radsim.core.population.Membership;
import org.radsim.core.population.Recruiter;
import org.radsim.core.replication.RandomStream;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.TickRate;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 10, cross-border mobility: each recruiter picks a random neighbouring region where recruiters operate in
 * person ({@code regions[].neighbours}, {@code in_person}) and moves there with per-tick probability of rate
 * {@code recruiters.mobility_rate} × (1 − the intelligence-sharing mobility reduction of either region).
 */
public final class Mobility implements Steppable {

    private static final long serialVersionUID = 1L;

    private final double rate;
    private final TickRate rates;
    private final Membership membership;
    private final Levers levers;
    private final RandomStream rng;
    private final int[][] destinations;

    /**
     * With the scenario's regions (where recruiters may move: in-person neighbours), the yearly
     * {@code recruiters.mobility_rate} and the clock.
     */
    public Mobility(List<Scenario.Region> regions, double mobilityRate, TickRate rates, Membership membership,
                    Levers levers, RandomStream rng) {
        this.rate = mobilityRate;
        this.rates = rates;
        this.membership = membership;
        this.levers = levers;
        this.rng = rng;
        destinations = new int[regions.size()][];
        for (int r = 0; r < destinations.length; r++) {
            List<Integer> d = new ArrayList<>();
            for (String nb : regions.get(r).neighbours()) {
                int idx = indexOf(regions, nb);
                if (regions.get(idx).inPerson()) {
                    d.add(idx);
                }
            }
            destinations[r] = d.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static int indexOf(List<Scenario.Region> regions, String name) {
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void step(SimState state) {
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
            if (rng.nextDouble() < rates.perTick(rate * (1.0 - reduction))) {
                rc.moveTo(to);
            }
        }
    }
}
