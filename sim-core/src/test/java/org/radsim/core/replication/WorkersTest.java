package org.radsim.core.replication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The model's worker threads: every block runs once whatever the thread count, and the threads outlive a loop (so
 * their CPU time can be read while the model lives) until {@link Workers#close()}.
 */
class WorkersTest {

    @Test
    void everyBlockRunsOnceOnOneAndOnSeveralThreads() {
        for (int threads : new int[] {1, 2, 4}) {
            int[] runs = new int[37];
            Workers w = new Workers(threads);
            try {
                w.forEach(runs.length, b -> runs[b]++);
                w.forEach(runs.length, b -> runs[b]++);
            } finally {
                w.close();
            }
            int[] twice = new int[runs.length];
            java.util.Arrays.fill(twice, 2);
            assertArrayEquals(twice, runs, "each block twice on " + threads + " threads");
        }
    }

    @Test
    void theThreadsOutliveALoopUntilClosed() throws Exception {
        ThreadMXBean clocks = ManagementFactory.getThreadMXBean();
        Workers w = new Workers(2);
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        // two blocks that wait for each other: they can only finish on two threads at once
        CountDownLatch both = new CountDownLatch(2);
        w.forEach(2, b -> {
            used.add(Thread.currentThread());
            both.countDown();
            try {
                assertTrue(both.await(30, TimeUnit.SECONDS), "the two blocks ran at the same time");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(200);
        for (Thread t : used) {
            assertTrue(t.isAlive(), t.getName() + " still alive after the loop");
            assertTrue(clocks.getThreadCpuTime(t.getId()) >= 0, t.getName() + "'s CPU clock still readable");
        }
        assertEquals(2, w.threads());
        w.close();
        for (Thread t : used) {
            if (t != Thread.currentThread()) {
                t.join(30_000);
                assertFalse(t.isAlive(), t.getName() + " ended after close()");
            }
        }
    }
}
