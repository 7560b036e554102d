package org.radsim.core.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.model.Scenarios;
import org.radsim.core.population.Population;

class GrievanceTest {

    @Test
    void grievanceIsClampedHardshipTimesIllegitimacyForEveryCitizen() {
        RadicalizationModel m = new RadicalizationModel(Scenarios.of(Scenarios.SMALL, "ticks=3",
                "population.hardship=0.9", "population.unemployed_hardship=0.4"), 8, 1);
        Scenarios.rows(m);
        Population p = m.population();
        int clamped = 0;
        for (int i = 0; i < p.size; i++) {
            double h = p.baseHardship[i] + (p.employed(i) ? 0 : 0.4);
            clamped += h > 1 ? 1 : 0;
            double expected = Math.min(1.0, h) * (1.0 - p.legitimacy[i]);
            assertEquals((float) expected, p.grievance[i], 1e-6f, "citizen " + i);
        }
        assertEquals(true, clamped > 0, "the case tests the clamp");
    }

    @Test
    void susceptibilityIsTheLogisticOfTheWeightedFactors() {
        RadicalizationModel m = new RadicalizationModel(Scenarios.of(Scenarios.SMALL, "ticks=1"), 8, 1);
        Scenarios.rows(m);
        Population p = m.population();
        var b = m.scenario().susceptibility();
        int i = 17;
        double z = b.intercept() + b.grievance() * p.grievance[i] + b.isolation() * p.isolation[i]
                + (p.is(i, Population.YOUTH) ? b.youth() : 0) + (p.employed(i) ? 0 : b.unemployed()) - b.education() * p.education[i];
        assertEquals(1 / (1 + Math.exp(-z)), Susceptibility.of(b, p, i), 1e-12);
    }
}
