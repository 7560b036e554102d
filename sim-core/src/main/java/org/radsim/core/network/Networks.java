package org.radsim.core.network;

import org.radsim.core.scenario.Scenario;

import ec.util.MersenneTwisterFast;

/**
 * Builds the social network of a scenario: the chosen generator inside each region (ids are contiguous per
 * region), then a share {@code network.cross_region} of ties has its far end moved to a random citizen of another
 * region, then the CSR arrays.
 */
public final class Networks {

    private Networks() {
    }

    public static SocialNetwork build(Scenario.Network spec, int[] regionStart, MersenneTwisterFast rng) {
        int n = regionStart[regionStart.length - 1];
        if (spec.type().equals("complete")) {
            return SocialNetwork.wellMixed(n);
        }
        EdgeList edges = new EdgeList((int) Math.min(Integer.MAX_VALUE - 8, (long) n * Math.max(1, spec.degree()) / 2 + 16));
        int regions = regionStart.length - 1;
        for (int r = 0; r < regions; r++) {
            int s = regionStart[r];
            int e = regionStart[r + 1];
            switch (spec.type()) {
                case "watts_strogatz" -> WattsStrogatz.generate(s, e, spec.degree(), spec.rewiring(), rng, edges);
                case "barabasi_albert" -> BarabasiAlbert.generate(s, e, spec.degree(), rng, edges);
                case "erdos_renyi" -> ErdosRenyi.generate(s, e, spec.degree(), rng, edges);
                default -> throw new IllegalArgumentException("network.type " + spec.type());
            }
        }
        if (regions > 1 && spec.crossRegion() > 0) {
            short[] regionOf = new short[n];
            for (int r = 0; r < regions; r++) {
                for (int i = regionStart[r]; i < regionStart[r + 1]; i++) {
                    regionOf[i] = (short) r;
                }
            }
            for (int e = 0; e < edges.size; e++) {
                if (rng.nextDouble() < spec.crossRegion()) {
                    int own = regionOf[edges.a[e]];
                    int other = rng.nextInt(regions - 1);
                    if (other >= own) {
                        other++;
                    }
                    int size = regionStart[other + 1] - regionStart[other];
                    if (size > 0) {
                        edges.b[e] = regionStart[other] + rng.nextInt(size);
                    }
                }
            }
        }
        return SocialNetwork.fromEdges(n, edges.a, edges.b, edges.size);
    }
}
