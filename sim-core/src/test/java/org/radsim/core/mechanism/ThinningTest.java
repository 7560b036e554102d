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
}
