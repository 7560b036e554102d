package org.radsim.core.replication;

import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A one-off deterministic parallel loop over numbered blocks, for construction (drawing the population, generating
 * the network): each block writes only its own part of the output and draws only from its own stream, so threads
 * decide where a block runs, never what it computes. The model's tick loops use {@code model.Blocks}, which keeps its
 * worker threads for the whole run.
 */
public final class BlockLoop {

    /** Citizens per block in construction loops (the same cut as the model's tick loops). */
    public static final int BLOCK_SIZE = 8192;

    private BlockLoop() {
    }

    /** The number of blocks of {@link #BLOCK_SIZE} that cover {@code size} items (at least one). */
    public static int count(long size) {
        return (int) Math.max(1, (size + BLOCK_SIZE - 1) / BLOCK_SIZE);
    }

    /** Runs {@code block} for {@code 0 ≤ b < count}, on up to {@code threads} threads. */
    public static void run(int count, int threads, IntConsumer block) {
        if (threads <= 1 || count == 1) {
            for (int b = 0; b < count; b++) {
                block.accept(b);
            }
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(block)).join();
        } finally {
            pool.shutdown();
        }
    }
}
