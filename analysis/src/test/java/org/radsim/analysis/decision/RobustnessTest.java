package org.radsim.analysis.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A 4-future table worked by hand. Recruits (baseline, A, B) per future: (100, 80, 90), (120, 110, 95),
 * (90, 70, 70), (100, 105, 98); so averted A = 20, 10, 20, −5 and B = 10, 25, 20, 2.
 */
class RobustnessTest {

    private static final String[] NAMES = {"baseline", "A", "B"};
    private static final double[][] RECRUITS = {{100, 80, 90}, {120, 110, 95}, {90, 70, 70}, {100, 105, 98}};
    private static final double[][] COST = {{0, 1000, 2000}, {0, 1000, 2000}, {0, 1000, 2000}, {0, 1000, 2000}};

    private final List<Robustness.Alternative> stats = Robustness.of(NAMES, RECRUITS, COST, 0.10);
    private final Robustness.Alternative a = stats.get(0);
    private final Robustness.Alternative b = stats.get(1);

    @Test
    void probabilityOfBestSharesTiesAndSumsToOne() {
        // A best in future 0, B in futures 1 and 3, tie in future 2: A = (1 + 0.5)/4, B = (2 + 0.5)/4
        assertEquals(0.375, a.probabilityBest(), 1e-12);
        assertEquals(0.625, b.probabilityBest(), 1e-12);
    }

    @Test
    void probabilityOfBeatingBaselineCountsStrictGains() {
        assertEquals(0.75, a.probabilityBeats(), 1e-12);
        assertEquals(1.0, b.probabilityBeats(), 1e-12);
    }

    @Test
    void savageRegretIsTheLossAgainstTheBestInHindsight() {
        // regret A = 0, 15, 0, 7; B = 10, 0, 0, 0
        assertEquals(5.5, a.expectedRegret(), 1e-12);
        assertEquals(15, a.maximumRegret(), 1e-12);
        assertEquals(2.5, b.expectedRegret(), 1e-12);
        assertEquals(10, b.maximumRegret(), 1e-12);
    }

    @Test
    void satisficingIsTheShareMeetingTheTarget() {
        // targets 10 % of baseline: 10, 12, 9, 10; A meets in futures 0 and 2, B in 0, 1 and 2
        assertEquals(0.5, a.satisficing(), 1e-12);
        assertEquals(0.75, b.satisficing(), 1e-12);
    }

    @Test
    void expectedAvertedIsTheMeanWithAnInterval() {
        assertEquals(11.25, a.averted().mean(), 1e-12);
        assertEquals(14.25, b.averted().mean(), 1e-12);
        assertEquals(4, b.averted().n());
    }

    @Test
    void costPerAvertedIsADistributionOverFutures() {
        // A: 50, 100, 50, +inf -> sorted 50, 50, 100, inf; median 75; 95 % quantile infinite
        assertEquals(75, a.costPerAverted().median(), 1e-9);
        assertEquals(Double.POSITIVE_INFINITY, a.costPerAverted().p95());
        // B: 200, 80, 100, 1000 -> sorted 80, 100, 200, 1000
        assertEquals(83, b.costPerAverted().p05(), 1e-9);
        assertEquals(150, b.costPerAverted().median(), 1e-9);
        assertEquals(880, b.costPerAverted().p95(), 1e-9);
        assertEquals(2000 / 14.25, b.costPerAverted().ratioOfMeans().point(), 1e-9);
    }

    @Test
    void rankingPutsTheLowestExpectedRegretFirst() {
        assertEquals(List.of("B", "A"), Robustness.ranked(stats).stream().map(Robustness.Alternative::name).toList());
    }

    @Test
    void aTableWithoutAlternativesIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Robustness.of(new String[] {"baseline"}, new double[][] {{1}}, new double[][] {{0}}, 0.1));
    }
}
