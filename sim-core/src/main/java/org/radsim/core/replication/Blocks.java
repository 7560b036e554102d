package org.radsim.core.replication;

import java.io.Serializable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;


/**
 * Deterministic parallel loops over the citizens. The citizens are cut into fixed blocks of {@link #BLOCK_SIZE};
 * each block owns its random stream (the run's block stream jumped 2<sup>128</sup> draws per block index,
 * {@link RandomStream#split}), so a loop gives the same
 * result on any number of threads: threads only decide which blocks run where, never which draws a citizen gets.
 */
public final class Blocks implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Citizens per block. */
    public static final int BLOCK_SIZE = BlockLoop.BLOCK_SIZE;

    /** Work on the citizens {@code [start, end)} with the block's own stream. */
    @FunctionalInterface
    public interface Task {
        void run(int start, int end, RandomStream rng);
    }

    /**
     * The tasks one after the other on each block (with the block's stream, in list order); null when there are none.
     */
    public static Task inOrder(java.util.List<Task> tasks) {
        if (tasks.isEmpty()) {
            return null;
        }
        if (tasks.size() == 1) {
            return tasks.get(0);
        }
        Task[] all = tasks.toArray(new Task[0]);
        return (start, end, rng) -> {
            for (Task t : all) {
                t.run(start, end, rng);
            }
        };
    }

    private final int size;
    private final RandomStream[] streams;
    private final int threads;
    private transient ForkJoinPool pool;

    public Blocks(int size, long seed, int threads) {
        this.size = size;
        int count = Math.max(1, (size + BLOCK_SIZE - 1) / BLOCK_SIZE);
        this.streams = RandomStream.split(seed, count);
        this.threads = Math.max(1, threads);
    }

    public int count() {
        return streams.length;
    }

    /** Runs {@code task} on every block; in parallel when more than one thread was given. */
    public void forEach(Task task) {
        if (threads == 1 || streams.length == 1) {
            for (int b = 0; b < streams.length; b++) {
                run(task, b);
            }
            return;
        }
        if (pool == null) {
            pool = new ForkJoinPool(threads);
        }
        pool.submit(() -> IntStream.range(0, streams.length).parallel().forEach(b -> run(task, b))).join();
    }

    private void run(Task task, int b) {
        int start = b * BLOCK_SIZE;
        task.run(start, Math.min(size, start + BLOCK_SIZE), streams[b]);
    }

    /** Releases the worker threads. */
    public void close() {
        if (pool != null) {
            pool.shutdown();
            pool = null;
        }
    }
}
