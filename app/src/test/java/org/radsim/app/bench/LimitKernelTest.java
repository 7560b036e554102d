package org.radsim.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.radsim.core.network.SocialNetwork;
import org.radsim.core.replication.Blocks;

class LimitKernelTest {

    @Test
    void eachCitizenAveragesWithItsOnlyNeighbour() {
        // two pairs, 0–1 and 2–3: the only neighbour is drawn whatever the stream; 4 has no tie and keeps its state
        SocialNetwork net = SocialNetwork.fromEdges(5, new int[] {0, 2}, new int[] {1, 3}, 2);
        LimitKernel k = new LimitKernel(net, new float[] {0f, 1f, 0.5f, 0.25f, 0.75f}, new Blocks(5, 3L, 1));
        k.step();
        // (0+1)/2 + (1+0)/2 + (0.5+0.25)/2 + (0.25+0.5)/2 + 0.75
        assertEquals(0.5 + 0.5 + 0.375 + 0.375 + 0.75, k.checksum(), 1e-6);
    }
}
