package org.radsim.core.network;

import org.radsim.core.replication.RandomStream;

/**
 * Barabási &amp; Albert (1999) preferential attachment within one region: citizens arrive in id order, each tying
 * to {@code m = max(1, degree/2)} earlier citizens chosen with probability proportional to their degree (by
 * drawing a uniform endpoint of the edges so far). Key: {@code network.degree} (mean degree ≈ 2m).
 */
final class BarabasiAlbert {

    private BarabasiAlbert() {
    }

    static void generate(int start, int end, int degree, RandomStream rng, EdgeList out) {
        int n = end - start;
        int m = Math.max(1, degree / 2);
        if (n < 2) {
            return;
        }
        int seedSize = Math.min(n, m + 1);
        int[] endpoints = new int[2 * (seedSize * seedSize + (n - seedSize) * m)];
        int ends = 0;
        for (int i = 0; i < seedSize; i++) {
            for (int j = i + 1; j < seedSize; j++) {
                out.add(start + i, start + j);
                endpoints[ends++] = i;
                endpoints[ends++] = j;
            }
        }
        int[] chosen = new int[m];
        for (int i = seedSize; i < n; i++) {
            int c = 0;
            int guard = 0;
            while (c < m && guard++ < 50 * m) {
                int t = endpoints[rng.nextInt(ends)];
                boolean dup = false;
                for (int q = 0; q < c; q++) {
                    dup |= chosen[q] == t;
                }
                if (!dup) {
                    chosen[c++] = t;
                }
            }
            for (int q = 0; q < c; q++) {
                out.add(start + i, start + chosen[q]);
                endpoints[ends++] = i;
                endpoints[ends++] = chosen[q];
            }
        }
    }
}
