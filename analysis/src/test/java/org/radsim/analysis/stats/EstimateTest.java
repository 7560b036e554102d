package org.radsim.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void intervalMatchesClosedFormOnFixedData() {
        // {2,4,4,4,5,5,7,9}: mean 5, squared deviations sum to 32, so s² = 32/7 (by hand)
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9};
        Estimate e = Estimate.of(x);
        double s = Math.sqrt(32.0 / 7);
        double t = ClosedFormT.quantile(0.95, 7);
        assertEquals(2.365, t, 5e-4, "published table value t(0.975, 7) = 2.365");
        assertEquals(8, e.n());
        assertEquals(5.0, e.mean(), 1e-12);
        assertEquals(s, e.sd(), 1e-12);
        assertEquals(5 - t * s / Math.sqrt(8), e.low(), 1e-9);
        assertEquals(5 + t * s / Math.sqrt(8), e.high(), 1e-9);
    }

    @Test
    void intervalMatchesClosedFormForEvenDegreesOfFreedom() {
        // n = 5, df = 4: mean 3, squared deviations 4+1+0+1+4 = 10, s² = 2.5
        double[] x = {1, 2, 3, 4, 5};
        Estimate e = Estimate.of(x);
        double t = ClosedFormT.quantile(0.95, 4);
        assertEquals(2.776, t, 5e-4, "published table value t(0.975, 4) = 2.776");
        assertEquals(t * Math.sqrt(2.5) / Math.sqrt(5), e.halfWidth(), 1e-9);
    }

    @Test
    void missingValuesAreSkippedAndTinySamplesHaveNoInterval() {
        Estimate e = Estimate.of(new double[] {1, Double.NaN, 3});
        assertEquals(2, e.n());
        assertEquals(2.0, e.mean(), 0);
        Estimate one = Estimate.of(new double[] {4});
        assertEquals(4.0, one.mean(), 0);
        assertTrue(Double.isNaN(one.low()) && Double.isNaN(one.sd()));
        Estimate constant = Estimate.of(new double[] {7, 7, 7});
        assertEquals(0.0, constant.halfWidth(), 0, "a constant metric has a zero-width interval");
    }

    @Test
    void ninetyFivePercentIntervalCoversTheTrueMeanAboutNinetyFivePercentOfTheTime() {
        // 4000 samples of n = 10 from N(3, 2²); the coverage count is Binomial(4000, 0.95), sd = 0.34 %,
        // so 93–97 % is a ±5.8 sd band: a correct interval falls outside it with probability < 1e-8.
        Random rng = new Random(20261129L);
        int trials = 4000;
        int covered = 0;
        double[] x = new double[10];
        for (int i = 0; i < trials; i++) {
            for (int k = 0; k < x.length; k++) {
                x[k] = 3 + 2 * rng.nextGaussian();
            }
            Estimate e = Estimate.of(x);
            if (e.low() <= 3 && 3 <= e.high()) {
                covered++;
            }
        }
        double coverage = covered / (double) trials;
        assertTrue(coverage >= 0.93 && coverage <= 0.97, "coverage " + coverage + " outside 93–97 %");
    }
}
