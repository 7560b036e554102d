package org.radsim.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.function.Consumer;

import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.scenario.Scenario;

/**
 * {@code radsim bench --large}: one very large run (by default 10⁸ citizens × 52 ticks) on N threads, reporting its
 * construction and tick times, and the heap it needs: bytes per citizen while running (heap after garbage
 * collection with the model built, minus before) and during construction (the heap pools' peak use while building,
 * minus the heap before: garbage included, so an upper bound of what construction holds), and the peak heap of the
 * whole run. Needs a large heap ({@code -Xmx20g} for 10⁸ citizens).
 */
public final class LargeRunBench {

    private LargeRunBench() {
    }

    /** Builds and runs {@code scenario} once on {@code threads} threads, sending each row to {@code out}. */
    public static void run(Scenario scenario, long seed, int threads, Consumer<String> progress,
                           Consumer<BenchRow> out) {
        long n = scenario.population().size();
        int ticks = scenario.ticks();
        out.accept(BenchRow.of("cores", 0, 0, Runtime.getRuntime().availableProcessors(), "cores"));
        out.accept(BenchRow.of("max heap", 0, 0, Heap.max() / 1048576.0, "MiB"));
        out.accept(BenchRow.of("load average (start)", 0, 0, Bench.loadAverage(), "runnable"));
        long start = System.nanoTime();
        long before = Heap.usedAfterGc();
        resetPeaks();
        progress.accept("large run: building " + n + " citizens on " + threads + " threads");
        RadicalizationModel model = new RadicalizationModel(scenario, seed, threads);
        long cpu0 = Bench.applicationCpu();
        long t0 = System.nanoTime();
        model.start();
        long buildWall = System.nanoTime() - t0;
        long buildCpu = Bench.applicationCpu() - cpu0;
        long buildPeak = peakUsed();
        out.accept(new BenchRow("large run: construction", n, threads, buildWall / 1e9, buildCpu / 1e9, "s"));
        out.accept(new BenchRow("large run: construction per citizen", n, threads, (double) buildWall / n,
                (double) buildCpu / n, "ns/citizen"));
        out.accept(BenchRow.of("large run: bytes per citizen during construction (peak, upper bound)", n, threads,
                (double) (buildPeak - before) / n, "bytes"));
        long running = Heap.usedAfterGc() - before;
        out.accept(BenchRow.of("large run: bytes per citizen while running (after GC)", n, threads,
                (double) running / n, "bytes"));
        resetPeaks();
        progress.accept("large run: " + ticks + " ticks");
        cpu0 = Bench.applicationCpu();
        t0 = System.nanoTime();
        while (model.schedule.getSteps() < ticks) {
            model.schedule.step(model);
        }
        long tickWall = System.nanoTime() - t0;
        long tickCpu = Bench.applicationCpu() - cpu0;
        long runPeak = peakUsed();
        model.finish();
        double work = (double) n * ticks;
        out.accept(new BenchRow("large run: ticks", n, threads, tickWall / 1e9, tickCpu / 1e9, "s"));
        out.accept(new BenchRow("large run: model", n, threads, work / (tickWall / 1e9), work / (tickCpu / 1e9),
                "citizen-ticks/s"));
        out.accept(BenchRow.of("large run: bytes per citizen while running (peak, upper bound)", n, threads,
                (double) (runPeak - before) / n, "bytes"));
        out.accept(BenchRow.of("large run: peak heap", n, threads, Math.max(buildPeak, runPeak) / 1048576.0, "MiB"));
        out.accept(BenchRow.of("large run: wall time", n, threads, (System.nanoTime() - start) / 1e9, "s"));
        out.accept(BenchRow.of("load average (end)", 0, 0, Bench.loadAverage(), "runnable"));
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum over the heap pools of their peak use since the last reset (an upper bound of the heap's peak). */
    private static long peakUsed() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
