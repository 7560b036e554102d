package org.radsim.core.scenario;

import java.io.Serializable;

/**
 * The length of a tick as a share of a year ({@code ticks_per_year}), for turning yearly rates into per-tick
 * probabilities. What a process needs of the scenario's clock, without the rest of the scenario.
 *
 * @param ticksPerYear ticks in one simulated year
 */
public record TickRate(int ticksPerYear) implements Serializable {

    /** Per-tick probability of an event with a yearly rate: {@code 1 − exp(−rate / ticksPerYear)}. */
    public double perTick(double ratePerYear) {
        return probability(ratePerYear, ticksPerYear);
    }

    static double probability(double ratePerYear, int ticksPerYear) {
        return 1.0 - Math.exp(-ratePerYear / ticksPerYear);
    }
}
