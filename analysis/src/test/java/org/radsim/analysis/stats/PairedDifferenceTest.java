package org.radsim.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    // Student's sleep data (Cushny & Peebles 1905, as in R's `sleep` data set): extra hours of sleep of ten
    // patients under two drugs. R 4.x: t.test(extra ~ group, data = sleep, paired = TRUE) prints
    // t = -4.0621, df = 9, p-value = 0.002833, 95 percent CI -2.4598858 -0.7001142 (group 1 − group 2).
    private static final double[] DRUG1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    private static final double[] DRUG2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    @Test
    void sleepDataMatchesThePublishedPairedTTest() {
        PairedDifference p = PairedDifference.of(DRUG2, DRUG1);
        assertEquals(-1.58, p.difference().mean(), 1e-12);
        assertEquals(-4.0621, p.tStatistic(), 5e-5);
        assertEquals(0.002833, p.pValue(), 5e-7);
        assertEquals(-2.4598858, p.difference().low(), 5e-8);
        assertEquals(-0.7001142, p.difference().high(), 5e-8);
    }

    @Test
    void sleepDataMatchesTheClosedFormToTightTolerance() {
        PairedDifference p = PairedDifference.of(DRUG2, DRUG1);
        // differences drug1 − drug2, by hand: -1.2 -2.4 -1.3 -1.3 0 -1.0 -1.8 -0.8 -4.6 -1.4
        double[] d = {-1.2, -2.4, -1.3, -1.3, 0, -1.0, -1.8, -0.8, -4.6, -1.4};
        double mean = -1.58;
        double ss = 0;
        for (double v : d) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / 9);
        double t = mean / (sd / Math.sqrt(10));
        assertEquals(t, p.tStatistic(), 1e-9);
        assertEquals(ClosedFormT.twoSidedP(t, 9), p.pValue(), 1e-9);
        double half = ClosedFormT.quantile(0.95, 9) * sd / Math.sqrt(10);
        assertEquals(mean - half, p.difference().low(), 1e-9);
        assertEquals(mean + half, p.difference().high(), 1e-9);
        assertEquals(mean / sd, p.effectSize(), 1e-12);
    }

    @Test
    void evenDegreesOfFreedomMatchTheClosedForm() {
        double[] base = {10, 12, 9, 11, 13};
        double[] alt = {8, 11, 9, 8, 10};
        // differences -2 -1 0 -3 -3: mean -1.8, squared deviations 0.04+0.64+3.24+1.44+1.44 = 6.8, s² = 1.7
        PairedDifference p = PairedDifference.of(base, alt);
        double t = -1.8 / Math.sqrt(1.7 / 5);
        assertEquals(t, p.tStatistic(), 1e-12);
        assertEquals(ClosedFormT.twoSidedP(t, 4), p.pValue(), 1e-9);
        assertEquals(-1.8 / 11.0, p.relativeChange(), 1e-12);
        // var(base) = 2.5, var(alt) = (0.64+1.44+0.64+3.24+0.04... by hand: alt mean 9.2 → 1.44+3.24+0.04+1.44+0.64 = 6.8)/4 = 1.7
        assertEquals((2.5 + 1.7) / 1.7, p.varianceReduction(), 1e-12);
    }

    @Test
    void identicalDifferencesHaveNoPValueAndNoInterval() {
        // issue 11: two equal differences were reported as "1 [1, 1], p < 0.001" (t = −inf)
        for (double[][] pair : new double[][][] {{{1, 2}, {2, 3}}, {{1, 2, 3}, {2, 3, 4}}, {{1, 2, 3}, {1, 2, 3}},
                {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}}}) {
            PairedDifference d = PairedDifference.of(pair[0], pair[1]);
            assertTrue(d.noVariance(), "no variance");
            assertTrue(Double.isNaN(d.pValue()), "p not defined, never significant: " + d.pValue());
            assertTrue(Double.isNaN(d.tStatistic()), "t not defined");
            assertTrue(Double.isNaN(d.difference().low()) && Double.isNaN(d.difference().high()), "no interval");
            assertTrue(Double.isNaN(d.effectSize()));
            assertEquals(pair[1][0] - pair[0][0], d.difference().mean(), 1e-12, "the mean difference is still given");
        }
        assertFalse(PairedDifference.of(new double[] {1, 2, 3}, new double[] {2, 3, 5}).noVariance());
        // Holm leaves an undefined p-value out of the family instead of counting it as a rejection
        double[] holm = Holm.adjust(new double[] {PairedDifference.of(new double[] {1, 2}, new double[] {2, 3}).pValue(), 0.02});
        assertTrue(Double.isNaN(holm[0]));
        assertEquals(0.02, holm[1], 1e-15);
    }
}
