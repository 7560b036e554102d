package org.radsim.app.bench;

/**
 * One figure of the benchmark table.
 *
 * @param measure  what was measured, e.g. {@code model}, {@code limit kernel}, {@code model / limit}
 * @param citizens population size (0 when not about one size)
 * @param threads  threads used (0 when not about one thread count)
 * @param value    the figure (wall-clock based for throughputs)
 * @param perCpu   for throughputs, the same figure per CPU-second of the process's Java threads (of the whole
 *                 process for sweeps; robust when other processes share the cores); NaN when not applicable
 * @param unit     unit of {@code value}
 */
public record BenchRow(String measure, long citizens, int threads, double value, double perCpu, String unit) {

    static BenchRow of(String measure, long citizens, int threads, double value, String unit) {
        return new BenchRow(measure, citizens, threads, value, Double.NaN, unit);
    }
}
