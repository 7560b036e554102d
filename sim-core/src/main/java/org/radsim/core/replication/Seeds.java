package org.radsim.core.replication;

/**
 * Seed derivation: every replication, sweep run and block of citizens draws from its own stream whose seed is a
 * function of the master seed and its indices only (SplitMix64 finalizer, Steele, Lea &amp; Flood 2014), so results
 * never depend on thread count or scheduling.
 *
 * <p>The seeds written into results (per replication, per sweep run) lie in {@code [0, 2^53)}, like the master
 * seed: every reader holds them exactly, also those that read numbers as IEEE doubles (R's {@code read.csv},
 * {@code jsonlite}, JavaScript, spreadsheets). They are the top 53 bits of the 64-bit derivation. Internal streams
 * (blocks of citizens, the network) keep all 64 bits, since no file shows them.
 */
public final class Seeds {

    private Seeds() {
    }

    /** A seed derived from {@code master} and the given indices, in order. */
    public static long derive(long master, long... indices) {
        long h = mix(master ^ 0x9E3779B97F4A7C15L);
        for (long i : indices) {
            h = mix(h + 0x9E3779B97F4A7C15L + mix(i));
        }
        return h;
    }

    /** Seeds written into results lie in {@code [0, PUBLISHED_BOUND)}: 2^53, the integers a double holds exactly. */
    public static final long PUBLISHED_BOUND = 1L << 53;

    /** The seed of replication {@code r} of a run with master seed {@code master}, in {@code [0, 2^53)}. */
    public static long replication(long master, int r) {
        return published(derive(master, r));
    }

    /** The seed of run {@code run} of a sweep with master seed {@code master}, in {@code [0, 2^53)}. */
    public static long sweepRun(long master, long run) {
        return published(derive(master, run));
    }

    /** The top 53 bits of a derived seed: a value in {@code [0, 2^53)}. */
    private static long published(long derived) {
        return derived >>> 11;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
