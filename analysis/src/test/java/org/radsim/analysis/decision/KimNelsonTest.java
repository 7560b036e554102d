package org.radsim.analysis.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** KN on synthetic normal systems with known means. */
class KimNelsonTest {

    /** Runs one macro-replication of KN on normal systems with the given means and SD 1, returns the selection. */
    private static KimNelson run(double[] means, KimNelson.Settings settings, SplittableRandom rng) {
        KimNelson kn = new KimNelson(settings, means.length);
        while (kn.stop() == KimNelson.Stop.RUNNING) {
            double[] x = new double[means.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = means[i] + gaussian(rng);
            }
            kn.add(x);
        }
        return kn;
    }

    private static double gaussian(SplittableRandom rng) {
        // Box–Muller; SplittableRandom has no nextGaussian on Java 17
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    /**
     * The coverage simulation: 5 systems in the slippage configuration (best mean δ = 0.5 above the other four,
     * SD 1, the least favourable case for an indifference-zone procedure), α = 0.05, n₀ = 10, no cap, 2 000
     * macro-replications at a fixed seed. KN guarantees PCS ≥ 0.95; the observed share must not fall below it by
     * more than three binomial standard errors, 3·√(0.95·0.05/2000) = 0.0146.
     */
    @Test
    void correctSelectionProbabilityMeetsTheGuarantee() {
        double[] means = {0, 0, 0.5, 0, 0};
        KimNelson.Settings s = new KimNelson.Settings(0.05, 0.5, 10, Integer.MAX_VALUE);
        SplittableRandom rng = new SplittableRandom(20261202L);
        int macro = 2000;
        int correct = 0;
        for (int m = 0; m < macro; m++) {
            KimNelson kn = run(means, s, rng);
            assertEquals(KimNelson.Stop.RESOLVED, kn.stop());
            if (kn.best() == 2) {
                correct++;
            }
        }
        double pcs = (double) correct / macro;
        assertTrue(pcs >= 0.95 - 3 * Math.sqrt(0.95 * 0.05 / macro), "PCS " + pcs);
    }

    @Test
    void aClearWinnerIsResolvedSoonAfterTheFirstStage() {
        KimNelson kn = run(new double[] {0, 5, 0}, new KimNelson.Settings(0.05, 0.5, 10, 1000),
                new SplittableRandom(1));
        assertEquals(KimNelson.Stop.RESOLVED, kn.stop());
        assertEquals(1, kn.best());
        assertEquals(10, kn.replications());
    }

    @Test
    void equalSystemsUnderATightCapAreNotSeparable() {
        KimNelson kn = run(new double[] {0, 0, 0}, new KimNelson.Settings(0.05, 0.1, 10, 30),
                new SplittableRandom(2));
        assertEquals(KimNelson.Stop.NOT_SEPARABLE, kn.stop());
        assertEquals(30, kn.replications());
        assertTrue(kn.survivors().size() >= 2);
    }

    @Test
    void constantsMatchTheFormula() {
        // k = 2, α = 0.05, n0 = 10: η = ½(0.1^(−2/9) − 1), h² = 2η·9
        KimNelson kn = new KimNelson(new KimNelson.Settings(0.05, 1, 10, 10), 2);
        double eta = 0.5 * (Math.pow(0.1, -2.0 / 9) - 1);
        assertEquals(18 * eta, kn.h2(), 1e-12);
    }
}
