package org.radsim.core.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.radsim.core.model.Phase;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.model.Scenarios;
import org.radsim.core.population.Population;
import org.radsim.core.scenario.Scenario;

class LabourMarketTest {

    @Test
    void unemploymentStaysAtItsInitialLevelAbsentInterventions() {
        Scenario s = Scenarios.of("""
                ticks: 260
                population: {size: 50000}
                regions: [{name: a, unemployment: 0.3, job_finding_rate: 2.0, security: 0}]
                recruiters: {initial: 0}
                """);
        RadicalizationModel m = new RadicalizationModel(s, 21, 1);
        Scenarios.rows(m);
        Population p = m.population();
        int unemployed = 0;
        for (int i = 0; i < p.size; i++) {
            unemployed += p.employed(i) ? 0 : 1;
        }
        // each citizen is a stationary two-state chain with P(unemployed) = 0.3: the share has
        // sd sqrt(0.3·0.7/50000) ≈ 0.0020; allow 5 sd
        assertEquals(0.3, unemployed / 50000.0, 5 * Math.sqrt(0.3 * 0.7 / 50000));
    }

    @Test
    void aJobsProgrammeLowersUnemploymentAmongItsEnrolees() {
        Scenario s = Scenarios.of("""
                ticks: 104
                population: {size: 20000}
                regions: [{name: a, unemployment: 0.4, job_finding_rate: 1.0, security: 0}]
                recruiters: {initial: 0}
                interventions: [{type: jobs, target: all, coverage: 0.5, finding_multiplier: 5}]
                """);
        RadicalizationModel m = new RadicalizationModel(s, 4, 1);
        Scenarios.rows(m);
        Population p = m.population();
        int[] n = new int[2];
        int[] u = new int[2];
        for (int i = 0; i < p.size; i++) {
            int e = p.enrolment[i] != 0 ? 1 : 0;
            n[e]++;
            u[e] += p.employed(i) ? 0 : 1;
        }
        // steady state u = λ/(λ + f): λ = 0.4·1/0.6 = 2/3; enrolees f = 5 → 0.1176; others stay at 0.4
        assertEquals(0.4, (double) u[0] / n[0], 0.03);
        assertEquals((2.0 / 3) / (2.0 / 3 + 5), (double) u[1] / n[1], 0.03);
    }

    @Test
    void everyoneWhoseEmploymentSwitchesHasTheGrievanceOfTheirNewHardshipAtOnce() {
        Scenario s = Scenarios.of("""
                ticks: 10
                population: {size: 20000, unemployed_hardship: 0.3}
                regions: [{name: a, unemployment: 0.3, job_finding_rate: 8.0, security: 0}]
                recruiters: {initial: 0}
                """);
        RadicalizationModel m = new RadicalizationModel(s, 5, 1);
        m.start();
        Population p = m.population();
        boolean[] before = new boolean[p.size];
        for (int i = 0; i < p.size; i++) {
            before[i] = p.employed(i);
        }
        m.processes().get(Phase.LABOUR_MARKET).step(m);
        int switched = 0;
        for (int i = 0; i < p.size; i++) {
            if (p.employed(i) != before[i]) {
                switched++;
                assertEquals((float) Activation.grievance(p.hardship(i, 0.3), p.legitimacy[i]), p.grievance[i], 0f,
                        "citizen " + i);
                assertEquals(0, p.flags[i] & Population.GRIEVANCE_STALE, "citizen " + i + " still marked");
            }
        }
        // a job-finding rate of 8 a year gives hundreds of switches a tick among 20 000 citizens
        assertTrue(switched > 100, "switched " + switched);
    }
}
