package org.radsim.core.mechanism;

import org.radsim.core.replication.RandomStream;

/**
 * Sampling rare per-citizen events without one draw per citizen: candidates are visited with geometric gaps for the
 * largest per-tick probability {@code p_max} in play, and a candidate i is accepted with {@code p_i / p_max}
 * (thinning, Lewis &amp; Shedler 1979). Each citizen then has its event with probability exactly {@code p_i}, while the
 * number of draws scales with the number of events instead of the number of citizens. A gap is
 * {@code floor(E / λ)} with E exponential of mean 1 and {@code λ = −ln(1 − p_max)}, which is geometric:
 * {@code P(gap ≥ k) = P(E ≥ kλ) = (1 − p_max)^k}; the exponential comes from a ziggurat sampler
 * ({@link RandomStream#nextExponential}), five times cheaper than inverting a uniform with a logarithm.
 */
public final class Thinning {

    private final double pMax;
    /** {@code 1 / λ = −1 / ln(1 − p_max)}; 0 when every citizen is a candidate ({@code p_max = 1}). */
    private final double meanGapScale;

    /** @param pMax the largest per-tick probability of any citizen in the loop, in [0, 1] */
    public Thinning(double pMax) {
        this.pMax = pMax;
        this.meanGapScale = pMax >= 1.0 || pMax <= 0.0 ? 0.0 : -1.0 / Math.log1p(-pMax);
    }

    /** Whether no citizen can have the event. */
    public boolean never() {
        return pMax <= 0.0;
    }

    /** The number of citizens to pass over before the next candidate (0 = the very next one). */
    public int gap(RandomStream rng) {
        if (meanGapScale == 0.0) {
            return pMax <= 0.0 ? Integer.MAX_VALUE : 0;
        }
        double g = Math.floor(rng.nextExponential() * meanGapScale);
        return g >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) g;
    }

    /** Whether a candidate with probability {@code p} (≤ p_max) has the event. */
    public boolean accept(RandomStream rng, double p) {
        return p >= pMax || rng.nextDouble() * pMax < p;
    }

    /** The next candidate at or after {@code i + 1 + gap}, or {@code end} when past it. */
    public int next(RandomStream rng, int i, int end) {
        long n = (long) i + 1 + gap(rng);
        return n >= end ? end : (int) n;
    }

    /** The first candidate of a block starting at {@code start}. */
    public int first(RandomStream rng, int start, int end) {
        return next(rng, start - 1, end);
    }
}
