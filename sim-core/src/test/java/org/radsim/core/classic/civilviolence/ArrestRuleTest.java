package org.radsim.core.classic.civilviolence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.radsim.core.classic.civilviolence.CivilViolenceParams.ArrestRule;
import org.radsim.core.mechanism.Activation;

class ArrestRuleTest {

    @Test
    void oneCopAndOnlyTheCitizenGivesOneMinusExpOfMinusK() {
        // C = 1, A = 1: P = 1 − e^−2.3 = 0.899741 (Epstein 2002, k = 2.3).
        double expected = 1 - Math.exp(-2.3);
        assertEquals(0.8997, expected, 1e-4);
        for (ArrestRule rule : ArrestRule.values()) {
            assertEquals(expected, Activation.arrestProbability(2.3, rule.apply(1, 1)), 1e-12, rule.name());
        }
    }

    @Test
    void floorGivesZeroWheneverActivesOutnumberCops() {
        for (int a = 1; a <= 30; a++) {
            for (int c = 0; c < a; c++) {
                assertEquals(0.0, Activation.arrestProbability(2.3, ArrestRule.FLOOR.apply(c, a)), 0.0, c + "/" + a);
            }
        }
        assertEquals(1 - Math.exp(-2.3 * 2), Activation.arrestProbability(2.3, ArrestRule.FLOOR.apply(5, 2)), 1e-12);
    }

    @Test
    void literalKeepsTheRatioAndRoundGoesHalfToEven() {
        assertEquals(1 - Math.exp(-2.3 * 2.0 / 3.0), Activation.arrestProbability(2.3, ArrestRule.LITERAL.apply(2, 3)), 1e-12);
        assertEquals(2.0, ArrestRule.ROUND.apply(3, 2), 0.0); // round(1.5) = 2
        assertEquals(0.0, ArrestRule.ROUND.apply(1, 2), 0.0); // round(0.5) = 0: Python rounds half to even
        assertEquals(2.0, ArrestRule.ROUND.apply(5, 2), 0.0); // round(2.5) = 2
    }

    @Test
    void citizenExactlyAtTheThresholdStaysQuiet() {
        // G − R·P = 0.375 − 0.5·0.25 = 0.25 exactly (dyadic numbers, no rounding).
        assertFalse(Activation.acts(0.375, 0.5, 0.25, 0.25));
        assertTrue(Activation.acts(0.375, 0.5, 0.25, Math.nextDown(0.25)));
        assertEquals(0.375, Activation.grievance(0.75, 0.5), 0.0);
    }
}
