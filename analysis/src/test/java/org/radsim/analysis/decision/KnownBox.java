package org.radsim.analysis.decision;

import java.util.SplittableRandom;

/**
 * The synthetic scenario-discovery problem of issue 15: 2 000 points, 5 factors uniform on [0, 1],
 * {@code y = 1} inside {@code [0.2, 0.5] × [0.6, 0.9]} of factors {@code x1} and {@code x2}, else 0, each label
 * flipped with probability 0.1 (fixed seed). Density inside the true box ≈ 0.9, outside ≈ 0.1.
 */
final class KnownBox {

    static final String[] FACTORS = {"x1", "x2", "x3", "x4", "x5"};
    static final int POINTS = 2000;
    final double[][] x = new double[POINTS][FACTORS.length];
    final double[] y = new double[POINTS];

    KnownBox(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < POINTS; i++) {
            for (int j = 0; j < FACTORS.length; j++) {
                x[i][j] = rng.nextDouble();
            }
            boolean in = x[i][0] >= 0.2 && x[i][0] <= 0.5 && x[i][1] >= 0.6 && x[i][1] <= 0.9;
            boolean flip = rng.nextDouble() < 0.1;
            y[i] = in != flip ? 1 : 0;
        }
    }
}
