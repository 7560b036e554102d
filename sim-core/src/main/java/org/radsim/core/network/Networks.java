package org.radsim.core.network;

import org.radsim.core.replication.BlockLoop;
import org.radsim.core.replication.RandomStream;
import org.radsim.core.replication.Workers;
import org.radsim.core.scenario.Scenario;

/**
 * Builds the social network of a scenario: the chosen generator inside each region (ids are contiguous per
 * region), then a share {@code network.cross_region} of ties has its far end moved to a random citizen of another
 * region, then the CSR arrays. Watts–Strogatz networks are generated in blocks of {@link BlockLoop#BLOCK_SIZE}
 * citizens in parallel (each citizen's ties have fixed places in the edge list, and block b draws from stream b of
 * {@link RandomStream#split(long, int)}), so the network is the same on any number of threads; Barabási–Albert
 * (sequential by nature) and Erdős–Rényi draw from one stream.
 */
public final class Networks {

    private Networks() {
    }

    /** The network of {@code spec} over the regions {@code regionStart}, drawn from {@code seed}, on one thread. */
    public static SocialNetwork build(Scenario.Network spec, int[] regionStart, long seed) {
        return build(spec, regionStart, seed, Workers.SERIAL);
    }

    /** The network of {@code spec} over the regions {@code regionStart}, drawn from {@code seed}, on {@code workers}. */
    public static SocialNetwork build(Scenario.Network spec, int[] regionStart, long seed, Workers workers) {
        int n = regionStart[regionStart.length - 1];
        if (spec.type().equals("complete")) {
            return SocialNetwork.wellMixed(n);
        }
        if (spec.type().equals("watts_strogatz")) {
            EdgeList edges = WattsStrogatz.generate(regionStart, spec.degree(), spec.rewiring(), spec.crossRegion(),
                    seed, workers);
            return SocialNetwork.fromEdges(n, edges.a, edges.b, edges.size);
        }
        RandomStream rng = RandomStream.of(seed);
        EdgeList edges = new EdgeList((int) Math.min(Integer.MAX_VALUE - 8, (long) n * Math.max(1, spec.degree()) / 2 + 16));
        int regions = regionStart.length - 1;
        for (int r = 0; r < regions; r++) {
            int s = regionStart[r];
            int e = regionStart[r + 1];
            switch (spec.type()) {
                case "barabasi_albert" -> BarabasiAlbert.generate(s, e, spec.degree(), rng, edges);
                case "erdos_renyi" -> ErdosRenyi.generate(s, e, spec.degree(), rng, edges);
                default -> throw new IllegalArgumentException("network.type " + spec.type());
            }
        }
        if (regions > 1 && spec.crossRegion() > 0) {
            for (int e = 0; e < edges.size; e++) {
                if (rng.nextDouble() < spec.crossRegion()) {
                    edges.b[e] = crossRegionEnd(regionStart, regionOf(regionStart, edges.a[e]), rng, edges.b[e]);
                }
            }
        }
        return SocialNetwork.fromEdges(n, edges.a, edges.b, edges.size);
    }

    /** A uniformly random citizen of a region other than {@code own}; {@code keep} when that region is empty. */
    static int crossRegionEnd(int[] regionStart, int own, RandomStream rng, int keep) {
        int regions = regionStart.length - 1;
        int other = rng.nextInt(regions - 1);
        if (other >= own) {
            other++;
        }
        int size = regionStart[other + 1] - regionStart[other];
        return size > 0 ? regionStart[other] + rng.nextInt(size) : keep;
    }

    /** The region of citizen {@code i} (binary search over the region starts). */
    static int regionOf(int[] regionStart, int i) {
        int lo = 0;
        int hi = regionStart.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (regionStart[mid] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
