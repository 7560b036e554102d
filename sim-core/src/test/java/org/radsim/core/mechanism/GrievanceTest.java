package org.radsim.core.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * Grievance is recomputed only where employment or legitimacy changed: after every tick of a run where the labour
     * market, governance and policing backfire all change them, every citizen not marked stale has exactly
     * {@code G = H (1 − L)} (a writer that forgot to mark a citizen would leave a wrong G here), and the marks are
     * cleared by the next grievance step.
     */
    @Test
    void grievanceIsRecomputedWhereEmploymentOrLegitimacyChangedAndNowhereIsStaleUnmarked() {
        String withGovernance = Scenarios.SMALL + "interventions:\n  - {type: governance, start: 1, coverage: 0.5}\n";
        RadicalizationModel m = new RadicalizationModel(Scenarios.of(withGovernance, "ticks=30",
                "population.unemployed_hardship=0.4", "policing.jail_ticks=2", "policing.backfire=0.05"), 8, 1);
        m.start();
        Population p = m.population();
        float[] legitimacy0 = p.legitimacy.clone();
        byte[] flags0 = p.flags.clone();
        long stale = 0;
        for (int t = 0; t < 30; t++) {
            m.schedule.step(m);
            for (int i = 0; i < p.size; i++) {
                if (p.is(i, Population.GRIEVANCE_STALE)) {
                    stale++;
                    continue;
                }
                double expected = Activation.grievance(p.hardship(i, 0.4), p.legitimacy[i]);
                assertEquals((float) expected, p.grievance[i], "tick " + (t + 1) + ", citizen " + i);
            }
        }
        m.finish();
        int legitimacyChanged = 0;
        int employmentChanged = 0;
        for (int i = 0; i < p.size; i++) {
            legitimacyChanged += p.legitimacy[i] != legitimacy0[i] ? 1 : 0;
            employmentChanged += p.employed(i) != ((flags0[i] & Population.EMPLOYED) != 0) ? 1 : 0;
        }
        assertTrue(legitimacyChanged > 0 && employmentChanged > 0, "legitimacy (" + legitimacyChanged
                + ") and employment (" + employmentChanged + ") changed during the run");
        assertTrue(stale > 0, "policing after the grievance step left marks for the next tick");
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
