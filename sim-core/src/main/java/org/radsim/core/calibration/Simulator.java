package org.radsim.core.calibration;

import java.io.IOException;

/**
 * What a calibration simulates: one replication at a parameter set and seed, reduced to the targets' statistics.
 * {@link ScenarioSimulator} runs the model of a scenario with the parameters as key-path overrides; tests plug in
 * a small {@link org.radsim.core.replication.Replication} with a known posterior through the same engine.
 */
public interface Simulator {

    /** The target statistics (in target order) of one replication at {@code theta} with {@code seed}. */
    double[] simulate(double[] theta, long seed) throws IOException;
}
