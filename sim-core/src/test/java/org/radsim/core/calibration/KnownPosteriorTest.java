package org.radsim.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.radsim.core.replication.MetricLayout;
import org.radsim.core.replication.RandomStream;
import org.radsim.core.replication.Replication;
import org.radsim.core.replication.TickSink;
import org.radsim.core.scenario.Where;

/**
 * The ABC engine against posteriors known in closed form. The "models" are tiny {@link Replication}s, run through
 * the same path as the real model: Replication → TickSink → {@link TargetStatistics} → {@link Distance} →
 * {@link AbcSmc}.
 */
class KnownPosteriorTest {

    /** A one-tick replication that reports one drawn value. */
    record Draw(double value) implements Replication {
        @Override
        public MetricLayout layout() {
            return MetricLayout.globalOnly(List.of("x"));
        }

        @Override
        public void run(TickSink sink) throws IOException {
            sink.tick(0, new double[] {value}, new double[0][]);
        }

        @Override
        public Map<String, Double> extraSummary() {
            return Map.of();
        }
    }

    static Simulator simulator(List<Target> targets, BiFunction<double[], RandomStream, Double> model) {
        return (theta, seed) -> {
            Replication rep = new Draw(model.apply(theta, RandomStream.of(seed)));
            TargetStatistics s = new TargetStatistics(targets, rep.layout(), 1);
            rep.run(s);
            return s.values();
        };
    }

    static Calibration calibration(String method, int particles, double eps, Prior prior, Target target) {
        return new Calibration("test", "", null, "none", List.of(), 42, method, particles, 0.5, 30, eps,
                10_000_000, 0.001, List.of(new Parameter("theta", "theta", prior, false, Where.file("test"))),
                List.of(target));
    }

    static Target target(double observed, double scale) {
        return new Target("x", "final", "x", null, 0, -1, null, List.of(), observed, scale, 1, Where.file("test"));
    }

    @Test
    void conjugateNormal() throws IOException {
        // θ ~ N(0, 1), x ~ N(θ, 0.5²), x = 1: posterior N(0.8, 0.2), SD 0.4472
        Target t = target(1.0, 1.0);
        Calibration cal = calibration("smc", 1000, 0.02, new Prior.TruncatedNormal(0, 1, -8, 8), t);
        Simulator sim = simulator(List.of(t), (th, rng) -> th[0] + 0.5 * Kernel.gaussian(rng));
        AbcSmc.Result r = new AbcSmc(cal, sim, ParticleStore.inMemory(), 2).run((g, n, s) ->
                System.out.printf("gen %d eps %.4f acc %.3f ess %.0f mean %.4f sd %.4f%n", g.index(), g.epsilon(),
                        g.acceptance(), g.ess(), g.mean(0), g.sd(0)));
        Generation post = r.posterior();
        System.out.println(r.stopReason() + ", " + r.simulations() + " simulations");
        assertEquals(0.8, post.mean(0), 0.04, "posterior mean");
        assertEquals(Math.sqrt(0.2), post.sd(0), 0.05 * Math.sqrt(0.2), "posterior SD");
        assertTrue(post.epsilon() <= 0.02);
    }

    @Test
    void betaBinomial() throws IOException {
        // p ~ U(0, 1), x ~ Binomial(20, p), x = 7: posterior Beta(8, 14), mean 8/22, SD sqrt(8·14/(22²·23));
        // exact matching (ε = 0) makes rejection ABC exact
        Target t = target(7, 1.0);
        Calibration cal = calibration("rejection", 2000, 0, new Prior.Uniform(0, 1), t);
        Simulator sim = simulator(List.of(t), (th, rng) -> {
            int x = 0;
            for (int k = 0; k < 20; k++) {
                x += rng.nextDouble() < th[0] ? 1 : 0;
            }
            return (double) x;
        });
        AbcSmc.Result r = new AbcSmc(cal, sim, ParticleStore.inMemory(), 2).run(null);
        Generation post = r.posterior();
        double mean = 8.0 / 22;
        double sd = Math.sqrt(8.0 * 14 / (22.0 * 22 * 23));
        System.out.printf("beta-binomial: mean %.4f (%.4f), sd %.4f (%.4f), acceptance %.3f%n", post.mean(0), mean,
                post.sd(0), sd, post.acceptance());
        assertEquals(mean, post.mean(0), 0.05 * mean);
        assertEquals(sd, post.sd(0), 0.05 * sd);
    }
}
