package org.radsim.core.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.replication.Seeds;
import org.radsim.core.scenario.Where;

/**
 * Coverage of ABC-SMC on the contagion model, through the real scenario path ({@link ScenarioSimulator}): data
 * simulated at a known β = 0.5 with 30 different seeds, each calibrated with its own calibration seed; the true β
 * must lie in the 90 % posterior interval in at least 24 of 30 (a binomial(30, 0.9) falls below 24 with
 * probability 0.026 if the interval were exact; ABC at ε &gt; 0 is conservative, so more is expected). The mean
 * width of the interval is printed. A cheap setting keeps CI fast: 200 agents, 40 steps of dt = 0.5, 60 particles,
 * 5 generations.
 */
class ContagionCoverageTest {

    static final double TRUE_BETA = 0.5;

    static final String SCENARIO = """
            name: contagion-coverage
            model: contagion
            ticks: 40
            contagion: {n: 200, dt: 0.5, beta: 0.5, gamma: 0.2, mu: 0.05, s0: 0.95, r0: 0.05}
            """;

    static List<Target> targets(double[] observed) {
        return List.of(
                new Target("mean_E", "mean", "E", null, 1, -1, null, List.of(), observed[0], 0.05, 1, Where.file("test")),
                new Target("mean_R", "mean", "R", null, 1, -1, null, List.of(), observed[1], 0.05, 1, Where.file("test")));
    }

    static Calibration calibration(Path base, long seed, double[] observed) {
        return new Calibration("coverage", "", base, base.toString(), List.of(), seed, "smc", 60, 0.5, 5, 0.0,
                1_000_000, 0.001, List.of(new Parameter("beta", "contagion.beta", new Prior.Uniform(0.05, 2.0), false,
                Where.file("test"))), targets(observed));
    }

    @Test
    void trueBetaIsInsideTheNinetyPercentIntervalInAtLeast24Of30(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("contagion.yaml");
        Files.writeString(base, SCENARIO);
        int inside = 0;
        double width = 0;
        long sims = 0;
        long t0 = System.nanoTime();
        for (int s = 0; s < 30; s++) {
            Calibration probe = calibration(base, s, new double[] {0, 0});
            double[] observed = new ScenarioSimulator(probe).simulate(new double[] {TRUE_BETA}, Seeds.derive(99, s));
            Calibration cal = calibration(base, s, observed);
            AbcSmc.Result r = new AbcSmc(cal, new ScenarioSimulator(cal), ParticleStore.inMemory(), 2).run(null);
            Generation post = r.posterior();
            double lo = post.quantile(0, 0.05);
            double hi = post.quantile(0, 0.95);
            inside += lo <= TRUE_BETA && TRUE_BETA <= hi ? 1 : 0;
            width += (hi - lo) / 30;
            sims += r.simulations();
        }
        System.out.printf(Locale.ROOT, "contagion coverage: true beta in the 90%% interval in %d of 30; mean width %.3f "
                + "(prior width 1.95); %d simulations in %.1f s%n", inside, width, sims, (System.nanoTime() - t0) / 1e9);
        assertTrue(inside >= 24, "coverage " + inside + " of 30");
    }
}
