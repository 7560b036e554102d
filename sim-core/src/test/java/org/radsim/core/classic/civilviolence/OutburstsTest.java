package org.radsim.core.classic.civilviolence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutburstsTest {

    @Test
    void countsOutburstsWaitsAndActivation() {
        Outbursts o = new Outbursts(50);
        //            t: 1   2   3   4   5   6   7   8   9
        int[] actives = {0, 60, 70, 50, 40, 0, 0, 51, 30};
        for (int t = 0; t < actives.length; t++) {
            o.observe(t + 1, actives[t]);
        }
        assertEquals(2, o.count());
        // first: starts t=2 (60 > 50), 50 is not below 50 so it continues, ends t=5 (40 < 50): 60+70+50 = 180
        // second: starts t=8, ends t=9: 51
        assertEquals((180 + 51) / 2.0, o.meanActivation(), 1e-12);
        assertEquals(8 - 5, o.meanWait(), 1e-12);
        assertEquals(8 - 2, o.meanInterval(), 1e-12);
        assertEquals(70, o.peak());
        assertTrue(Double.isNaN(o.quietShare()), "no tick after the burn-in");
    }

    @Test
    void quietShareCountsTicksAfterTheBurnIn() {
        Outbursts o = new Outbursts(50);
        for (int t = 1; t <= 200; t++) {
            o.observe(t, t <= 150 ? 0 : 20);
        }
        assertEquals(50.0 / 100.0, o.quietShare(), 1e-12);
    }
}
