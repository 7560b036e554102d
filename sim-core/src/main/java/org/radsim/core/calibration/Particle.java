package org.radsim.core.calibration;

/**
 * An accepted particle of one generation: its parameter set, the target statistics of the simulation that was
 * accepted, that simulation's distance, and how many simulations it took (attempts).
 */
public record Particle(int index, double[] theta, double[] statistics, double distance, long attempts) {
}
