package org.radsim.core.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActivationTest {

    @Test
    void grievanceIsHardshipTimesIllegitimacy() {
        assertEquals(0.5 * (1 - 0.25), Activation.grievance(0.5, 0.25), 0);
    }

    @Test
    void arrestProbabilityWithOneCopAndOneActiveIsOneMinusExpOfMinusK() {
        assertEquals(1 - Math.exp(-2.3), Activation.arrestProbability(2.3, 1.0), 1e-15);
        assertEquals(0.8997, Activation.arrestProbability(2.3, 1.0), 5e-5);
    }

    @Test
    void aCitizenExactlyAtTheThresholdStaysQuiet() {
        // G − R·P = 0.5 − 0.5·0.5 = 0.25 exactly (binary fractions): not > T
        assertFalse(Activation.acts(0.5, 0.5, 0.5, 0.25));
        assertTrue(Activation.acts(0.5, 0.5, 0.5, 0.2499));
        assertFalse(Activation.acts(0.5, 0.5, 0.5, 0.2501));
    }
}
