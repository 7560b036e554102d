package org.radsim.core.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radsim.core.model.Observer;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.population.Population;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * Deterministic parallel stepping: a single large run gives bit-for-bit the same metric rows and the same
 * population arrays on 1 and on 4 threads, because each fixed block of citizens owns its random stream.
 */
class BlocksTest {

    /**
     * 50 000 citizens over seven blocks, every intervention type running from tick 1 (so their block loops run
     * too), policing heavy enough that detentions, releases and backfire happen within the few ticks.
     */
    private static final String SCENARIO = """
            name: threads
            seed: 7
            ticks: 6
            population: {size: 50000}
            regions:
              - {name: east, share: 0.4, language: pashto, unemployment: 0.35, security: 3.0, neighbours: [west]}
              - {name: west, share: 0.4, language: dari, unemployment: 0.15, security: 2.0, neighbours: [east]}
              - {name: abroad, share: 0.2, language: russian, in_person: false, security: 1.0}
            network: {type: watts_strogatz, degree: 8, rewiring: 0.1, cross_region: 0.02}
            propaganda: {reach: 30.0, languages: [pashto, russian]}
            recruiters: {initial: 200, contacts_per_tick: 20, promotion_rate: 5.0, mobility_rate: 10.0}
            policing: {jail_ticks: 2}
            interventions:
              - {type: education, start: 1, coverage: 0.5}
              - {type: jobs, start: 1, target: unemployed, coverage: 0.5}
              - {type: counter_narrative, start: 1, coverage: 0.5, reach: 50.0}
              - {type: community, start: 1, coverage: 0.3}
              - {type: intelligence_sharing, start: 1, regions: [east]}
              - {type: governance, start: 1}
              - {type: exit_programme, start: 1, coverage: 0.5}
              - {type: community_policing, start: 1, regions: [west]}
            """;

    @Test
    void oneAndFourThreadsGiveIdenticalRowsAndArrays() throws Exception {
        Scenario s = ScenarioLoader.fromText(SCENARIO, "threads.yaml", List.of());
        Run one = run(s, 1);
        Run four = run(s, 4);
        assertEquals(s.ticks() + 1, one.rows.size(), "a row for tick 0 and for every tick");
        for (int t = 0; t < one.rows.size(); t++) {
            assertArrayEquals(one.rows.get(t), four.rows.get(t), "metric row of tick " + t);
        }
        Population a = one.population;
        Population b = four.population;
        assertArrayEquals(a.opinion(), b.opinion(), "opinions");
        assertArrayEquals(a.uncertainty(), b.uncertainty(), "uncertainties");
        assertArrayEquals(a.stage, b.stage, "stages");
        assertArrayEquals(a.flags, b.flags, "flags");
        assertArrayEquals(a.legitimacy, b.legitimacy, "legitimacy");
        assertArrayEquals(a.grievance, b.grievance, "grievance");
        assertArrayEquals(a.education, b.education, "education");
        assertArrayEquals(a.isolation, b.isolation, "isolation");
        assertArrayEquals(a.enrolment, b.enrolment, "enrolment");
        int detentions = 1 + Observer.METRICS.indexOf("detentions");
        assertTrue(sumColumn(one.rows, detentions) > 0, "the run exercises policing (detentions happen)");
    }

    /**
     * Construction in parallel blocks: the population and the network (Watts–Strogatz with rewiring and
     * cross-region ties, over three regions and seven blocks) are the same on 1 and on 3 threads.
     */
    @Test
    void constructionIsTheSameOnAnyThreadCount() throws Exception {
        Scenario s = ScenarioLoader.fromText(SCENARIO, "threads.yaml", List.of());
        RadicalizationModel one = new RadicalizationModel(s, 11L, 1);
        RadicalizationModel three = new RadicalizationModel(s, 11L, 3);
        one.start();
        three.start();
        Population a = one.population();
        Population b = three.population();
        assertArrayEquals(a.opinion(), b.opinion(), "opinions");
        assertArrayEquals(a.flags, b.flags, "flags");
        assertArrayEquals(a.age, b.age, "ages");
        assertArrayEquals(a.baseHardship, b.baseHardship, "hardship");
        assertArrayEquals(a.risk, b.risk, "risk aversion");
        assertArrayEquals(a.isolation, b.isolation, "isolation");
        assertArrayEquals(a.legitimacy, b.legitimacy, "legitimacy");
        assertArrayEquals(one.network().offsets(), three.network().offsets(), "CSR offsets");
        assertArrayEquals(one.network().neighbourArray(), three.network().neighbourArray(), "CSR neighbours");
        assertEquals(4L * s.population().size(), one.network().edges(), "degree/2 ties per citizen");
        one.finish();
        three.finish();
    }

    /** Sum over ticks of one column of the flattened rows. */
    private static double sumColumn(List<double[]> rows, int column) {
        double sum = 0;
        for (double[] r : rows) {
            sum += r[column];
        }
        return sum;
    }

    private record Run(List<double[]> rows, Population population) {
    }

    /** Runs the model and flattens each tick's global row followed by the regional rows. */
    private static Run run(Scenario s, int threads) throws Exception {
        RadicalizationModel model = new RadicalizationModel(s, 11L, threads);
        List<double[]> rows = new ArrayList<>();
        model.run((tick, global, regional) -> {
            int width = global.length;
            double[] row = new double[1 + width * (1 + regional.length)];
            row[0] = tick;
            System.arraycopy(global, 0, row, 1, width);
            for (int r = 0; r < regional.length; r++) {
                System.arraycopy(regional[r], 0, row, 1 + width * (1 + r), width);
            }
            rows.add(row);
        });
        return new Run(rows, model.population());
    }
}
