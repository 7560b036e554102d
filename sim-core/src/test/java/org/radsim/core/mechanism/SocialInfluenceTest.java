package org.radsim.core.mechanism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.model.Scenarios;
import org.radsim.core.network.SocialNetwork;
import org.radsim.core.population.Population;
import org.radsim.core.population.Stage;
import org.radsim.core.replication.Blocks;
import org.radsim.core.replication.RandomStream;

class SocialInfluenceTest {

    /**
     * The interleaved step (speakers written first, opinions updated in place) computes exactly what the plain
     * synchronous rule does on separate arrays: every listener hears the previous values of one random neighbour
     * (the same draw from the same block stream), members speak as extremists, detained citizens are silent.
     */
    @Test
    void interleavedStepEqualsThePlainSynchronousRuleBitForBit() {
        RadicalizationModel m = new RadicalizationModel(Scenarios.of(Scenarios.SMALL, "ticks=20",
                "policing.jail_ticks=10", "population.size=20000", "recruiters.initial=60"), 5, 1);
        Scenarios.rows(m);
        Population p = m.population();
        SocialNetwork net = m.network();
        int members = 0;
        int detained = 0;
        for (int i = 0; i < p.size; i++) {
            members += p.stage[i] == Stage.MEMBER_CODE ? 1 : 0;
            detained += p.stage[i] == Stage.DETAINED_CODE ? 1 : 0;
        }
        assertTrue(members > 0 && detained > 0, "members (" + members + ") and detained (" + detained + ") present");
        double mu = m.scenario().opinion().mu();
        double extremistU = m.scenario().opinion().extremistUncertainty();
        float[] x = p.opinion().clone();
        float[] u = p.uncertainty().clone();
        byte[] stage = p.stage.clone();
        float[] xn = x.clone();
        float[] un = u.clone();
        RandomStream[] streams = RandomStream.split(99L, (p.size + Blocks.BLOCK_SIZE - 1) / Blocks.BLOCK_SIZE);
        for (int b = 0; b < streams.length; b++) {
            for (int i = b * Blocks.BLOCK_SIZE; i < Math.min(p.size, (b + 1) * Blocks.BLOCK_SIZE); i++) {
                if (stage[i] == Stage.DETAINED_CODE || stage[i] == Stage.MEMBER_CODE) {
                    continue;
                }
                int j = net.randomNeighbour(i, streams[b]);
                if (j < 0 || stage[j] == Stage.DETAINED_CODE) {
                    continue;
                }
                boolean extremist = stage[j] == Stage.MEMBER_CODE;
                // the rule of Deffuant et al. (2002) written out, in the float arithmetic of the step
                float xs = extremist ? 1f : x[j];
                float us = extremist ? (float) extremistU : u[j];
                float h = Math.min(xs + us, x[i] + u[i]) - Math.max(xs - us, x[i] - u[i]);
                if (h > us) {
                    float w = (float) mu * (h / us - 1f);
                    xn[i] = x[i] + w * (xs - x[i]);
                    un[i] = u[i] + w * (us - u[i]);
                }
            }
        }
        new SocialInfluence(m.scenario().opinion(), p, net, new Blocks(p.size, 99L, 1)).step(m);
        assertArrayEquals(xn, p.opinion(), "opinions");
        assertArrayEquals(un, p.uncertainty(), "uncertainties");
        int moved = 0;
        for (int i = 0; i < p.size; i++) {
            moved += xn[i] != x[i] ? 1 : 0;
        }
        assertTrue(moved > 1000, "the step moves opinions (" + moved + ")");
    }
}
