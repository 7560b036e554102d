package org.radsim.core.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.model.Scenarios;
import org.radsim.core.scenario.Scenario;

class PolicingTest {

    /** A world where only policing acts: detection is certain (rate 52/year at one tick per year). */
    private static Scenario certainDetection(double exitProbability) {
        return Scenarios.of("""
                ticks: 6
                ticks_per_year: 1
                population: {size: 500}
                regions: [{name: a, security: 52, job_finding_rate: 0}]
                opinion: {mu: 0}
                propaganda: {reach: 0}
                recruiters: {initial: 10, contacts_per_tick: 0, promotion_rate: 0, mobility_rate: 0}
                exit: {rate: 0, relaxation: 0}
                """, "policing.jail_ticks=3", "policing.release_exit_probability=" + exitProbability, "policing.backfire=0.01");
    }

    @Test
    void everyMemberIsDetainedThenReleasedAfterTheJailTermAndDetainedAgain() {
        RadicalizationModel m = new RadicalizationModel(certainDetection(0.0), 1, 1);
        List<double[]> rows = Scenarios.rows(m);
        int det = Scenarios.column(m.layout(), "detentions");
        int rel = Scenarios.column(m.layout(), "releases");
        int detained = Scenarios.column(m.layout(), "detained");
        int member = Scenarios.column(m.layout(), "member");
        // detained at tick 1 with release at tick 1 + 3 = 4; back as members at 4 and detained again at once
        double[][] expected = {{0, 0, 0, 10}, {10, 0, 10, 0}, {0, 0, 10, 0}, {0, 0, 10, 0}, {10, 10, 10, 0}, {0, 0, 10, 0}, {0, 0, 10, 0}};
        for (int t = 0; t <= 6; t++) {
            double[] r = rows.get(t);
            assertEquals(expected[t][0], r[det], "detentions at tick " + t);
            assertEquals(expected[t][1], r[rel], "releases at tick " + t);
            assertEquals(expected[t][2], r[detained], "detained at tick " + t);
            assertEquals(expected[t][3], r[member], "members at tick " + t);
        }
    }

    @Test
    void releasedDetaineesDisengageWithTheExitProbability() {
        RadicalizationModel m = new RadicalizationModel(certainDetection(1.0), 1, 1);
        List<double[]> rows = Scenarios.rows(m);
        assertEquals(10, rows.get(4)[Scenarios.column(m.layout(), "releases")]);
        assertEquals(10, rows.get(6)[Scenarios.column(m.layout(), "disengaged")]);
        assertEquals(0, rows.get(6)[Scenarios.column(m.layout(), "detained")]);
        assertEquals(0, rows.get(4)[Scenarios.column(m.layout(), "detentions")]);
    }

    @Test
    void eachDetentionLowersTheNeighboursLegitimacyByTheBackfire() {
        Scenario s = certainDetection(0.0);
        RadicalizationModel before = new RadicalizationModel(s, 1, 1);
        before.start();
        double sumBefore = 0;
        for (float l : before.population().legitimacy) {
            sumBefore += l;
        }
        long neighbourSlots = 0;
        for (int k = 0; k < before.membership().memberCount(); k++) {
            neighbourSlots += before.network().degree(before.membership().member(k));
        }
        RadicalizationModel after = new RadicalizationModel(
                Scenarios.of("""
                        ticks: 1
                        ticks_per_year: 1
                        population: {size: 500}
                        regions: [{name: a, security: 52, job_finding_rate: 0}]
                        opinion: {mu: 0}
                        propaganda: {reach: 0}
                        recruiters: {initial: 10, contacts_per_tick: 0, promotion_rate: 0, mobility_rate: 0}
                        exit: {rate: 0, relaxation: 0}
                        policing: {jail_ticks: 3, backfire: 0.01}
                        """), 1, 1);
        Scenarios.rows(after);
        double sumAfter = 0;
        for (float l : after.population().legitimacy) {
            sumAfter += l;
        }
        // no neighbour is near 0, so no clamping: the total falls by Δ per neighbour slot of each detainee
        assertEquals(0.01 * neighbourSlots, sumBefore - sumAfter, 1e-3);
    }
}
