package org.radsim.core.replication;

import java.io.Serializable;


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
    private final Workers workers;

    /** Blocks over {@code size} citizens whose loops run on their own {@link Workers} of {@code threads}. */
    public Blocks(int size, long seed, int threads) {
        this(size, seed, new Workers(threads));
    }

    /** Blocks over {@code size} citizens whose loops run on {@code workers} (a model's, shared with its construction). */
    public Blocks(int size, long seed, Workers workers) {
        this.size = size;
        this.streams = RandomStream.split(seed, BlockLoop.count(size));
        this.workers = workers;
    }

    public int count() {
        return streams.length;
    }

    /** Runs {@code task} on every block; in parallel when more than one thread was given. */
    public void forEach(Task task) {
        workers.forEach(streams.length, b -> run(task, b));
    }

    private void run(Task task, int b) {
        int start = b * BLOCK_SIZE;
        task.run(start, Math.min(size, start + BLOCK_SIZE), streams[b]);
    }

    /** Releases the worker threads ({@link Workers#close()}). */
    public void close() {
        workers.close();
    }
}
