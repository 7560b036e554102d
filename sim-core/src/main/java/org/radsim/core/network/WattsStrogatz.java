package org.radsim.core.network;

import ec.util.MersenneTwisterFast;

/**
 * Watts &amp; Strogatz (1998) small-world graph within one region: a ring where each citizen is tied to its
 * {@code degree/2} nearest neighbours on each side; each tie's far end is then rewired with probability
 * {@code rewiring} to a uniformly random citizen of the region (self-ties avoided). Keys: {@code network.degree},
 * {@code network.rewiring}.
 */
final class WattsStrogatz {

    private WattsStrogatz() {
    }

    static void generate(int start, int end, int degree, double rewiring, MersenneTwisterFast rng, EdgeList out) {
        int n = end - start;
        int half = Math.min(degree / 2, (n - 1) / 2);
        for (int i = 0; i < n; i++) {
            for (int k = 1; k <= half; k++) {
                int j = (i + k) % n;
                if (rewiring > 0 && rng.nextDouble() < rewiring && n > 2) {
                    int t;
                    do {
                        t = rng.nextInt(n);
                    } while (t == i);
                    j = t;
                }
                out.add(start + i, start + j);
            }
        }
    }
}
