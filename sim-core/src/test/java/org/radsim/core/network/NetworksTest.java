package org.radsim.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.radsim.core.replication.RandomStream;
import org.radsim.core.scenario.Scenario;

class NetworksTest {

    private static boolean symmetric(SocialNetwork g) {
        for (int i = 0; i < g.size(); i++) {
            for (int k = 0; k < g.degree(i); k++) {
                int j = g.neighbour(i, k);
                int back = 0;
                int fwd = 0;
                for (int q = 0; q < g.degree(j); q++) {
                    back += g.neighbour(j, q) == i ? 1 : 0;
                }
                for (int q = 0; q < g.degree(i); q++) {
                    fwd += g.neighbour(i, q) == j ? 1 : 0;
                }
                if (back != fwd) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void wattsStrogatzHasDegreeTimesHalfNTiesAndIsSymmetric() {
        SocialNetwork g = Networks.build(new Scenario.Network("watts_strogatz", 8, 0.1, 0.0), new int[] {0, 1000}, 1L);
        assertEquals(4000, g.edges());
        assertTrue(symmetric(g));
        for (int i = 0; i < g.size(); i++) {
            for (int k = 0; k < g.degree(i); k++) {
                assertNotEquals(i, g.neighbour(i, k), "no self-ties");
            }
        }
    }

    @Test
    void withoutRewiringTheRingLatticeTiesNearestNeighbours() {
        SocialNetwork g = Networks.build(new Scenario.Network("watts_strogatz", 4, 0.0, 0.0), new int[] {0, 10}, 1L);
        java.util.Set<Integer> n = new java.util.TreeSet<>();
        for (int k = 0; k < g.degree(0); k++) {
            n.add(g.neighbour(0, k));
        }
        assertEquals(java.util.Set.of(1, 2, 8, 9), n);
    }

    @Test
    void crossRegionShareOfTiesLeavesTheRegion() {
        int[] start = {0, 5000, 10000};
        SocialNetwork g = Networks.build(new Scenario.Network("watts_strogatz", 8, 0.1, 0.1), start, 2L);
        long cross = 0;
        long all = 0;
        for (int i = 0; i < g.size(); i++) {
            for (int k = 0; k < g.degree(i); k++) {
                all++;
                cross += (i < 5000) != (g.neighbour(i, k) < 5000) ? 1 : 0;
            }
        }
        // each of 40 000 ties crosses with probability 0.1: sd of the share ≈ sqrt(0.09/40000) = 0.0015
        assertEquals(0.1, (double) cross / all, 0.0075);
    }

    @Test
    void barabasiAlbertMeanDegreeIsAboutTwiceM() {
        SocialNetwork g = Networks.build(new Scenario.Network("barabasi_albert", 8, 0, 0), new int[] {0, 5000}, 3L);
        assertEquals(8.0, 2.0 * g.edges() / g.size(), 0.1);
        assertTrue(symmetric(g));
        int max = 0;
        for (int i = 0; i < g.size(); i++) {
            max = Math.max(max, g.degree(i));
        }
        assertTrue(max > 60, "preferential attachment makes hubs, max degree " + max);
    }

    @Test
    void erdosRenyiHasTheRequestedMeanDegree() {
        SocialNetwork g = Networks.build(new Scenario.Network("erdos_renyi", 6, 0, 0), new int[] {0, 4000}, 4L);
        assertEquals(6.0, 2.0 * g.edges() / g.size(), 1e-9);
    }

    @Test
    void wellMixedNeverPicksTheListenerItself() {
        SocialNetwork g = Networks.build(new Scenario.Network("complete", 8, 0, 0), new int[] {0, 3}, 5L);
        RandomStream rng = RandomStream.of(6);
        int[] seen = new int[3];
        for (int t = 0; t < 3000; t++) {
            int j = g.randomNeighbour(1, rng);
            assertNotEquals(1, j);
            seen[j]++;
        }
        assertTrue(seen[0] > 1300 && seen[2] > 1300);
    }
}
