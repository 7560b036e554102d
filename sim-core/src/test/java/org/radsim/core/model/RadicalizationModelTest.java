package org.radsim.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radsim.core.population.Population;
import org.radsim.core.population.Stage;
import org.radsim.core.scenario.Scenario;

class RadicalizationModelTest {

    private static final int STAGES = 6;

    @Test
    void sameScenarioAndSeedGiveIdenticalRows() {
        Scenario s = Scenarios.of(Scenarios.SMALL);
        List<double[]> a = Scenarios.rows(new RadicalizationModel(s, 42, 1));
        List<double[]> b = Scenarios.rows(new RadicalizationModel(s, 42, 1));
        assertEquals(a.size(), b.size());
        for (int t = 0; t < a.size(); t++) {
            assertArrayEquals(a.get(t), b.get(t), "tick " + t);
        }
        List<double[]> c = Scenarios.rows(new RadicalizationModel(s, 43, 1));
        boolean differs = false;
        for (int t = 0; t < a.size(); t++) {
            differs |= !java.util.Arrays.equals(a.get(t), c.get(t));
        }
        assertTrue(differs, "another seed should give another run");
    }

    @Test
    void threadCountDoesNotChangeAnyRowOrArray() {
        Scenario s = Scenarios.of(Scenarios.SMALL, "population.size=30000", "ticks=25");
        RadicalizationModel one = new RadicalizationModel(s, 7, 1);
        RadicalizationModel four = new RadicalizationModel(s, 7, 4);
        List<double[]> a = Scenarios.rows(one);
        List<double[]> b = Scenarios.rows(four);
        for (int t = 0; t < a.size(); t++) {
            assertArrayEquals(a.get(t), b.get(t), "tick " + t);
        }
        assertArrayEquals(one.population().opinion(), four.population().opinion());
        assertArrayEquals(one.population().stage, four.population().stage);
        assertArrayEquals(one.population().legitimacy, four.population().legitimacy);
    }

    @Test
    void stageCountsSumToThePopulationEveryTickAndStateStaysInRange() {
        Scenario s = Scenarios.of(Scenarios.SMALL, "ticks=150", "propaganda.reach=30", "opinion.uncertainty=1.3",
                "interventions=[{type: counter_narrative, coverage: 0.5, backfire: 0.5}, {type: community_policing, coverage: 1}]");
        RadicalizationModel m = new RadicalizationModel(s, 3, 2);
        for (double[] row : Scenarios.rows(m)) {
            double sum = 0;
            for (int k = 1; k <= STAGES; k++) {
                sum += row[k];
                assertTrue(row[k] >= 0);
            }
            assertEquals(s.population().size(), sum, 0.0, "tick " + row[0]);
        }
        Population p = m.population();
        for (int i = 0; i < p.size; i++) {
            assertTrue(p.opinion()[i] >= -1 && p.opinion()[i] <= 1, "opinion of " + i);
            assertTrue(p.uncertainty()[i] > 0, "uncertainty of " + i);
            assertTrue(p.legitimacy[i] >= 0 && p.legitimacy[i] <= 1, "legitimacy of " + i);
            assertTrue(p.grievance[i] >= 0 && p.grievance[i] <= 1, "grievance of " + i);
            assertTrue(p.education[i] >= 0 && p.education[i] <= 1, "education of " + i);
            assertTrue(p.isolation[i] >= 0 && p.isolation[i] <= 1, "isolation of " + i);
        }
    }

    @Test
    void withoutRecruitersAndPropagandaNobodyEverJoins() {
        Scenario s = Scenarios.of(Scenarios.SMALL, "recruiters.initial=0", "propaganda.reach=0", "ticks=200",
                "opinion.initial_mean=0.6");
        RadicalizationModel m = new RadicalizationModel(s, 5, 1);
        int member = Scenarios.column(m.layout(), "member");
        int recruits = Scenarios.column(m.layout(), "cumulative_recruits");
        for (double[] row : Scenarios.rows(m)) {
            assertEquals(0, row[member], "members at tick " + row[0]);
            assertEquals(0, row[recruits]);
        }
    }

    @Test
    void withEveryRateZeroTheStateStaysWhereItStarted() {
        Scenario s = Scenarios.of("""
                ticks: 100
                population: {size: 2000}
                regions:
                  - {name: a, share: 0.5, job_finding_rate: 0, security: 0, neighbours: [b]}
                  - {name: b, share: 0.5, job_finding_rate: 0, security: 0, neighbours: [a]}
                opinion: {mu: 0}
                propaganda: {reach: 0}
                recruiters: {initial: 5, promotion_rate: 0, mobility_rate: 0, join_probability: 0}
                exit: {rate: 0, relaxation: 0}
                """);
        RadicalizationModel start = new RadicalizationModel(s, 11, 1);
        start.start();
        RadicalizationModel end = new RadicalizationModel(s, 11, 1);
        List<double[]> rows = Scenarios.rows(end);
        assertArrayEquals(start.population().opinion(), end.population().opinion());
        assertArrayEquals(start.population().uncertainty(), end.population().uncertainty());
        assertArrayEquals(start.population().stage, end.population().stage);
        assertArrayEquals(start.population().flags, end.population().flags);
        assertArrayEquals(start.population().legitimacy, end.population().legitimacy);
        double[] first = java.util.Arrays.copyOfRange(rows.get(0), 1, rows.get(0).length);
        double[] last = java.util.Arrays.copyOfRange(rows.get(rows.size() - 1), 1, rows.get(0).length);
        assertArrayEquals(first, last);
    }

    @ParameterizedTest
    @ValueSource(strings = {"education", "jobs", "counter_narrative", "community", "intelligence_sharing", "governance",
            "exit_programme", "community_policing"})
    void anInterventionOutsideItsWindowChangesNothing(String type) {
        Scenario without = Scenarios.of(Scenarios.SMALL);
        Scenario later = Scenarios.of(Scenarios.SMALL, "interventions=[{type: " + type + ", start: 61, coverage: 1, unit_cost: 10}]");
        List<double[]> a = Scenarios.rows(new RadicalizationModel(without, 9, 1));
        List<double[]> b = Scenarios.rows(new RadicalizationModel(later, 9, 1));
        for (int t = 0; t < a.size(); t++) {
            assertArrayEquals(a.get(t), b.get(t), type + " at tick " + t);
        }
        Scenario during = Scenarios.of(Scenarios.SMALL, "interventions=[{type: " + type + ", start: 0, coverage: 1, unit_cost: 10}]");
        List<double[]> c = Scenarios.rows(new RadicalizationModel(during, 9, 1));
        boolean differs = false;
        for (int t = 0; t < a.size(); t++) {
            differs |= !java.util.Arrays.equals(a.get(t), c.get(t));
        }
        assertTrue(differs, type + " inside its window should change the run");
    }

    @Test
    void personLevelCostIsUnitCostTimesEnrolledPersonYears() {
        Scenario s = Scenarios.of("""
                ticks: 10
                population: {size: 1000}
                interventions: [{type: education, coverage: 1.0, unit_cost: 5200}]
                """);
        RadicalizationModel m = new RadicalizationModel(s, 1, 1);
        List<double[]> rows = Scenarios.rows(m);
        int cost = Scenarios.column(m.layout(), "cost");
        int cum = Scenarios.column(m.layout(), "cumulative_cost");
        assertEquals(0.0, rows.get(0)[cum]);
        for (int t = 1; t <= 10; t++) {
            assertEquals(5200.0 * 1000 / 52, rows.get(t)[cost], 1e-6, "cost at tick " + t);
            assertEquals(5200.0 * 1000 / 52 * t, rows.get(t)[cum], 1e-6, "cumulative cost at tick " + t);
        }
    }

    @Test
    void regionWideCostIsUnitCostPerTargetRegionYearWithinTheWindow() {
        Scenario s = Scenarios.of(Scenarios.SMALL, "ticks=20",
                "interventions=[{type: governance, start: 5, end: 15, regions: [east], unit_cost: 52000}]");
        RadicalizationModel m = new RadicalizationModel(s, 1, 1);
        List<double[]> rows = Scenarios.rows(m);
        int cost = Scenarios.column(m.layout(), "cost");
        for (int t = 1; t <= 20; t++) {
            double expected = t >= 5 && t < 15 ? 1000.0 : 0.0;
            assertEquals(expected, rows.get(t)[cost], 1e-9, "tick " + t);
        }
        assertEquals(10_000.0, rows.get(20)[Scenarios.column(m.layout(), "cumulative_cost")], 1e-6);
    }

    @Test
    void initialRecruitersAreMembersDrawnFromTheRadicalized() {
        Scenario s = Scenarios.of(Scenarios.SMALL, "opinion.initial_mean=0.5");
        RadicalizationModel m = new RadicalizationModel(s, 2, 1);
        m.start();
        assertEquals(10, m.membership().recruiters().size());
        assertEquals(10, m.membership().memberCount());
        for (var r : m.membership().recruiters()) {
            assertEquals(Stage.MEMBER_CODE, m.population().stage[r.citizen()]);
            assertTrue(m.population().opinion()[r.citizen()] >= s.opinion().radicalizedAt());
        }
    }
}
