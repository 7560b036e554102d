package org.radsim.core.replication;

/**
 * The cut of construction loops (drawing the population, generating the network) into numbered blocks: each block
 * writes only its own part of the output and draws only from its own stream, so the threads of {@link Workers} decide
 * where a block runs, never what it computes. The model's tick loops ({@link Blocks}) use the same cut.
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
}
