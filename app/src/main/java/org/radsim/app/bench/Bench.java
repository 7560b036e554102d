package org.radsim.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.radsim.core.mechanism.SocialInfluence;
import org.radsim.core.model.Phase;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.network.SocialNetwork;
import org.radsim.core.output.ResultsFolderException;
import org.radsim.core.population.Population;
import org.radsim.core.replication.Blocks;
import org.radsim.core.run.RunOptions;
import org.radsim.core.run.Runner;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.output.FileTrees;

/**
 * The measurements of {@code radsim bench}, in one process and one run:
 * <ol>
 * <li>full-model throughput (citizen-ticks per second) at each population size, on 1 thread and on all threads;</li>
 * <li>the {@link LimitKernel memory-limit kernel} on the same network, and the model's time ratio to it;</li>
 * <li>the model's social-influence step on arrays ({@link SocialInfluence}) against the
 * {@link ObjectPeer object-per-agent MASON peer} on the same graph: time and memory ratios;</li>
 * <li>memory per citizen (heap after garbage collection, network included) and the largest population that fits
 * this JVM's heap;</li>
 * <li>a profile of the full model at the largest size: CPU time per citizen and tick of each process
 * ({@link PhaseProfile});</li>
 * <li>construction time per citizen, and the limit kernel's own N-thread speed-up beside the model's;</li>
 * <li>sweep throughput: replications of a small scenario through the {@link Runner} on 1 and 2 threads, as many
 * as {@link Plan#sweepSeconds} of one-thread work, beside the speed-up of independent limit kernels.</li>
 * </ol>
 * Throughputs are measured over at least {@link Plan#seconds} of wall time after a warm-up, and are also given per
 * CPU-second of this process's Java threads (for sweeps, of the whole process, since the runner's threads end with
 * it), which stays meaningful when other processes share the cores: on a
 * busy machine the wall-clock figures and speed-ups show the cores the process obtained, the per-CPU figures what
 * the code does with them. For multi-threaded figures the cores obtained (CPU seconds per wall second) and the
 * parallel efficiency (per-CPU throughput on N threads over that on 1) are reported too. Benchmarks are figures,
 * not tests: nothing here asserts a speed.
 */
public final class Bench {

    /**
     * What to measure.
     *
     * @param sizes             population sizes for the model and the limit kernel
     * @param peerSizes         population sizes at which the object-per-agent peer is built and measured
     * @param threads           "all threads" (the second thread count measured)
     * @param seconds           wall time per throughput figure (after a warm-up of a third of it)
     * @param sweepSize         citizens per replication in the sweep figure
     * @param sweepTicks        ticks per replication in the sweep figure
     * @param sweepReplications replications per sweep figure, or 0 for as many as {@code sweepSeconds} of one-thread
     *                          work (measured on one replication first)
     * @param sweepSeconds      one-thread work of the sweep figure when {@code sweepReplications} is 0
     * @param profileTicks      ticks of the process-by-process profile at the largest size
     * @param seed              run seed
     */
    public record Plan(List<Integer> sizes, List<Integer> peerSizes, int threads, double seconds, int sweepSize,
                       int sweepTicks, int sweepReplications, double sweepSeconds, int profileTicks, long seed) {

        public Plan {
            sizes = List.copyOf(sizes);
            peerSizes = List.copyOf(peerSizes);
            if (threads < 1 || seconds <= 0 || sweepReplications < 0 || sweepSize < 1 || sweepTicks < 1
                    || (sweepReplications == 0 && sweepSeconds <= 0)) {
                throw new IllegalArgumentException("bench plan needs positive threads, seconds and sweep settings");
            }
        }
    }

    /** The scenario under test with some keys overridden ({@code population.size=…}, {@code ticks=…}). */
    @FunctionalInterface
    public interface Scenarios {
        Scenario load(List<String> overrides) throws ScenarioException;
    }

    /** Each throughput is the best of this many rounds: other processes on the machine only ever slow a round down. */
    private static final int ROUNDS = 3;
    /** Rounds of the sweep figure: one sweep on 1 thread and one on 2 threads each. */
    private static final int SWEEP_ROUNDS = 2;
    /** Builds timed for each construction figure (the best counts), each from a collected heap. */
    private static final int CONSTRUCTION_ROUNDS = 3;
    /**
     * Builds in the warm-up, on each thread count: one was too few for the just-in-time compiler, so the first
     * construction figure (10<sup>4</sup> citizens, 1 thread) paid for compiling the construction code (753 ns per
     * citizen against 149 at 10<sup>5</sup>, and 284 on 2 threads right after it).
     */
    private static final int WARM_UP_BUILDS = 10;

    /** Checksums of static measurements, kept so that their work cannot be optimised away. */
    private static final java.util.concurrent.atomic.DoubleAdder CHECKSUMS = new java.util.concurrent.atomic.DoubleAdder();

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Scenarios scenarios;
    private final Plan plan;
    private final Consumer<String> progress;
    private final Consumer<BenchRow> out;
    private double sink;

    private Bench(Scenarios scenarios, Plan plan, Consumer<String> progress, Consumer<BenchRow> out) {
        this.scenarios = scenarios;
        this.plan = plan;
        this.progress = progress;
        this.out = out;
    }

    /**
     * Runs every measurement of {@code plan}, sending each row to {@code out} as soon as it is known.
     *
     * @param work     an empty scratch folder for the sweep's results (deleted again)
     * @param progress one line per step, for the console
     */
    public static void run(Scenarios scenarios, Plan plan, Path work, Consumer<String> progress, Consumer<BenchRow> out)
            throws ScenarioException, IOException {
        new Bench(scenarios, plan, progress, out).all(work);
    }

    private void all(Path work) throws ScenarioException, IOException {
        out.accept(BenchRow.of("cores", 0, 0, Runtime.getRuntime().availableProcessors(), "cores"));
        out.accept(BenchRow.of("max heap", 0, 0, Heap.max() / 1048576.0, "MiB"));
        out.accept(BenchRow.of("load average (start)", 0, 0, loadAverage(), "runnable"));
        warmUp(work);
        for (int n : plan.sizes()) {
            size(n);
        }
        sweep(work);
        out.accept(BenchRow.of("load average (end)", 0, 0, loadAverage(), "runnable"));
    }

    private void size(int n) throws ScenarioException {
        Scenario s = scenarios.load(List.of("population.size=" + n));
        long seed = plan.seed();

        progress.accept("model, " + n + " citizens: building");
        long before = Heap.usedAfterGc();
        Built first = construction(s, seed, 1, n, CONSTRUCTION_ROUNDS);
        RadicalizationModel model = first.model();
        double[] build1 = first.perCitizen();
        out.accept(new BenchRow("construction", n, 1, build1[0], build1[1], "ns/citizen"));
        long modelBytes = Heap.usedAfterGc() - before;
        double perCitizen = (double) modelBytes / n;
        out.accept(BenchRow.of("memory per citizen (model, network included)", n, 0, perCitizen, "bytes"));
        if (n == plan.sizes().get(plan.sizes().size() - 1)) {
            largestPopulation(s, before, perCitizen);
        }

        Population p = model.population();
        SocialNetwork net = model.network();
        progress.accept("model and limit kernel, " + n + " citizens, 1 thread");
        double[][] pair1 = modelAndLimit(model, n, 1);
        double[] model1 = pair1[0];
        double[] limit1 = pair1[1];
        out.accept(new BenchRow("model", n, 1, model1[0], model1[1], "citizen-ticks/s"));
        out.accept(new BenchRow("limit kernel", n, 1, limit1[0], limit1[1], "citizen-ticks/s"));
        out.accept(new BenchRow("limit / model (time ratio)", n, 1, limit1[0] / model1[0], limit1[1] / model1[1], "x"));

        progress.accept("social influence on arrays, " + n + " citizens, 1 thread");
        Blocks blocks = new Blocks(n, seed, 1);
        SocialInfluence influence = new SocialInfluence(s.opinion(), p, net, blocks);
        double[] arrays = rate(() -> influence.step(model), n);
        out.accept(new BenchRow("influence step, arrays", n, 1, arrays[0], arrays[1], "citizen-ticks/s"));

        if (n == plan.sizes().get(plan.sizes().size() - 1)) {
            progress.accept("profile by process, " + n + " citizens, 1 thread");
            Map<Phase, Double> profile = PhaseProfile.of(model, seed, plan.profileTicks());
            double total = profile.values().stream().mapToDouble(Double::doubleValue).sum();
            for (Map.Entry<Phase, Double> e : profile.entrySet()) {
                out.accept(new BenchRow("profile: " + e.getKey().name().toLowerCase(Locale.ROOT), n, 1, e.getValue(),
                        Double.NaN, "ns/citizen-tick (CPU)"));
            }
            out.accept(new BenchRow("profile: sum of the processes alone", n, 1, total, Double.NaN,
                    "ns/citizen-tick (CPU)"));
            out.accept(new BenchRow("profile: whole tick (as scheduled)", n, 1,
                    PhaseProfile.scheduled(model, plan.profileTicks()), Double.NaN, "ns/citizen-tick (CPU)"));
        }

        if (plan.peerSizes().contains(n)) {
            peer(s, model, n, arrays, perCitizen);
        }
        model.finish();

        if (plan.threads() > 1) {
            progress.accept("model and limit kernel, " + n + " citizens, " + plan.threads() + " threads");
            Built second = construction(s, seed, plan.threads(), n, CONSTRUCTION_ROUNDS);
            RadicalizationModel parallel = second.model();
            double[] buildN = second.perCitizen();
            out.accept(new BenchRow("construction", n, plan.threads(), buildN[0], buildN[1], "ns/citizen"));
            out.accept(BenchRow.of("construction speed-up", n, plan.threads(), build1[0] / buildN[0], "x"));
            double[][] pairN = modelAndLimit(parallel, n, plan.threads());
            double[] modelN = pairN[0];
            double[] limitN = pairN[1];
            out.accept(new BenchRow("model", n, plan.threads(), modelN[0], modelN[1], "citizen-ticks/s"));
            out.accept(BenchRow.of("model: cores obtained", n, plan.threads(), modelN[2], "CPU-s/s"));
            out.accept(BenchRow.of("model speed-up", n, plan.threads(), modelN[0] / model1[0], "x"));
            out.accept(BenchRow.of("model parallel efficiency (per CPU-s, N vs 1)", n, plan.threads(),
                    modelN[1] / model1[1], "x"));
            out.accept(new BenchRow("limit kernel", n, plan.threads(), limitN[0], limitN[1], "citizen-ticks/s"));
            out.accept(new BenchRow("limit / model (time ratio)", n, plan.threads(), limitN[0] / modelN[0],
                    limitN[1] / modelN[1], "x"));
            out.accept(BenchRow.of("limit kernel speed-up", n, plan.threads(), limitN[0] / limit1[0], "x"));
            out.accept(BenchRow.of("model speed-up / limit kernel speed-up", n, plan.threads(),
                    (modelN[0] / model1[0]) / (limitN[0] / limit1[0]), "x"));
            parallel.finish();
        }
    }

    /**
     * Runs every measured code path once at a small size and throws the figures away, so that the first figures do
     * not pay for class loading and just-in-time compilation (which also burns process CPU time on its own threads).
     */
    private void warmUp(Path work) throws ScenarioException, IOException {
        int n = Math.min(plan.sizes().get(0), 20_000);
        progress.accept("warm-up at " + n + " citizens");
        Scenario s = scenarios.load(List.of("population.size=" + n));
        for (int threads : List.of(1, plan.threads())) {
            RadicalizationModel model = construction(s, plan.seed(), threads, n, WARM_UP_BUILDS).model();
            modelAndLimit(model, n, threads);
            if (threads == 1) {
                SocialInfluence influence = new SocialInfluence(s.opinion(), model.population(), model.network(), new Blocks(n, 1, 1));
                rate(() -> influence.step(model), n);
                Population p = model.population();
                ObjectPeer peer = new ObjectPeer(plan.seed(), model.network(), p.opinion(), p.uncertainty(), p.stage,
                        s.opinion().mu(), s.opinion().extremistUncertainty());
                peer.start();
                rate(() -> peer.schedule.step(peer), n);
                PhaseProfile.of(model, plan.seed(), 2);
            }
            model.finish();
        }
        Scenario small = scenarios.load(List.of("population.size=" + n, "ticks=" + plan.sweepTicks()));
        Path folder = work.resolve("warm-up");
        try {
            Runner.run(small, RunOptions.simple(folder, 2, 2));
        } catch (ResultsFolderException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            deleteTree(folder);
        }
    }

    /**
     * The model's tick and the limit kernel on its network and with as many threads, in {@link #rates interleaved
     * rounds}: {@code {model, limit kernel}}.
     */
    private double[][] modelAndLimit(RadicalizationModel model, int n, int threads) {
        Blocks blocks = new Blocks(n, plan.seed(), threads);
        try {
            LimitKernel kernel = new LimitKernel(model.network(), model.population().opinion(), blocks);
            double[][] r = rates(n, () -> model.schedule.step(model), kernel::step);
            sink += kernel.checksum();
            return r;
        } finally {
            blocks.close();
        }
    }

    private void peer(Scenario s, RadicalizationModel model, int n, double[] arrays, double modelPerCitizen) {
        progress.accept("object-per-agent peer, " + n + " citizens: building");
        Population p = model.population();
        long before = Heap.usedAfterGc();
        ObjectPeer peer = new ObjectPeer(plan.seed(), model.network(), p.opinion(), p.uncertainty(), p.stage,
                s.opinion().mu(), s.opinion().extremistUncertainty());
        peer.start();
        double peerPerCitizen = (double) (Heap.usedAfterGc() - before) / n;
        out.accept(BenchRow.of("memory per citizen (object peer)", n, 0, peerPerCitizen, "bytes"));
        double influencePerCitizen = influenceArraysPerCitizen(model.network());
        out.accept(BenchRow.of("memory per citizen (influence step on arrays)", n, 0, influencePerCitizen, "bytes"));
        out.accept(BenchRow.of("object peer / influence arrays (memory ratio)", n, 0,
                peerPerCitizen / influencePerCitizen, "x"));
        out.accept(BenchRow.of("object peer / whole model (memory ratio)", n, 0, peerPerCitizen / modelPerCitizen, "x"));
        progress.accept("object-per-agent peer, " + n + " citizens, 1 thread");
        double[] r = rate(() -> peer.schedule.step(peer), n);
        sink += peer.checksum();
        out.accept(new BenchRow("influence step, object peer", n, 1, r[0], r[1], "citizen-ticks/s"));
        out.accept(new BenchRow("object peer / arrays (time ratio)", n, 1, arrays[0] / r[0], arrays[1] / r[1], "x"));
        peer.finish();
    }

    /**
     * Heap per citizen of what the array influence step holds — the same state as the peer's citizens (opinion,
     * uncertainty, stage) plus the interleaved speaker array (two floats), and the CSR network — built afresh and
     * measured like the peer.
     */
    private static double influenceArraysPerCitizen(SocialNetwork source) {
        int n = source.size();
        Edges edges = Edges.of(source);
        long before = Heap.usedAfterGc();
        Object[] held = {new float[n], new float[n], new float[2 * n], new byte[n], edges.network(n)};
        long bytes = Heap.usedAfterGc() - before;
        // the edge lists were allocated before the first figure: keep them alive until after the second
        java.lang.ref.Reference.reachabilityFence(held);
        java.lang.ref.Reference.reachabilityFence(edges);
        return (double) bytes / n;
    }

    /**
     * The largest population that fits this heap: free heap over the bytes a citizen needs while the model is
     * built. Building the network briefly holds, besides the final CSR arrays, the generator's edge list (two ints
     * per tie, {@code degree/2} ties per citizen): {@code 4·degree} bytes per citizen more than the steady state.
     */
    private void largestPopulation(Scenario s, long baseHeap, double perCitizen) {
        double transientBytes = 4.0 * s.network().degree();
        long fits = (long) ((Heap.max() - baseHeap) / (perCitizen + transientBytes));
        out.accept(BenchRow.of("largest population in this heap", 0, 0, fits, "citizens"));
    }

    /**
     * Builds the model of {@code s} on {@code threads} threads ({@link RadicalizationModel#start()}: population,
     * network, recruiters, processes) {@code rounds} times, each from a collected heap (so no build
     * pays for collecting the garbage of what was measured before it), and returns the best wall and CPU
     * nanoseconds per citizen (CPU of this process's Java threads), with the last model built.
     */
    private static Built construction(Scenario s, long seed, int threads, long citizens, int rounds) {
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        RadicalizationModel built = null;
        for (int round = 0; round < rounds; round++) {
            if (built != null) {
                built.finish();
                built = null; // collected before the next build
            }
            RadicalizationModel model = new RadicalizationModel(s, seed, threads);
            Heap.usedAfterGc();
            long cpu0 = applicationCpu();
            long t0 = System.nanoTime();
            model.start();
            long wall = System.nanoTime() - t0;
            long cpu = applicationCpu() - cpu0;
            best[0] = Math.min(best[0], (double) wall / citizens);
            best[1] = Math.min(best[1], (double) cpu / citizens);
            built = model;
        }
        return new Built(built, best);
    }

    /** A started model and the best wall and CPU nanoseconds per citizen of building it. */
    private record Built(RadicalizationModel model, double[] perCitizen) {
    }

    /**
     * Sweep throughput: {@code reps} replications through the {@link Runner} on 1 and on 2 threads. Unless the plan
     * fixes the count, {@code reps} is chosen (even, at least 4) so that one thread has {@link Plan#sweepSeconds} of
     * work, from the time of one replication after the warm-up: short sweeps measure start-up and the JIT, not the
     * code. The 1- and 2-thread sweeps alternate for {@link #SWEEP_ROUNDS} rounds and each figure is the best of
     * its rounds; the one-thread work is the first round's. Beside it, the limit kernel's own speed-up for the same
     * shape of work: one kernel per thread, each on its own network of the sweep's size, on 1 and on 2 threads at
     * once.
     */
    private void sweep(Path work) throws ScenarioException, IOException {
        Scenario s = scenarios.load(List.of("population.size=" + plan.sweepSize(), "ticks=" + plan.sweepTicks()));
        int reps = plan.sweepReplications();
        if (reps == 0) {
            // a first short sweep warms the JIT up (its time per replication overstates the steady cost, so a count
            // taken from it fell short of the asked work); the estimate comes from a second one
            timeSweep(s, work, 1, 2);
            double one = timeSweep(s, work, 1, 4)[0] / 4;
            reps = (int) Math.max(4, 2 * Math.ceil(plan.sweepSeconds() / one / 2));
            out.accept(BenchRow.of("sweep: seconds per replication (estimate)", plan.sweepSize(), 1, one, "s"));
        }
        // 1 and 2 threads alternate, SWEEP_ROUNDS times, so that the two figures come from the same stretch of
        // time (this kind of machine's speed drifts over minutes); each is the best of its rounds
        double[][] best = new double[3][2];
        double oneThreadWork = 0;
        for (int round = 0; round < SWEEP_ROUNDS; round++) {
            for (int threads : List.of(1, 2)) {
                progress.accept("sweep, round " + (round + 1) + " of " + SWEEP_ROUNDS + ", " + reps
                        + " replications of " + plan.sweepSize() + " citizens x " + plan.sweepTicks() + " ticks, "
                        + threads + " thread" + (threads > 1 ? "s" : ""));
                double[] t = timeSweep(s, work, threads, reps);
                // the estimate may still overstate the steady cost: until one thread really had the asked work,
                // grow the count by the shortfall and time one thread again (at most twice, in the first round)
                for (int again = 0; round == 0 && threads == 1 && plan.sweepReplications() == 0 && again < 2
                        && t[0] < plan.sweepSeconds(); again++) {
                    reps = (int) (2 * Math.ceil(reps * 1.05 * plan.sweepSeconds() / t[0] / 2));
                    progress.accept("sweep, one thread had " + Math.round(t[0]) + " s of work: again with " + reps
                            + " replications");
                    t = timeSweep(s, work, threads, reps);
                }
                if (round == 0 && threads == 1) {
                    oneThreadWork = t[0];
                }
                best[threads][0] = Math.max(best[threads][0], reps / t[0]);
                best[threads][1] = Math.max(best[threads][1], reps / t[1]);
            }
        }
        long citizenTicks = (long) plan.sweepSize() * plan.sweepTicks() * reps;
        out.accept(BenchRow.of("sweep: replications", plan.sweepSize(), 0, reps, "replications"));
        out.accept(BenchRow.of("sweep: one-thread work", plan.sweepSize(), 1, oneThreadWork, "s"));
        for (int threads : List.of(1, 2)) {
            out.accept(new BenchRow("sweep", plan.sweepSize(), threads, best[threads][0], best[threads][1], "replications/s"));
            out.accept(new BenchRow("sweep", plan.sweepSize(), threads, best[threads][0] * citizenTicks / reps,
                    best[threads][1] * citizenTicks / reps, "citizen-ticks/s"));
        }
        out.accept(BenchRow.of("sweep: cores obtained", plan.sweepSize(), 2, best[2][0] / best[2][1], "CPU-s/s"));
        double speedUp = best[2][0] / best[1][0];
        out.accept(BenchRow.of("sweep speed-up", plan.sweepSize(), 2, speedUp, "x"));
        out.accept(BenchRow.of("sweep parallel efficiency (per CPU-s, 2 vs 1)", plan.sweepSize(), 2,
                best[2][1] / best[1][1], "x"));
        progress.accept("limit kernel, independent copies of " + plan.sweepSize() + " citizens, 1 and 2 threads");
        RadicalizationModel model = new RadicalizationModel(s, plan.seed(), 1);
        model.start();
        double one = independentLimitKernels(model, 1, plan.seconds(), plan.seed());
        double two = independentLimitKernels(model, 2, plan.seconds(), plan.seed());
        model.finish();
        out.accept(BenchRow.of("limit kernel, independent copies", plan.sweepSize(), 1, one, "citizen-ticks/s"));
        out.accept(BenchRow.of("limit kernel, independent copies", plan.sweepSize(), 2, two, "citizen-ticks/s"));
        out.accept(BenchRow.of("limit kernel speed-up (independent copies)", plan.sweepSize(), 2, two / one, "x"));
        out.accept(BenchRow.of("sweep speed-up / limit kernel speed-up", plan.sweepSize(), 2, speedUp / (two / one), "x"));
    }

    /** Wall and process CPU seconds of one sweep of {@code reps} replications on {@code threads} threads. */
    private double[] timeSweep(Scenario s, Path work, int threads, int reps) throws IOException {
        Path folder = work.resolve("sweep-" + threads);
        Heap.usedAfterGc();
        long cpu0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        try {
            Runner.run(s, RunOptions.simple(folder, threads, reps));
        } catch (ResultsFolderException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            deleteTree(folder);
        }
        return new double[] {(System.nanoTime() - t0) / 1e9, (OS.getProcessCpuTime() - cpu0) / 1e9};
    }

    /**
     * Citizen-ticks per wall second of {@code threads} limit kernels running at once, each on its own thread and its
     * own copy of the network and state (the shape of a sweep: replications that share nothing). The best of
     * {@link #ROUNDS} rounds after one warm-up round, {@code seconds} in all.
     */
    static double independentLimitKernels(RadicalizationModel model, int threads, double seconds, long seed) {
        SocialNetwork net = model.network();
        int n = net.size();
        double best = 0;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<LimitKernel> kernels = new java.util.ArrayList<>();
            for (int k = 0; k < threads; k++) {
                SocialNetwork copy = copyOf(net);
                kernels.add(new LimitKernel(copy, model.population().opinion(), new Blocks(n, seed + k, 1)));
            }
            for (int round = 0; round <= ROUNDS; round++) {
                long budget = (long) (seconds / ROUNDS * 1e9);
                long t0 = System.nanoTime();
                List<java.util.concurrent.Future<Long>> ticks = new java.util.ArrayList<>();
                for (LimitKernel kernel : kernels) {
                    ticks.add(pool.submit(() -> {
                        long done = 0;
                        do {
                            kernel.step();
                            done++;
                        } while (System.nanoTime() - t0 < budget || done < 2);
                        return done;
                    }));
                }
                long total = 0;
                for (java.util.concurrent.Future<Long> f : ticks) {
                    total += f.get();
                }
                double elapsed = (System.nanoTime() - t0) / 1e9;
                if (round > 0) {
                    best = Math.max(best, (double) n * total / elapsed);
                }
            }
            for (LimitKernel kernel : kernels) {
                CHECKSUMS.add(kernel.checksum());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return best;
    }

    /** A copy of a CSR network in fresh arrays (so that copies do not share cache lines or pages). */
    private static SocialNetwork copyOf(SocialNetwork source) {
        return Edges.of(source).network(source.size());
    }

    /** The {@code count} ties of a CSR network as edge lists {@code a[e]}–{@code b[e]}, each tie once (a < b). */
    private record Edges(int[] a, int[] b, int count) {

        static Edges of(SocialNetwork source) {
            int n = source.size();
            int[] off = source.offsets();
            int[] nb = source.neighbourArray();
            int[] a = new int[nb.length / 2];
            int[] b = new int[nb.length / 2];
            int e = 0;
            for (int i = 0; i < n; i++) {
                for (int k = off[i]; k < off[i + 1]; k++) {
                    if (i < nb[k]) {
                        a[e] = i;
                        b[e++] = nb[k];
                    }
                }
            }
            return new Edges(a, b, e);
        }

        /** A network of {@code n} people with these ties, in fresh arrays. */
        SocialNetwork network(int n) {
            return SocialNetwork.fromEdges(n, a, b, count);
        }
    }

    /**
     * Collects garbage (so that earlier figures' garbage is not collected on this one's time), then runs
     * {@code tick} for a warm-up of a third of the plan's seconds, then for {@link #ROUNDS} rounds that together
     * last the plan's seconds (at least two ticks each); returns the best round's citizen-ticks per wall second, per
     * CPU-second of the Java threads, and cores obtained (their CPU seconds per wall second).
     */
    private double[] rate(Runnable tick, long citizens) {
        return rates(citizens, tick)[0];
    }

    /**
     * {@link #rate} for several steps over the same citizens, with their rounds interleaved (round 1 of each, then
     * round 2 of each, …): a ratio of two of them then compares rounds seconds apart, not figures a minute apart, so
     * a drift in what the machine gives this process (other virtual machines on the host, the CPU's clock) moves
     * both sides alike. Returns one {@code {wall, per CPU-s, cores}} triple per step, in the order given.
     */
    private double[][] rates(long citizens, Runnable... ticks) {
        Heap.usedAfterGc();
        for (Runnable tick : ticks) {
            long warmEnd = System.nanoTime() + (long) (plan.seconds() / 3 * 1e9);
            do {
                tick.run();
            } while (System.nanoTime() < warmEnd);
        }
        long budget = (long) (plan.seconds() / ROUNDS * 1e9);
        double[][] best = new double[ticks.length][3];
        for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < ticks.length; k++) {
                Runnable tick = ticks[k];
                long cpu0 = applicationCpu();
                long t0 = System.nanoTime();
                long count = 0;
                long elapsed;
                do {
                    tick.run();
                    count++;
                    elapsed = System.nanoTime() - t0;
                } while (elapsed < budget || count < 2);
                long cpu = applicationCpu() - cpu0;
                double work = (double) citizens * count;
                best[k][0] = Math.max(best[k][0], work / (elapsed / 1e9));
                best[k][1] = Math.max(best[k][1], cpu > 0 ? work / (cpu / 1e9) : 0);
                best[k][2] = Math.max(best[k][2], (double) cpu / elapsed);
            }
        }
        return best;
    }

    /**
     * CPU time of all live Java threads of this process: the measuring thread and the block workers, without the JIT
     * compiler and the garbage collector, whose bursts (right after a large model is built) otherwise land on
     * whichever figure comes next. A thread that ends between two readings takes its time with it, so what is
     * measured must not end its threads: a model keeps one pool ({@code Workers}) from construction to
     * {@code finish()}, and the limit kernel's and the peer's {@code Blocks} keep theirs until closed.
     */
    static long applicationCpu() {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            long c = THREADS.getThreadCpuTime(id);
            if (c > 0) {
                sum += c;
            }
        }
        return sum;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path p) throws IOException {
        FileTrees.delete(p);
    }

    /** Keeps the checksums alive (never read otherwise). */
    double sink() {
        return sink;
    }
}
