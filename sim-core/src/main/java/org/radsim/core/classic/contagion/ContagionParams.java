package org.radsim.core.classic.contagion;

import java.io.Serializable;

import org.radsim.core.scenario.Values;

/**
 * The settings of the {@code contagion:} section (see {@link org.radsim.core.scenario.ClassicSchema}).
 *
 * @param s0 initial susceptible fraction
 * @param r0 initial recruiter fraction (the extremist fraction is {@code 1 − s0 − r0})
 */
public record ContagionParams(int n, double dt, double beta, double gamma, double mu, double s0, double r0)
        implements Serializable {

    public ContagionParams {
        if (s0 + r0 > 1.0 + 1e-12) {
            throw new IllegalArgumentException("contagion: s0 + r0 must not exceed 1");
        }
    }

    public static ContagionParams from(Values v) {
        return new ContagionParams(v.int32("n"), v.num("dt"), v.num("beta"), v.num("gamma"), v.num("mu"),
                v.num("s0"), v.num("r0"));
    }

    /** The basic reproduction number {@code R0 = βγ / (μ(γ + μ))}. */
    public double reproductionNumber() {
        return beta * gamma / (mu * (gamma + mu));
    }

    /**
     * The endemic equilibrium {S*, E*, R*} for R0 &gt; 1: {@code S* = 1/R0}, {@code E* = μ²(R0 − 1)/(βγ)},
     * {@code R* = μ(R0 − 1)/β}; the extremist-free state {1, 0, 0} otherwise.
     */
    public double[] equilibrium() {
        double r0n = reproductionNumber();
        if (!(r0n > 1)) {
            return new double[] {1, 0, 0};
        }
        return new double[] {1 / r0n, mu * mu * (r0n - 1) / (beta * gamma), mu * (r0n - 1) / beta};
    }
}
