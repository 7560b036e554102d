package org.radsim.core.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.radsim.core.replication.RandomStream;
import org.radsim.core.replication.Seeds;

/**
 * Approximate Bayesian computation: rejection ABC (one generation from the prior at the tolerance
 * {@code epsilon}) and ABC-SMC (population Monte Carlo, Beaumont, Cornuet, Marin &amp; Robert 2009, Biometrika
 * 96:983) with a quantile-based adaptive tolerance (ε_t = the {@code quantile} of generation t−1's distances,
 * Del Moral, Doucet &amp; Jasra 2012), the optimal-local-covariance normal {@link Kernel} (Filippi et al. 2013) and
 * importance weights {@code w_i ∝ π(θ_i) / Σ_j W_j K_j(θ_i)}.
 *
 * <p>Particle i of generation t tries attempt a = 0, 1, … until one simulation is within ε_t; attempt a draws from
 * its own stream, seeded from (calibration seed, t, i, a), and its simulation uses a seed derived from the same
 * four numbers. So a calibration is a pure function of its file: the same particles on any thread count, in any
 * order, on one machine or as a Slurm job array, and after a kill and resume.
 *
 * <p>Stop rules, checked in this order after each generation: the tolerance reached {@code epsilon}; the
 * acceptance rate fell below {@code min_acceptance}; {@code max_generations}; the tolerance no longer shrinks
 * (all remaining distances equal); and before each generation, {@code max_simulations}. A particle not accepted in
 * {@link Calibration#maxAttempts()} attempts ends the calibration with the previous generation as the result.
 */
public final class AbcSmc {

    /** Told about each finished generation. */
    public interface Listener {
        void generation(Generation g, long totalSimulations, double seconds);
    }

    /** The outcome: the completed generations (the last is the posterior) and why it stopped. */
    public record Result(List<Generation> generations, String stopReason, long simulations) {
        public Generation posterior() {
            return generations.get(generations.size() - 1);
        }
    }

    private final Calibration cal;
    private final Simulator simulator;
    private final ParticleStore store;
    private final int threads;
    private final double[] ranges;

    public AbcSmc(Calibration cal, Simulator simulator, ParticleStore store, int threads) {
        this.cal = cal;
        this.simulator = simulator;
        this.store = store;
        this.threads = Math.max(1, threads);
        ranges = cal.parameters().stream().mapToDouble(p -> p.prior().max() - p.prior().min()).toArray();
    }

    /** Runs (or resumes) the whole calibration. */
    public Result run(Listener listener) throws IOException {
        return drive(listener, 0, 1, false);
    }

    /**
     * Computes this shard's missing particles (index ≡ shard mod shards) of the first generation not yet complete
     * (one Slurm array task); the generations before it must be complete in the store.
     *
     * @return the generation worked on, or −1 when the calibration has already stopped
     */
    public int runShard(int shard, int shards) throws IOException {
        Result r = drive(null, shard, shards, true);
        return r.stopReason() == null ? r.generations().size() : -1;
    }

    private Result drive(Listener listener, int shard, int shards, boolean oneShard) throws IOException {
        List<Generation> done = new ArrayList<>();
        long sims = 0;
        long t0 = System.nanoTime();
        boolean smc = cal.method().equals("smc");
        int maxGen = smc ? cal.maxGenerations() : 1;
        for (int t = 0; ; t++) {
            if (t >= maxGen) {
                return new Result(done, smc ? "max_generations (" + maxGen + ") reached" : "rejection ABC: one generation at epsilon " + cal.epsilon(), sims);
            }
            if (sims >= cal.maxSimulations()) {
                return new Result(done, "max_simulations: " + sims + " simulations run (limit " + cal.maxSimulations() + ")", sims);
            }
            double eps;
            if (!smc) {
                eps = cal.epsilon();
            } else if (t == 0) {
                eps = Double.POSITIVE_INFINITY;
            } else {
                Generation prev = done.get(t - 1);
                double[] d = prev.particles().stream().mapToDouble(Particle::distance).sorted().toArray();
                double q = d[(int) Math.min(d.length - 1, Math.max(0, Math.ceil(cal.quantile() * d.length) - 1))];
                eps = Math.max(cal.epsilon(), q);
                if (!(eps < prev.epsilon())) {
                    return new Result(done, "epsilon no longer shrinks (" + prev.epsilon() + ": the "
                            + cal.quantile() + " quantile of the distances equals the current tolerance)", sims);
                }
            }
            Generation prev = t == 0 ? null : done.get(t - 1);
            Kernel kernel = prev == null ? null : new Kernel(prev, eps, ranges);
            Particle[] ps = particles(t, eps, prev, kernel, shard, shards);
            if (oneShard) {
                boolean complete = Arrays.stream(ps).allMatch(p -> p != null);
                if (!complete) {
                    return new Result(done, null, sims);
                }
            }
            for (Particle p : ps) {
                if (p == null) {
                    continue;
                }
                if (p.distance() > eps) {
                    long used = Arrays.stream(ps).mapToLong(Particle::attempts).sum();
                    return new Result(done, "min_acceptance: particle " + p.index() + " of generation " + t
                            + " was not accepted in " + cal.maxAttempts() + " attempts at epsilon " + eps
                            + " (acceptance below " + cal.minAcceptance() + "; epsilon " + cal.epsilon()
                            + " looks unreachable); the posterior is generation " + (t - 1), sims + used);
                }
            }
            Generation g = weigh(t, eps, Arrays.asList(ps), prev, kernel);
            sims += g.simulations();
            done.add(g);
            if (listener != null) {
                listener.generation(g, sims, (System.nanoTime() - t0) / 1e9);
            }
            if (smc && eps <= cal.epsilon()) {
                return new Result(done, "epsilon " + cal.epsilon() + " reached", sims);
            }
            if (g.acceptance() < cal.minAcceptance()) {
                return new Result(done, "min_acceptance: acceptance " + g.acceptance() + " below " + cal.minAcceptance(), sims);
            }
        }
    }

    /** The particles of generation t: loaded from the store, or computed (in parallel) and stored. */
    private Particle[] particles(int t, double eps, Generation prev, Kernel kernel, int shard, int shards) throws IOException {
        int n = cal.particles();
        Particle[] out = new Particle[n];
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out[i] = store.load(t, i);
            if (out[i] == null && i % shards == shard) {
                todo.add(i);
            }
        }
        if (todo.isEmpty()) {
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, todo.size()), r -> {
            Thread th = new Thread(r, "abc");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<Particle>> fs = new ArrayList<>();
            for (int i : todo) {
                fs.add(pool.submit(() -> {
                    Particle p = particle(t, i, eps, prev, kernel);
                    store.save(t, p);
                    return p;
                }));
            }
            for (int k = 0; k < todo.size(); k++) {
                try {
                    out[todo.get(k)] = fs.get(k).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof IOException io) {
                        throw io;
                    }
                    if (c instanceof UncheckedIOException u) {
                        throw u.getCause();
                    }
                    if (c instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(c);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** Particle i of generation t: attempts until one is within eps (or the attempt limit). */
    private Particle particle(int t, int i, double eps, Generation prev, Kernel kernel) throws IOException {
        Particle last = null;
        for (long a = 0; a < cal.maxAttempts(); a++) {
            RandomStream rng = RandomStream.of(Seeds.derive(cal.seed(), t, i, a));
            double[] theta = propose(rng, prev, kernel);
            double[] stats = simulator.simulate(theta, Seeds.derive(cal.seed(), t, i, a, 1));
            double d = new Distance(cal.targets()).of(stats);
            last = new Particle(i, theta, stats, d, a + 1);
            if (d <= eps) {
                return last;
            }
        }
        return last;
    }

    private double[] propose(RandomStream rng, Generation prev, Kernel kernel) {
        int dim = ranges.length;
        if (prev == null) {
            double[] th = new double[dim];
            for (int p = 0; p < dim; p++) {
                th[p] = cal.parameters().get(p).prior().sample(rng);
            }
            return th;
        }
        double[] cum = new double[prev.weights().length];
        double c = 0;
        for (int j = 0; j < cum.length; j++) {
            c += prev.weights()[j];
            cum[j] = c;
        }
        for (int tries = 0; ; tries++) {
            double u = rng.nextDouble() * c;
            int j = Arrays.binarySearch(cum, u);
            j = j >= 0 ? j : Math.min(cum.length - 1, -j - 1);
            double[] th = kernel.perturb(j, rng);
            for (int p = 0; p < dim; p++) {
                if (cal.parameters().get(p).integer()) {
                    th[p] = Math.rint(th[p]);
                }
            }
            if (cal.priorDensity(th) > 0) {
                return th;
            }
            if (tries > 100_000) {
                throw new IllegalStateException("the kernel proposes nothing inside the prior's support");
            }
        }
    }

    /** Importance weights of a completed generation (in particle order, so the same on any thread count). */
    private Generation weigh(int t, double eps, List<Particle> ps, Generation prev, Kernel kernel) {
        int n = ps.size();
        double[] w = new double[n];
        long sims = 0;
        for (int i = 0; i < n; i++) {
            Particle p = ps.get(i);
            sims += p.attempts();
            if (prev == null) {
                w[i] = 1;
            } else {
                double denom = 0;
                for (int j = 0; j < prev.weights().length; j++) {
                    denom += prev.weights()[j] * kernel.density(j, p.theta());
                }
                w[i] = cal.priorDensity(p.theta()) / denom;
            }
        }
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        double sq = 0;
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
            sq += w[i] * w[i];
        }
        return new Generation(t, eps, List.copyOf(ps), w, sims, (double) n / sims, 1 / sq);
    }
}
