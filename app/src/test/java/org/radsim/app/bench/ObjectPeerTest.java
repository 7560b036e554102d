package org.radsim.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.radsim.core.network.SocialNetwork;
import org.radsim.core.population.Stage;

class ObjectPeerTest {

    @Test
    void listenerMovesTowardAMemberByRelativeAgreement() {
        // citizen 0 (x = 0.5, u = 0.8) listens to its only neighbour, member 1, who speaks as an extremist
        // (x = 1, u_e = 0.1) and does not listen. Overlap h = min(1.1, 1.3) − max(0.9, −0.3) = 0.2 > u_e, so
        // w = μ (h/u_e − 1) = 0.2 · 1 = 0.2: x = 0.5 + 0.2 · 0.5 = 0.6.
        SocialNetwork net = SocialNetwork.fromEdges(2, new int[] {0}, new int[] {1}, 1);
        ObjectPeer peer = new ObjectPeer(5L, net, new float[] {0.5f, 0.9f}, new float[] {0.8f, 0.8f},
                new byte[] {Stage.NEUTRAL_CODE, Stage.MEMBER_CODE}, 0.2, 0.1);
        peer.start();
        peer.schedule.step(peer);
        assertEquals(0.6 + 0.9, peer.checksum(), 1e-6, "the listener moves to 0.6, the member keeps 0.9");
    }
}
