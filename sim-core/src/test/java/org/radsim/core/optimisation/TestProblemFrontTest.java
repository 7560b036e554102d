package org.radsim.core.optimisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optimiser on ZDT1 and DTLZ2 (3 objectives) through the optimisation-file path: the hypervolume of the front
 * it finds must be within 2 % of the analytic front's, against the reference point (1.1, …, 1.1) (see
 * {@link TestProblem}). Measured at these settings and seeds: ZDT1 (NSGA-II, 100 × 250) 0.993 of the analytic
 * front's against 1.1 and 0.991 against 1.0; DTLZ2 (NSGA-II with an ε = 0.006 archive, 100 × 1000) 0.986 against
 * 1.1 and 0.976 against 1.0 — a finite set of points loses a thin layer along a curved 3-objective front, which
 * the nearer reference point weighs more.
 */
class TestProblemFrontTest {

    @TempDir
    Path tmp;

    private Optimiser.Result run(String yaml) throws Exception {
        Path f = tmp.resolve("opt.yaml");
        Files.writeString(f, yaml);
        return Optimiser.run(OptimisationLoader.load(f), 2, null, "h", g -> { });
    }

    @Test
    void zdt1FrontIsWithinTwoPercentOfTheAnalyticHypervolume() throws Exception {
        Optimiser.Result r = run("problem: zdt1\nseed: 1\nalgorithm: {type: nsga2, population: 100, generations: 250}\n");
        assertEquals(25_000, r.evaluations());
        double ratio = Optimiser.hypervolume(r, TestProblem.REFERENCE)
                / TestProblem.ZDT1_.frontHypervolume(TestProblem.REFERENCE);
        assertTrue(ratio >= 0.98 && ratio <= 1.0 + 1e-9, "hypervolume ratio " + ratio);
    }

    @Test
    void dtlz2FrontIsWithinTwoPercentOfTheAnalyticHypervolume() throws Exception {
        Optimiser.Result r = run("problem: dtlz2\nseed: 1\nalgorithm: {type: nsga2, population: 100, "
                + "generations: 1000, epsilon: 0.006, archive: true}\n");
        double ratio = Optimiser.hypervolume(r, TestProblem.REFERENCE)
                / TestProblem.DTLZ2_.frontHypervolume(TestProblem.REFERENCE);
        assertTrue(ratio >= 0.98 && ratio <= 1.0 + 1e-9, "hypervolume ratio " + ratio);
    }

    @Test
    void theSameSeedGivesTheSameFrontOnOneOrTwoThreads() throws Exception {
        Path f = tmp.resolve("small.yaml");
        Files.writeString(f, "problem: zdt1\nseed: 7\nalgorithm: {type: nsga2, population: 20, generations: 15}\n");
        Optimisation o = OptimisationLoader.load(f);
        Optimiser.Result one = Optimiser.run(o, 1, null, "h", g -> { });
        Optimiser.Result two = Optimiser.run(o, 2, null, "h", g -> { });
        assertEquals(one.front().size(), two.front().size());
        for (int i = 0; i < one.front().size(); i++) {
            assertTrue(java.util.Arrays.equals(one.front().get(i).objectives(), two.front().get(i).objectives()));
        }
    }

    @Test
    void aResumedRunEndsAsAnUninterruptedOne() throws Exception {
        Path f = tmp.resolve("resume.yaml");
        Files.writeString(f, "problem: zdt1\nseed: 9\nalgorithm: {type: nsga2, population: 20, generations: 12}\n");
        Optimisation full = OptimisationLoader.load(f);
        Optimiser.Result whole = Optimiser.run(full, 1, null, "h", g -> { });
        Path cp = tmp.resolve("checkpoint.bin");
        Files.writeString(tmp.resolve("part.yaml"),
                "problem: zdt1\nseed: 9\nalgorithm: {type: nsga2, population: 20, generations: 5}\n");
        Optimiser.run(OptimisationLoader.load(tmp.resolve("part.yaml")), 1, cp, "h", g -> { });
        Optimiser.Result resumed = Optimiser.run(full, 1, cp, "h", g -> { });
        assertEquals(5, resumed.resumedAt());
        assertEquals(whole.evaluations(), resumed.evaluations());
        assertEquals(whole.front().size(), resumed.front().size());
        for (int i = 0; i < whole.front().size(); i++) {
            assertTrue(java.util.Arrays.equals(whole.front().get(i).objectives(), resumed.front().get(i).objectives()));
        }
    }
}
