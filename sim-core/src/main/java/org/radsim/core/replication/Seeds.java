package org.radsim.core.replication;

/**
 * Seed derivation: every replication, sweep run and block of citizens draws from its own stream whose seed is a
 * function of the master seed and its indices only (SplitMix64 finalizer, Steele, Lea &amp; Flood 2014), so results
 * never depend on thread count or scheduling.
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

    /** The seed of replication {@code r} of a run with master seed {@code master}. */
    public static long replication(long master, int r) {
        return derive(master, r);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
