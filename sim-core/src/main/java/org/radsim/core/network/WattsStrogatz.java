package org.radsim.core.network;

import org.radsim.core.replication.BlockLoop;
import org.radsim.core.replication.RandomStream;
import org.radsim.core.replication.Workers;

/**
 * Watts &amp; Strogatz (1998) small-world graph within each region: a ring where each citizen is tied to its
 * {@code degree/2} nearest neighbours on each side; each tie's far end is then rewired with probability
 * {@code rewiring} to a uniformly random citizen of the region (self-ties avoided), and finally moved with
 * probability {@code network.cross_region} to a random citizen of another region. Keys: {@code network.degree},
 * {@code network.rewiring}, {@code network.cross_region}.
 * <p>
 * Citizen i owns the ties to its {@code degree/2} successors on the ring, at fixed places in the edge list, so
 * blocks of citizens are generated in parallel, each from its own stream, with the same result on any thread count.
 */
final class WattsStrogatz {

    private WattsStrogatz() {
    }

    static EdgeList generate(int[] regionStart, int degree, double rewiring, double crossRegion, long seed,
                             Workers workers) {
        int regions = regionStart.length - 1;
        int n = regionStart[regions];
        int[] half = new int[regions];
        long[] firstEdge = new long[regions + 1];
        for (int r = 0; r < regions; r++) {
            int size = regionStart[r + 1] - regionStart[r];
            half[r] = Math.max(0, Math.min(degree / 2, (size - 1) / 2));
            firstEdge[r + 1] = firstEdge[r] + (long) size * half[r];
        }
        if (firstEdge[regions] > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("network too large: " + firstEdge[regions] + " ties");
        }
        EdgeList out = new EdgeList((int) firstEdge[regions]);
        out.size = (int) firstEdge[regions];
        boolean cross = regions > 1 && crossRegion > 0;
        RandomStream[] streams = RandomStream.split(seed, BlockLoop.count(n));
        workers.forEach(streams.length, b -> {
            RandomStream rng = streams[b];
            int from = b * BlockLoop.BLOCK_SIZE;
            int to = Math.min(n, from + BlockLoop.BLOCK_SIZE);
            int r = Networks.regionOf(regionStart, Math.min(from, Math.max(0, n - 1)));
            for (int g = from; g < to; g++) {
                while (g >= regionStart[r + 1]) {
                    r++;
                }
                int start = regionStart[r];
                int size = regionStart[r + 1] - start;
                int i = g - start;
                int e = (int) (firstEdge[r] + (long) i * half[r]);
                for (int k = 1; k <= half[r]; k++, e++) {
                    int j = (i + k) % size;
                    if (rewiring > 0 && size > 2 && rng.nextDouble() < rewiring) {
                        int t;
                        do {
                            t = rng.nextInt(size);
                        } while (t == i);
                        j = t;
                    }
                    int far = start + j;
                    if (cross && rng.nextDouble() < crossRegion) {
                        far = Networks.crossRegionEnd(regionStart, r, rng, far);
                    }
                    out.a[e] = g;
                    out.b[e] = far;
                }
            }
        });
        return out;
    }
}
