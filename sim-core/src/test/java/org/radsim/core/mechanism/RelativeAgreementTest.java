package org.radsim.core.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RelativeAgreementTest {

    @Test
    void oneMeetingMovesTheListenerByTheHandComputedAmount() {
        // h = min(0.5+0.4, 0.1+0.6) − max(0.5−0.4, 0.1−0.6) = 0.7 − 0.1 = 0.6 > u_i = 0.4
        // w = μ (h/u_i − 1) = 0.25 · 0.5 = 0.125; x_j' = 0.1 + 0.125·0.4 = 0.15; u_j' = 0.6 + 0.125·(−0.2) = 0.575
        double w = RelativeAgreement.weight(0.25, 0.5, 0.4, 0.1, 0.6);
        assertEquals(0.125, w, 1e-15);
        assertEquals(0.15, 0.1 + w * (0.5 - 0.1), 1e-15);
        assertEquals(0.575, 0.6 + w * (0.4 - 0.6), 1e-15);
    }

    @Test
    void overlapExactlyEqualToTheSpeakersUncertaintyHasNoInfluence() {
        // h = min(0.5, 1.0) − max(−0.5, 0.0) = 0.5 = u_i: the rule needs h > u_i (strict)
        assertEquals(0.0, RelativeAgreement.weight(0.3, 0.0, 0.5, 0.5, 0.5));
        // a hair more overlap and the listener moves
        assertEquals(true, RelativeAgreement.weight(0.3, 0.0, 0.5, 0.4990234375, 0.5) > 0);
    }

    @Test
    void disjointOpinionSegmentsHaveNoInfluence() {
        assertEquals(0.0, RelativeAgreement.weight(0.5, 1.0, 0.1, -0.5, 0.2));
    }

    @Test
    void theInfluenceIsAsymmetricWhenUncertaintiesDiffer() {
        // a confident speaker (u = 0.1) influences an uncertain listener, not the other way round
        double onUncertain = RelativeAgreement.weight(0.5, 0.9, 0.1, 0.5, 0.6);
        double onConfident = RelativeAgreement.weight(0.5, 0.5, 0.6, 0.9, 0.1);
        assertEquals(0.5 * (0.2 / 0.1 - 1), onUncertain, 1e-12);
        // h = min(1.1, 1.0) − max(−0.1, 0.8) = 0.2, not above the uncertain speaker's 0.6
        assertEquals(0.0, onConfident);
    }
}
