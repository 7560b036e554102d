package org.radsim.core.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.radsim.core.replication.RandomStream;

class ThinningTest {

    @Test
    void eachCitizenHasItsEventWithItsOwnProbability() {
        int n = 400_000;
        double[] p = {0.01, 0.05, 0.0, 0.03};
        Thinning t = new Thinning(0.05);
        RandomStream rng = RandomStream.of(12);
        int[] events = new int[p.length];
        for (int i = t.first(rng, 0, n); i < n; i = t.next(rng, i, n)) {
            if (t.accept(rng, p[i % p.length])) {
                events[i % p.length]++;
            }
        }
        for (int c = 0; c < p.length; c++) {
            double expected = p[c] * n / p.length;
            double sd = Math.sqrt(expected * (1 - p[c]));
            assertEquals(expected, events[c], Math.max(1e-9, 5 * sd), "class with p = " + p[c]);
        }
    }

    @Test
    void certainEventsVisitEveryCitizenAndImpossibleOnesNone() {
        RandomStream rng = RandomStream.of(1);
        Thinning all = new Thinning(1.0);
        int visited = 0;
        for (int i = all.first(rng, 10, 20); i < 20; i = all.next(rng, i, 20)) {
            visited++;
        }
        assertEquals(10, visited);
        assertEquals(true, new Thinning(0.0).never());
    }

    /**
     * Gaps are geometric with p_max: at p = 0.1, over 200 000 gaps, the share of gaps of 0, 1 and 2 is p(1 − p)^k
     * (0.1, 0.09, 0.081) and the mean is (1 − p)/p = 9, each within 5 standard errors (binomial, and the geometric
     * SD √(1 − p)/p / √n).
     */
    @Test
    void gapsAreGeometric() {
        double p = 0.1;
        int n = 200_000;
        Thinning t = new Thinning(p);
        RandomStream rng = RandomStream.of(3);
        int[] small = new int[3];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            int g = t.gap(rng);
            sum += g;
            if (g < small.length) {
                small[g]++;
            }
        }
        for (int k = 0; k < small.length; k++) {
            double q = p * Math.pow(1 - p, k);
            assertEquals(q, small[k] / (double) n, 5 * Math.sqrt(q * (1 - q) / n), "share of gaps of " + k);
        }
        assertEquals((1 - p) / p, sum / n, 5 * Math.sqrt(1 - p) / p / Math.sqrt(n), "mean gap");
        assertEquals(Integer.MAX_VALUE, new Thinning(0.0).gap(rng), "no candidate when no one can have the event");
    }
}
