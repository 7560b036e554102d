package org.radsim.core.classic.relativeagreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.scenario.ScenarioLoader;

class RelativeAgreementModelTest {

    private static RelativeAgreementModel model(String section, int ticks, long seed) throws ScenarioException {
        return new RelativeAgreementModel(ScenarioLoader.fromText("model: relative-agreement\nticks: " + ticks
                + "\nrelative_agreement: {" + section + "}\n", "test", List.of()), seed);
    }

    @Test
    void oneMeetingByHandOnlyTheLessUncertainSpeakerInfluences() throws Exception {
        RelativeAgreementModel m = model("n: 2, mu: 0.5", 1, 1);
        m.set(0, 0.0, 1.0);
        m.set(1, 0.8, 0.4);
        m.meet(0, 1);
        // h = min(0+1, 0.8+0.4) − max(0−1, 0.8−0.4) = 1.0 − 0.4 = 0.6.
        // 0 on 1: h = 0.6 is not above u_0 = 1.0, no influence.
        assertEquals(0.8, m.opinion(1), 1e-12);
        assertEquals(0.4, m.uncertainty(1), 1e-12);
        // 1 on 0: h = 0.6 > u_1 = 0.4, weight 0.5·(0.6/0.4 − 1) = 0.25:
        // x_0 = 0 + 0.25·(0.8 − 0) = 0.2, u_0 = 1 + 0.25·(0.4 − 1) = 0.85.
        assertEquals(0.2, m.opinion(0), 1e-12);
        assertEquals(0.85, m.uncertainty(0), 1e-12);
    }

    @Test
    void overlapExactlyEqualToTheSpeakersUncertaintyHasNoInfluence() throws Exception {
        RelativeAgreementModel m = model("n: 2, mu: 0.5", 1, 1);
        m.set(0, 0.0, 0.5);
        m.set(1, 0.5, 0.5);
        m.meet(0, 1);
        // h = min(0.5, 1.0) − max(−0.5, 0.0) = 0.5 = u: strict h > u fails both ways.
        assertEquals(0.0, m.opinion(0), 0.0);
        assertEquals(0.5, m.opinion(1), 0.0);
        assertEquals(0.5, m.uncertainty(0), 0.0);
        assertEquals(0.5, m.uncertainty(1), 0.0);
    }

    @Test
    void bothDirectionsUseTheValuesFromBeforeTheMeeting() throws Exception {
        RelativeAgreementModel m = model("n: 2, mu: 0.5", 1, 1);
        m.set(0, 0.0, 1.0);
        m.set(1, 0.5, 1.0);
        m.meet(0, 1);
        // h = min(1, 1.5) − max(−1, −0.5) = 1.5; weight 0.5·(1.5 − 1) = 0.25 both ways.
        assertEquals(0.125, m.opinion(0), 1e-12);
        assertEquals(0.375, m.opinion(1), 1e-12);
    }

    @Test
    void drawnPlacementMakesTheMostExtremeAgentsExtremists() throws Exception {
        RelativeAgreementModel m = model("n: 200, pe: 0.25, uncertainty: 1.2", 1, 3);
        m.start();
        int plus = 0;
        int minus = 0;
        double innerPlus = 1;
        double outerModerate = 0;
        for (int i = 0; i < m.size(); i++) {
            if (m.isExtremist(i)) {
                assertEquals(0.1, m.uncertainty(i), 0.0);
                if (m.opinion(i) > 0) {
                    plus++;
                    innerPlus = Math.min(innerPlus, m.opinion(i));
                } else {
                    minus++;
                }
            } else {
                assertEquals(1.2, m.uncertainty(i), 0.0);
                outerModerate = Math.max(outerModerate, m.opinion(i));
            }
        }
        assertEquals(25, plus);
        assertEquals(25, minus);
        assertTrue(outerModerate < innerPlus);
        assertEquals(innerPlus - 0.1, m.positiveCutoff(), 1e-12);
    }

    @Test
    void bandPlacementPutsExtremistsInTheOuterBands() throws Exception {
        RelativeAgreementModel m = model("n: 300, pe: 0.2, placement: band", 1, 4);
        m.start();
        for (int i = 0; i < m.size(); i++) {
            double x = m.opinion(i);
            assertTrue(m.isExtremist(i) ? Math.abs(x) >= 0.8 : Math.abs(x) < 0.8, "agent " + i + " at " + x);
        }
    }

    @Test
    void stableStopEndsEarlyAndFixedStopRunsEveryPeriod() throws Exception {
        RelativeAgreementModel stable = model("n: 200, mu: 0.5, pe: 0.25, uncertainty: 1.2", 20_000, 5);
        List<double[]> rows = new ArrayList<>();
        stable.run((t, g, r) -> rows.add(g));
        assertTrue(stable.isStable());
        assertEquals(stable.period() + 1, rows.size());
        assertTrue(stable.period() < 20_000);
        RelativeAgreementModel fixed = model("n: 200, stop: fixed", 37, 5);
        fixed.run((t, g, r) -> { });
        assertEquals(37, fixed.period());
    }

    @Test
    void aLooseEpsilonCountsTheFirstQuietPeriodAsStable() throws Exception {
        RelativeAgreementModel m = model("n: 200, epsilon: 1.0", 100, 5);
        m.run((t, g, r) -> { });
        // With μ = 0.2 a meeting moves a value by at most 0.2 of the gap, so the first period already moves
        // nothing by more than 1: stable after one period. The default 1e−6 is nowhere near stable then.
        assertTrue(m.isStable());
        assertEquals(1, m.period());
        RelativeAgreementModel tight = model("n: 200", 100, 5);
        tight.run((t, g, r) -> { });
        assertTrue(tight.period() > 1);
    }

    @Test
    void clustersSplitAtGapsAndIgnoreTinyOnes() throws Exception {
        RelativeAgreementModel m = model("n: 200, cluster_min_share: 0.01", 1, 1);
        for (int i = 0; i < 200; i++) {
            // 100 agents at −0.5, 99 at 0.5 (within 1e−4 of each other), one alone at 1.0 (0.5 % < 1 %)
            m.set(i, i < 100 ? -0.5 : i < 199 ? 0.5 + 1e-6 * i : 1.0, 0.1);
        }
        assertEquals(2, m.clusters());
    }

    @Test
    void convergenceClassesFollowDeffuantsBounds() {
        assertEquals(Convergence.CENTRAL, Convergence.of(0.1, 0.149));
        assertEquals(Convergence.BOTH_EXTREMES, Convergence.of(0.25, 0.7));
        assertEquals(Convergence.SINGLE_EXTREME, Convergence.of(0.05, 0.9));
        assertEquals(Convergence.INTERMEDIATE, Convergence.of(0.2, 0.1));
        assertEquals(Convergence.SINGLE_EXTREME, Convergence.ofCode(2));
    }
}
