package org.radsim.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void constantRatioHasADegenerateInterval() {
        // every pair costs exactly 500 per recruit averted, so every resample does too
        Bootstrap.Ratio r = Bootstrap.ratioOfMeans(new double[] {1000, 1500, 500}, new double[] {2, 3, 1});
        assertEquals(500, r.point(), 1e-9);
        assertEquals(500, r.low(), 1e-9);
        assertEquals(500, r.high(), 1e-9);
    }

    @Test
    void nothingAvertedIsNotDefined() {
        Bootstrap.Ratio r = Bootstrap.ratioOfMeans(new double[] {100, 100}, new double[] {1, -3});
        assertFalse(r.defined());
    }

    @Test
    void intervalContainsThePointAndIsReproducible() {
        double[] cost = {900, 1200, 1100, 800, 1000, 950};
        double[] averted = {3, 5, 2, 4, 6, 1};
        Bootstrap.Ratio a = Bootstrap.ratioOfMeans(cost, averted);
        Bootstrap.Ratio b = Bootstrap.ratioOfMeans(cost, averted);
        assertEquals(5950.0 / 21, a.point(), 1e-9);
        assertTrue(a.low() < a.point() && a.point() < a.high());
        assertEquals(a, b, "fixed seed gives the same interval");
    }

    @Test
    void resamplesAvertingNothingMakeTheUpperBoundUnbounded() {
        // half the pairs avert nothing: many resamples have mean averted ≤ 0
        Bootstrap.Ratio r = Bootstrap.ratioOfMeans(new double[] {100, 100, 100, 100}, new double[] {1, -1, 0, 0.5});
        assertTrue(r.defined());
        assertEquals(Double.POSITIVE_INFINITY, r.high());
    }
}
