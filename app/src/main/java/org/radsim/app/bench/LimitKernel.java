package org.radsim.app.bench;

import org.radsim.core.network.SocialNetwork;
import org.radsim.core.replication.Blocks;

/**
 * The memory-limit kernel the full model is compared with: per citizen, read its state and one random network
 * neighbour's, write its own — nothing else. It walks the same CSR network with the same per-block random streams
 * as the model's social influence, synchronously (a double buffer, where the model snapshots what neighbours say),
 * so it is the floor set by memory traffic and the random draw: no model step over this network can be faster.
 */
public final class LimitKernel {

    private final int[] offsets;
    private final int[] neighbours;
    private final Blocks blocks;
    private float[] state;
    private float[] next;

    public LimitKernel(SocialNetwork network, float[] initial, Blocks blocks) {
        if (network.isWellMixed()) {
            throw new IllegalArgumentException("the limit kernel needs a stored (CSR) network");
        }
        this.offsets = network.offsets();
        this.neighbours = network.neighbourArray();
        this.blocks = blocks;
        this.state = initial.clone();
        this.next = new float[initial.length];
    }

    /** One tick over every citizen. */
    public void step() {
        float[] s = state;
        float[] n = next;
        int[] off = offsets;
        int[] nb = neighbours;
        blocks.forEach((start, end, rng) -> {
            for (int i = start; i < end; i++) {
                int d = off[i + 1] - off[i];
                float v = s[i];
                if (d > 0) {
                    v = 0.5f * (v + s[nb[off[i] + rng.nextInt(d)]]);
                }
                n[i] = v;
            }
        });
        state = n;
        next = s;
    }

    /** The current state of citizen {@code i}. */
    public float valueOf(int i) {
        return state[i];
    }

    /** A checksum of the state, so the work cannot be optimised away. */
    public double checksum() {
        double sum = 0;
        for (float v : state) {
            sum += v;
        }
        return sum;
    }
}
