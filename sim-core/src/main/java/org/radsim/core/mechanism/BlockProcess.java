package org.radsim.core.mechanism;

import org.radsim.core.replication.Blocks;

/**
 * A process of a tick that is one loop over the blocks of citizens ({@link Blocks}) in which a citizen reads and
 * writes only its own state, besides values that stay fixed during the loop (the levers, the snapshot of what
 * neighbours say). Consecutive block processes can therefore run block by block — every process on block 0, then
 * every process on block 1, … — instead of process after process: each block's random stream is used in the same
 * order, so the results are the same bit for bit, and a block's citizens are still in the cache when the next
 * process reaches them ({@code model.CitizenPass}).
 */
@FunctionalInterface
public interface BlockProcess extends java.io.Serializable {

    /**
     * Readies this tick and returns its work on one block, or null when it has nothing to do this tick. Called once
     * a tick, before the work of any block; so it may read the levers and the processes before it in the tick, but
     * not what the processes before it in the same pass write.
     */
    Blocks.Task prepare();

    /** Runs {@code process} alone: prepares it, then runs its work on every block. */
    static void run(Blocks blocks, BlockProcess process) {
        Blocks.Task task = process.prepare();
        if (task != null) {
            blocks.forEach(task);
        }
    }
}
