package org.radsim.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;

import org.radsim.core.model.Phase;
import org.radsim.core.model.RadicalizationModel;

import sim.engine.Steppable;

/**
 * Where a tick's time goes, process by process ({@link Phase}): the twelve processes of a started model
 * ({@link RadicalizationModel#processes()}), each on its own, stepped in tick order on one thread,
 * and each is timed in CPU time of the measuring thread. The result is nanoseconds per citizen and tick per phase.
 * The schedule runs processes 2 to 6 as two citizen passes, so a tick as scheduled ({@link #scheduled}) costs less
 * than the sum of the processes alone.
 */
final class PhaseProfile {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PhaseProfile() {
    }

    /** Steps {@code ticks} ticks of {@code model} (started, single-threaded) phase by phase; ns per citizen-tick per phase. */
    static Map<Phase, Double> of(RadicalizationModel model, long seed, int ticks) {
        Map<Phase, Steppable> process = model.processes();
        int size = model.population().size;
        long[] cpu = new long[Phase.values().length];
        for (int t = 0; t < ticks; t++) {
            for (Phase phase : Phase.values()) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                process.get(phase).step(model);
                cpu[phase.ordinal()] += THREADS.getCurrentThreadCpuTime() - c0;
            }
        }
        Map<Phase, Double> out = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            out.put(phase, cpu[phase.ordinal()] / ((double) size * ticks));
        }
        return out;
    }

    /** Steps {@code ticks} ticks of {@code model} as scheduled, on one thread; CPU ns per citizen-tick. */
    static double scheduled(RadicalizationModel model, int ticks) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        for (int t = 0; t < ticks; t++) {
            model.schedule.step(model);
        }
        return (THREADS.getCurrentThreadCpuTime() - c0) / ((double) model.population().size * ticks);
    }
}
