package org.radsim.core.mechanism;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.radsim.core.population.Population;
import org.radsim.core.replication.Blocks;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 3, grievance (Epstein 2002): {@code G_i = H_i · (1 − L_i)} with hardship
 * {@code H_i = clamp(h_i + ΔH·[unemployed])} ({@code population.unemployed_hardship}) and perceived legitimacy
 * {@code L_i}. Computed by {@link Activation#grievance}, and recomputed only for the citizens whose employment or
 * legitimacy changed since: hardship h and the hardship of unemployment are constant, so no one else's {@code G} can
 * have changed. The labour market recomputes it itself for the citizens whose employment it switches ({@link #of});
 * this step recomputes it for those other processes marked ({@link Population#markGrievanceStale}: policing
 * backfire, enrolees' legitimacy raised).
 */
public final class Grievance implements Steppable, BlockProcess {

    private static final long serialVersionUID = 1L;

    private final Population population;
    private final Blocks blocks;
    private final double unemployedHardship;

    /** Eight flag bytes read as one long. */
    private static final VarHandle EIGHT_FLAGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long STALE_IN_EVERY_BYTE = 0x0101010101010101L * Population.GRIEVANCE_STALE;

    /** With {@code population.unemployed_hardship}, the hardship an unemployed citizen adds. */
    public Grievance(double unemployedHardship, Population population, Blocks blocks) {
        this.population = population;
        this.blocks = blocks;
        this.unemployedHardship = unemployedHardship;
    }

    @Override
    public void step(SimState state) {
        BlockProcess.run(blocks, this);
    }

    @Override
    public Blocks.Task prepare() {
        Population p = population;
        return (start, end, rng) -> {
            byte[] flags = p.flags;
            int i = start;
            // eight flags at a time: most words have no stale citizen and are passed over with one test
            for (; i + 8 <= end; i += 8) {
                if (((long) EIGHT_FLAGS.get(flags, i) & STALE_IN_EVERY_BYTE) != 0) {
                    for (int k = i; k < i + 8; k++) {
                        recompute(p, flags, k);
                    }
                }
            }
            for (; i < end; i++) {
                recompute(p, flags, i);
            }
        };
    }

    private void recompute(Population p, byte[] flags, int i) {
        if ((flags[i] & Population.GRIEVANCE_STALE) != 0) {
            flags[i] &= ~Population.GRIEVANCE_STALE;
            of(p, i, unemployedHardship);
        }
    }

    /** Recomputes citizen {@code i}'s grievance from its hardship and legitimacy now. */
    static void of(Population p, int i, double unemployedHardship) {
        p.grievance[i] = (float) Activation.grievance(p.hardship(i, unemployedHardship), p.legitimacy[i]);
    }
}
