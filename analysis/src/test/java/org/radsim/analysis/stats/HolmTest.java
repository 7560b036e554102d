package org.radsim.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class HolmTest {

    @Test
    void stepDownAdjustmentByHand() {
        // sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → kept monotone at 0.06
        double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, adjusted, 1e-15);
    }

    @Test
    void adjustedValuesAreCappedAtOneAndNaNIsIgnored() {
        // m = 2 (NaN does not count): 0.02·2 = 0.04, then 0.6·1 = 0.6
        assertArrayEquals(new double[] {0.6, Double.NaN, 0.04}, Holm.adjust(new double[] {0.6, Double.NaN, 0.02}), 1e-15);
        // 0.6·2 = 1.2 is capped at 1, and monotonicity lifts 0.7 to 1
        assertArrayEquals(new double[] {1.0, 1.0}, Holm.adjust(new double[] {0.6, 0.7}), 1e-15);
    }
}
