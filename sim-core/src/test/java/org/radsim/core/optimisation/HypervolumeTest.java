package org.radsim.core.optimisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HypervolumeTest {

    @Test
    void twoPointsInTwoObjectivesByHand() {
        // (0.2, 0.6) and (0.5, 0.3) against (1, 1): 0.8·0.4 + 0.5·0.7 − 0.5·0.4 = 0.32 + 0.35 − 0.2... by strips:
        // x in [0.2, 0.5): height 0.4; x in [0.5, 1): height 0.7 → 0.12 + 0.35 = 0.47
        assertEquals(0.47, Hypervolume.of(List.of(new double[] {0.2, 0.6}, new double[] {0.5, 0.3}),
                new double[] {1, 1}), 1e-12);
    }

    @Test
    void dominatedAndOutsidePointsAddNothing() {
        List<double[]> pts = List.of(new double[] {0.5, 0.5}, new double[] {0.6, 0.6}, new double[] {1.2, 0.1});
        assertEquals(0.25, Hypervolume.of(pts, new double[] {1, 1}), 1e-12);
    }

    @Test
    void threeObjectivesByHand() {
        // (0.5, 0.5, 0) and (0, 0, 0.5): boxes 0.25·1 and 1·1·0.5 overlapping in 0.25·0.5 → 0.625
        assertEquals(0.625, Hypervolume.of(List.of(new double[] {0.5, 0.5, 0}, new double[] {0, 0, 0.5}),
                new double[] {1, 1, 1}), 1e-12);
    }

    @Test
    void aDenseZdt1FrontApproachesTwoThirds() {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            double f1 = i / 10_000.0;
            pts.add(new double[] {f1, 1 - Math.sqrt(f1)});
        }
        assertEquals(2.0 / 3.0, Hypervolume.of(pts, new double[] {1, 1}), 1e-3);
    }
}
