package org.radsim.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap in use after garbage collection, for memory per citizen: the difference before and after building. */
final class Heap {

    private Heap() {
    }

    /**
     * Heap in use after collecting garbage: {@code System.gc()} repeated until the figure stops falling (the
     * collector may need several passes to release everything unreachable).
     */
    static long usedAfterGc() {
        MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass < 8; pass++) {
            System.gc();
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long used = bean.getHeapMemoryUsage().getUsed();
            if (pass >= 2 && used >= best - (best >> 8)) {
                return Math.min(best, used);
            }
            best = Math.min(best, used);
        }
        return best;
    }

    /** The largest heap this JVM may use ({@code -Xmx}). */
    static long max() {
        return Runtime.getRuntime().maxMemory();
    }
}
