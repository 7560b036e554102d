package org.radsim.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radsim.core.population.Population;
import org.radsim.core.scenario.Scenario;

/**
 * Running processes 2 to 6 block by block ({@link CitizenPass}) changes nothing: every row and every citizen array
 * equals the run in which each process loops over all blocks on its own, with every intervention that writes what
 * those processes read (jobs, counter-narratives with backfire, community development, education, governance).
 */
class CitizenPassTest {

    private static final String INTERVENTIONS = "interventions=["
            + "{type: jobs, start: 5, coverage: 0.5, finding_multiplier: 4.0, unit_cost: 100},"
            + "{type: counter_narrative, start: 3, coverage: 0.7, reach: 20, position: -0.2, backfire: 0.3},"
            + "{type: counter_narrative, start: 8, coverage: 0.4, reach: 10, position: 0.1},"
            + "{type: community, start: 4, coverage: 0.5, contacts: 12},"
            + "{type: education, start: 2, coverage: 0.5, gain: 0.1},"
            + "{type: governance, start: 6, coverage: 0.7, gain: 0.04},"
            + "{type: exit_programme, start: 6, coverage: 0.6},"
            + "{type: community_policing, start: 6, coverage: 1.0}]";

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 3})
    void passesGiveTheRunOfTheProcessesOneAfterTheOther(int threads) {
        Scenario s = Scenarios.of(Scenarios.SMALL, "population.size=20000", "ticks=40", "warm_up=5",
                "propaganda.reach=30", "opinion.uncertainty=1.3", INTERVENTIONS);
        RadicalizationModel passes = new RadicalizationModel(s, 11, threads, true);
        RadicalizationModel alone = new RadicalizationModel(s, 11, threads, false);
        List<double[]> a = Scenarios.rows(passes);
        List<double[]> b = Scenarios.rows(alone);
        assertEquals(b.size(), a.size());
        for (int t = 0; t < a.size(); t++) {
            assertArrayEquals(b.get(t), a.get(t), "tick " + t);
        }
        Population p = passes.population();
        Population q = alone.population();
        assertArrayEquals(q.opinion(), p.opinion());
        assertArrayEquals(q.uncertainty(), p.uncertainty());
        assertArrayEquals(q.stage, p.stage);
        assertArrayEquals(q.flags, p.flags);
        assertArrayEquals(q.grievance, p.grievance);
        assertArrayEquals(q.legitimacy, p.legitimacy);
        // the run did something: some citizens changed employment, opinion stage and membership
        double[] last = a.get(a.size() - 1);
        assertTrue(last[Scenarios.column(passes.layout(), "cumulative_recruits")] > 0, "someone was recruited");
        assertTrue(last[Scenarios.column(passes.layout(), "cumulative_cost")] > 0, "the interventions ran");
    }
}
