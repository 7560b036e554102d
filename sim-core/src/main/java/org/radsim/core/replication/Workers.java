package org.radsim.core.replication;

import java.io.Serializable;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The worker threads of one model: a single pool for its construction loops (drawing the population, generating the
 * network) and its tick loops ({@link Blocks}), made on the first parallel loop and kept until {@link #close()}.
 * Keeping one pool for the model's life means no thread is started and ended per loop, and a thread's CPU time can
 * still be read while the model lives (a benchmark that sums its threads' CPU clocks loses the time of a thread that
 * has ended).
 *
 * <p>Loops are deterministic whatever the thread count, because each numbered block writes only its own part of the
 * output and draws only from its own stream: threads decide where a block runs, never what it computes. The pool is
 * not part of a checkpoint: after one is read back it is made again on the next parallel loop.
 */
public final class Workers implements Serializable, AutoCloseable {

    private static final long serialVersionUID = 1L;

    /** One thread: every loop runs on the caller's thread and no pool is ever made. */
    public static final Workers SERIAL = new Workers(1);

    private final int threads;
    private transient ForkJoinPool pool;

    /** Up to {@code threads} threads (at least one). */
    public Workers(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** The number of threads loops may use. */
    public int threads() {
        return threads;
    }

    /** Runs {@code block} for {@code 0 ≤ b < count}; in parallel when more than one thread was given. */
    public void forEach(int count, IntConsumer block) {
        if (threads == 1 || count <= 1) {
            for (int b = 0; b < count; b++) {
                block.accept(b);
            }
            return;
        }
        ForkJoinPool p = pool();
        p.submit(() -> IntStream.range(0, count).parallel().forEach(block)).join();
    }

    private synchronized ForkJoinPool pool() {
        if (pool == null) {
            pool = new ForkJoinPool(threads);
        }
        return pool;
    }

    /** Releases the threads; a later parallel loop makes a new pool. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdown();
            pool = null;
        }
    }
}
