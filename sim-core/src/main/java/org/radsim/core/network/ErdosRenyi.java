package org.radsim.core.network;

import org.radsim.core.replication.RandomStream;

/**
 * Erdős–Rényi random graph within one region, in the G(n, M) form: {@code M = n·degree/2} ties between uniformly
 * drawn distinct pairs (duplicates are rare and kept). Key: {@code network.degree}.
 */
final class ErdosRenyi {

    private ErdosRenyi() {
    }

    static void generate(int start, int end, int degree, RandomStream rng, EdgeList out) {
        int n = end - start;
        if (n < 2) {
            return;
        }
        long m = (long) n * degree / 2;
        for (long e = 0; e < m; e++) {
            int i = rng.nextInt(n);
            int j;
            do {
                j = rng.nextInt(n);
            } while (j == i);
            out.add(start + i, start + j);
        }
    }
}
