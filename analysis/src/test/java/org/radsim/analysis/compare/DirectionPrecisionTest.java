package org.radsim.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.radsim.analysis.stats.Estimate;

/** Replications needed and resolved/unresolved verdicts of the direction checks, on margins worked out by hand. */
class DirectionPrecisionTest {

    @Test
    void neededIsTheSmallestCountWhoseIntervalExcludesZeroAtTheMeasuredMeanAndSd() {
        double mean = 0.14;
        double sd = 0.43;
        long n = DirectionPrecision.needed(mean, sd);
        assertTrue(half(n, sd) < mean, "n = " + n + " excludes zero");
        assertTrue(half(n - 1, sd) >= mean, "n − 1 = " + (n - 1) + " does not");
        // (1.96 · 0.43 / 0.14)² = 36.2; the t quantile asks for a little more
        assertEquals(39, n);
        assertEquals(DirectionPrecision.CAP + 1, DirectionPrecision.needed(1e-9, 1));
        assertEquals(DirectionPrecision.CAP + 1, DirectionPrecision.needed(0, 1));
    }

    @Test
    void needed90IsTheNormalPowerCalculation() {
        // ((1.959964 + 1.281552) · 0.4 / 0.1)² = 168.1
        assertEquals(169, DirectionPrecision.needed90(0.1, 0.4));
        assertEquals(169, DirectionPrecision.needed90(-0.1, 0.4));
    }

    @Test
    void verdictAndResolvedFromFollowTheIntervalsOfThePrefixes() {
        // two bad pairs first, then steady positive margins
        double[] m = {-0.5, -0.4, 0.3, 0.35, 0.3, 0.32, 0.31, 0.29, 0.33, 0.3, 0.28, 0.34, 0.3, 0.31, 0.29, 0.33,
            0.3, 0.32, 0.28, 0.31};
        DirectionPrecision d = DirectionPrecision.of("alt", DirectionCheck.RADICALIZATION_MORE, m);
        int expected = 0;
        for (int n = m.length; n >= 2 && Estimate.of(Arrays.copyOf(m, n)).low() > 0; n--) {
            expected = n;
        }
        assertTrue(expected > 2 && expected < m.length, "the prefixes change verdict: " + expected);
        assertEquals(expected, d.resolvedFrom());
        assertEquals(13, d.resolvedFrom(), "lower bounds −0.0044 at 12 pairs, +0.0203 at 13 (scipy)");
        assertEquals("resolved", d.verdict());
        assertEquals(Estimate.of(m), d.margin());

        assertEquals("unresolved", DirectionPrecision.of("a", DirectionCheck.RECRUITMENT_MORE,
                new double[] {0.4, -0.3, 0.5, -0.2, 0.1}).verdict());
        DirectionPrecision contrary = DirectionPrecision.of("a", DirectionCheck.RECRUITMENT_MORE,
                new double[] {-0.4, -0.3, -0.5, -0.35, -0.45});
        assertEquals("contrary", contrary.verdict());
        assertEquals(0, contrary.resolvedFrom());
    }

    private static double half(long n, double sd) {
        return new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
    }
}
