package org.radsim.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.replication.Seeds;
import org.radsim.core.scenario.Scenario;

/**
 * {@code radsim bench --calibration}: how many calibration-sized simulations (by default 10⁴ citizens × 520 ticks,
 * ten simulated years) a second this machine runs, construction and observation included, on 1 thread and on N
 * threads (N simulations at a time, each on one thread, as calibration and sweeps run them), and the share of a
 * simulation's time spent building the population and the network (construction), apart from the share spent in
 * the scenario's warm-up ticks before tick 0 (which are simulation, not construction). Results are not written: what is timed is the
 * model, not the file output of the runner.
 */
public final class CalibrationBench {

    /**
     * What to measure.
     *
     * @param threads     the second thread count (simulations at a time)
     * @param simulations simulations per figure (after one warm-up simulation per thread)
     * @param seed        master seed; simulation k uses the replication seed k
     */
    public record Plan(int threads, int simulations, long seed) {

        public Plan {
            if (threads < 1 || simulations < 1) {
                throw new IllegalArgumentException("calibration bench needs positive threads and simulations");
            }
        }
    }

    private CalibrationBench() {
    }

    /**
     * Runs the calibration figures on {@code scenario} (its size and ticks as given), sending each row to {@code out}.
     * {@code bare} is the same scenario without its warm-up: building it (population, network, recruiters) is what
     * construction means here.
     */
    public static void run(Scenario scenario, Scenario bare, Plan plan, Consumer<String> progress,
                           Consumer<BenchRow> out) throws IOException {
        int n = scenario.population().size();
        out.accept(BenchRow.of("cores", 0, 0, Runtime.getRuntime().availableProcessors(), "cores"));
        out.accept(BenchRow.of("load average (start)", 0, 0, Bench.loadAverage(), "runnable"));
        progress.accept("calibration: warm-up");
        simulate(scenario, plan.seed(), 0);
        double[] one = null;
        double[] last = null;
        for (int threads : threadCounts(plan.threads())) {
            progress.accept("calibration: " + plan.simulations() + " simulations of " + n + " citizens x "
                    + scenario.ticks() + " ticks, " + threads + " at a time");
            double[] r = measure(scenario, plan, threads);
            last = r;
            out.accept(new BenchRow("calibration simulations", n, threads, r[0], r[1], "simulations/s"));
            out.accept(BenchRow.of("calibration: construction and warm-up share", n, threads, r[2], "fraction"));
            if (one == null) {
                progress.accept("calibration: construction alone (" + CONSTRUCTIONS + " builds without the warm-up)");
                double build = construction(bare, plan.seed());
                double perSimulation = 1.0 / r[0];
                out.accept(BenchRow.of("calibration: construction", n, threads, build * 1e9 / n, "ns/citizen"));
                out.accept(BenchRow.of("calibration: construction share", n, threads, build / perSimulation,
                        "fraction"));
                out.accept(BenchRow.of("calibration: warm-up share", n, threads,
                        Math.max(0, r[2] - build / perSimulation), "fraction"));
                one = r;
            } else {
                out.accept(BenchRow.of("calibration speed-up", n, threads, r[0] / one[0], "x"));
                out.accept(BenchRow.of("calibration: cores obtained", n, threads, r[0] / r[1], "CPU-s/s"));
            }
        }
        if (plan.threads() > 1) {
            progress.accept("calibration: limit kernel, independent copies of " + n + " citizens, 1 and "
                    + plan.threads() + " threads");
            RadicalizationModel model = new RadicalizationModel(scenario, plan.seed(), 1);
            model.start();
            double limit1 = Bench.independentLimitKernels(model, 1, LIMIT_SECONDS, plan.seed());
            double limitN = Bench.independentLimitKernels(model, plan.threads(), LIMIT_SECONDS, plan.seed());
            model.finish();
            double speedUp = limitN / limit1;
            out.accept(BenchRow.of("limit kernel speed-up (independent copies)", n, plan.threads(), speedUp, "x"));
            out.accept(BenchRow.of("calibration speed-up / limit kernel speed-up", n, plan.threads(),
                    measuredSpeedUp(one, last) / speedUp, "x"));
        }
        out.accept(BenchRow.of("load average (end)", 0, 0, Bench.loadAverage(), "runnable"));
    }

    /** Builds timed for the construction figure. */
    private static final int CONSTRUCTIONS = 20;

    /** Mean wall seconds to build {@code bare}'s model (population, network, recruiters), single-threaded. */
    private static double construction(Scenario bare, long seed) {
        long sum = 0;
        for (int k = 1; k <= CONSTRUCTIONS; k++) {
            long t0 = System.nanoTime();
            RadicalizationModel model = new RadicalizationModel(bare, Seeds.replication(seed, k), 1);
            model.start();
            sum += System.nanoTime() - t0;
            model.finish();
        }
        return sum / 1e9 / CONSTRUCTIONS;
    }

    /** Wall seconds of each limit-kernel figure beside the calibration speed-up. */
    private static final double LIMIT_SECONDS = 3.0;

    private static double measuredSpeedUp(double[] one, double[] last) {
        return last[0] / one[0];
    }

    private static List<Integer> threadCounts(int threads) {
        return threads > 1 ? List.of(1, threads) : List.of(1);
    }

    /**
     * Simulations per wall second and per CPU-second (of the workers' threads, each timed by itself: summing every
     * live thread of the process before and after would lose the CPU time of threads that end in between, such as
     * an earlier pool's), the construction share of the simulations' time, and construction wall nanoseconds per
     * citizen.
     */
    private static double[] measure(Scenario scenario, Plan plan, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        ThreadMXBean cpuClock = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long build = 0;
        long total = 0;
        long cpuNanos = 0;
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(() -> {
                    long[] sums = new long[3];
                    long c0 = cpuClock.getCurrentThreadCpuTime();
                    for (int k = next.getAndIncrement(); k < plan.simulations(); k = next.getAndIncrement()) {
                        long[] t = simulate(scenario, plan.seed(), k + 1);
                        sums[0] += t[0];
                        sums[1] += t[1];
                    }
                    sums[2] = cpuClock.getCurrentThreadCpuTime() - c0;
                    return sums;
                }));
            }
            for (Future<long[]> f : workers) {
                long[] sums = f.get();
                build += sums[0];
                total += sums[1];
                cpuNanos += sums[2];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = cpuNanos / 1e9;
        int sims = plan.simulations();
        return new double[] {sims / wall, sims / cpu, (double) build / total,
            (double) build / sims / scenario.population().size()};
    }

    /** One simulation, single-threaded: nanoseconds of construction (until the tick-0 row) and in all. */
    private static long[] simulate(Scenario scenario, long seed, int k) throws IOException {
        long t0 = System.nanoTime();
        long[] built = new long[1];
        RadicalizationModel model = new RadicalizationModel(scenario, Seeds.replication(seed, k), 1);
        model.run((tick, global, regional) -> {
            if (tick == 0) {
                built[0] = System.nanoTime();
            }
        });
        return new long[] {built[0] - t0, System.nanoTime() - t0};
    }
}
