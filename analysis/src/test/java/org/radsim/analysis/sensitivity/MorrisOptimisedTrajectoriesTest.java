package org.radsim.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.sweep.Designs;
import org.radsim.core.sweep.Sweep;
import org.radsim.core.sweep.SweepLoader;
import org.radsim.core.sweep.TestFunction;

/**
 * Morris with optimised trajectories (Campolongo, Cariboni &amp; Saltelli 2007, {@code design.candidates}) against
 * random trajectories with the same number of runs, on Sobol's G function (a = 0, 1, 4.5, 9, 99, 99, 99, 99: the
 * importance of x_i falls as a_i grows, the last four are negligible). For each of 200 master seeds both designs
 * plan r = 4 trajectories (36 runs; the optimised ones the best 4 of 100); μ* is scored by the share of the 22 factor
 * pairs with a_i &lt; a_j that it orders correctly, and by whether it gives the whole known order (x1 &gt; x2 &gt;
 * x3 &gt; x4 &gt; each of x5…x8). "At least as good" is tested as: the paired mean difference (optimised − random)
 * of each score is not significantly below zero (its one-sided 95 % bound, mean + 1.645·SE, is ≥ 0). On this
 * grid both designs rank the G function almost perfectly, so the gain is small (README, "Parameter sweeps").
 */
class MorrisOptimisedTrajectoriesTest {

    private static final int SEEDS = 200;

    @TempDir
    Path tmp;

    private Sweep sweep(long seed, String design) throws Exception {
        StringBuilder y = new StringBuilder("name: g\nmodel: sobol_g\nseed: " + seed + "\nfactors:\n");
        for (int i = 1; i <= 8; i++) {
            y.append("  - {path: x").append(i).append(", min: 0, max: 1}\n");
        }
        y.append("design: ").append(design).append("\nmetrics: [y]\n");
        Path f = tmp.resolve("g-" + seed + ".yaml");
        Files.writeString(f, y.toString());
        return SweepLoader.load(f);
    }

    /** μ* of the G function's eight inputs from a sweep's design points. */
    private static double[] muStar(Sweep s) {
        List<double[]> pts = Designs.points(s);
        double[][] u = pts.toArray(new double[0][]);
        double[] y = new double[u.length];
        for (int p = 0; p < u.length; p++) {
            y[p] = TestFunction.SOBOL_G.value(u[p]);
        }
        List<Morris.Stat> stats = Morris.analyze(u, y, TestFunction.SOBOL_G.inputs(), 10);
        double[] m = new double[stats.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = stats.get(i).muStar().value();
        }
        return m;
    }

    /** Share of the pairs (i, j) with a_i &lt; a_j whose μ* is in that order. */
    static double concordance(double[] muStar) {
        double[] a = TestFunction.G_A;
        int pairs = 0;
        int right = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (a[i] < a[j]) {
                    pairs++;
                    right += muStar[i] > muStar[j] ? 1 : 0;
                }
            }
        }
        return (double) right / pairs;
    }

    @Test
    void optimisedTrajectoriesRankTheGFunctionAtLeastAsWellAsRandomOnesWithTheSameRuns() throws Exception {
        double[] pairs = new double[SEEDS];
        double[] exact = new double[SEEDS];
        double randomScore = 0;
        double optimisedScore = 0;
        int randomExact = 0;
        int optimisedExact = 0;
        for (int s = 0; s < SEEDS; s++) {
            long seed = s + 1;
            Sweep random = sweep(seed, "{type: morris, trajectories: 4, levels: 4}");
            Sweep optimised = sweep(seed, "{type: morris, trajectories: 4, levels: 4, candidates: 100}");
            assertEquals(Designs.pointCount(random), Designs.pointCount(optimised), "same number of runs");
            assertEquals(36, Designs.points(optimised).size());
            double r = concordance(muStar(random));
            double o = concordance(muStar(optimised));
            pairs[s] = o - r;
            exact[s] = (o == 1 ? 1 : 0) - (r == 1 ? 1 : 0);
            randomScore += r / SEEDS;
            optimisedScore += o / SEEDS;
            randomExact += r == 1 ? 1 : 0;
            optimisedExact += o == 1 ? 1 : 0;
        }
        double pairsBound = upperBound(pairs);
        double exactBound = upperBound(exact);
        System.out.printf(Locale.ROOT, "G function, r = 4, %d seeds: pairs ordered right %.4f (random) vs %.4f "
                + "(optimised), bound %.4f; whole order right %d vs %d, bound %.4f%n", SEEDS, randomScore,
                optimisedScore, pairsBound, randomExact, optimisedExact, exactBound);
        assertTrue(pairsBound >= 0, "optimised orders significantly fewer pairs right: " + optimisedScore + " vs "
                + randomScore);
        assertTrue(exactBound >= 0, "optimised gives the whole order significantly less often: " + optimisedExact
                + " vs " + randomExact + " of " + SEEDS);
    }

    /** One-sided 95 % upper bound of the mean: mean + 1.645·sd/√n. */
    private static double upperBound(double[] d) {
        double mean = java.util.Arrays.stream(d).average().orElse(0);
        double ss = java.util.Arrays.stream(d).map(v -> (v - mean) * (v - mean)).sum();
        return mean + 1.6448536269514722 * Math.sqrt(ss / (d.length - 1) / d.length);
    }

    @Test
    void concordanceCountsTheKnownOrder() {
        assertEquals(1.0, concordance(new double[] {8, 7, 6, 5, 1, 1, 1, 1}), 1e-12);
        // x4 below x5: 1 of the 22 ordered pairs wrong
        assertEquals(21.0 / 22, concordance(new double[] {8, 7, 6, 1, 2, 0.5, 0.5, 0.5}), 1e-12);
    }

    @Test
    void fewerCandidatesThanTrajectoriesIsRefusedAndOnlyAnOptimisedDesignRecordsItsCandidates() throws Exception {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.radsim.core.scenario.ScenarioException.class,
                () -> sweep(1, "{type: morris, trajectories: 10, candidates: 5}"));
        assertTrue(e.getMessage().contains("design.candidates") && e.getMessage().contains("candidates 5 < trajectories 10"),
                e.getMessage());
        assertTrue(sweep(2, "{type: morris, trajectories: 4, candidates: 40}").design().settings().containsKey("candidates"));
        // a random-trajectory design keeps the settings (and so the plan hash) it had before the option existed
        assertEquals(java.util.Map.of("type", "morris", "trajectories", 4, "levels", 4),
                sweep(3, "{type: morris, trajectories: 4}").design().settings());
    }
}
