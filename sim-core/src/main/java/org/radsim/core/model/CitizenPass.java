package org.radsim.core.model;

import java.util.ArrayList;
import java.util.List;

import org.radsim.core.mechanism.BlockProcess;
import org.radsim.core.replication.Blocks;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Consecutive {@link BlockProcess}es of a tick run block by block: one loop over the blocks of citizens in which
 * each block goes through every process of the pass, in tick order, with the block's own stream. Each process reads
 * and writes only the block's citizens, so the results are those of running the processes one after the other,
 * bit for bit (the block streams are drawn in the same order; {@code CitizenPassTest} holds this), but the citizens
 * of a block are fetched from memory once for the whole pass instead of once per process. A tick has two passes
 * ({@link RadicalizationModel}): processes 2 to 4a (labour market, grievance, what each citizen says) and 4b to 6
 * (whom each citizen hears, propaganda and counter-narratives, the opinion stage); social influence must have
 * written what every citizen says before anyone listens, which is where the first pass ends.
 */
public final class CitizenPass implements Steppable {

    private static final long serialVersionUID = 1L;

    private final Blocks blocks;
    private final BlockProcess[] processes;

    /** The pass of {@code processes}, in tick order, over {@code blocks}. */
    public CitizenPass(Blocks blocks, BlockProcess... processes) {
        this.blocks = blocks;
        this.processes = processes.clone();
    }

    @Override
    public void step(SimState state) {
        List<Blocks.Task> work = new ArrayList<>(processes.length);
        for (BlockProcess process : processes) {
            Blocks.Task task = process.prepare();
            if (task != null) {
                work.add(task);
            }
        }
        Blocks.Task all = Blocks.inOrder(work);
        if (all != null) {
            blocks.forEach(all);
        }
    }
}
