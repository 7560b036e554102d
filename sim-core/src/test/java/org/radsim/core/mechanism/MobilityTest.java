package org.radsim.core.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.radsim.core.model.Phase;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.model.Scenarios;
import org.radsim.core.population.Recruiter;
import org.radsim.core.scenario.Scenario;

class MobilityTest {

    private static final String WORLD = """
            ticks: 1
            population: {size: 3000}
            opinion: {initial_mean: 0.8, mu: 0}
            regions:
              - {name: a, share: 0.34, security: 0, neighbours: [b]}
              - {name: b, share: 0.33, security: 0, neighbours: [a]}
              - {name: c, share: 0.33, security: 0, in_person: false}
            recruiters: {initial: 30, mobility_rate: 52, contacts_per_tick: 0, promotion_rate: 0}
            exit: {rate: 0}
            """;

    private static Set<Integer> regionsVisited(Scenario s) {
        RadicalizationModel m = new RadicalizationModel(s, 3, 1);
        m.start();
        Set<Integer> seen = new HashSet<>();
        for (int t = 0; t < 200; t++) {
            m.schedule.step(m);
            for (Recruiter r : m.membership().recruiters()) {
                if (r.homeRegion() != 2) {
                    seen.add(r.region());
                }
            }
        }
        return seen;
    }

    @Test
    void recruitersMoveBetweenNeighboursAndStayOutOfOnlineOnlyRegions() {
        Set<Integer> seen = regionsVisited(Scenarios.of(WORLD));
        assertTrue(seen.contains(0) && seen.contains(1), "moves between a and b: " + seen);
        assertTrue(!seen.contains(2), "recruiters from a and b never enter the online-only region c");
    }

    @Test
    void fullCooperationStopsCrossBorderMoves() {
        Scenario s = Scenarios.of(WORLD, "interventions=[{type: intelligence_sharing, regions: [a], mobility_reduction: 1.0}]");
        RadicalizationModel m = new RadicalizationModel(s, 3, 1);
        m.start();
        int[] home = m.membership().recruiters().stream().mapToInt(Recruiter::region).toArray();
        for (int t = 0; t < 100; t++) {
            m.schedule.step(m);
        }
        int[] now = m.membership().recruiters().stream().mapToInt(Recruiter::region).toArray();
        assertEquals(home.length, now.length);
        for (int k = 0; k < home.length; k++) {
            assertEquals(home[k], now[k]);
        }
        assertNotEquals(Phase.MOBILITY.ordering(), Phase.POLICING.ordering());
    }
}
