package org.radsim.core.calibration;

import java.nio.file.Path;
import java.util.List;

/**
 * A loaded, checked calibration file (see {@link CalibrationLoader}): the base scenario and its fixed overrides,
 * the parameters with their priors, the target patterns, the method and its stop rules.
 *
 * @param base          a scenario file path or a built-in scenario name
 * @param method        {@code smc} (ABC-SMC) or {@code rejection}
 * @param particles     population size N of every generation
 * @param quantile      the next tolerance is this quantile of the previous generation's distances (SMC)
 * @param epsilon       stop when the tolerance reaches this (rejection: the tolerance itself)
 * @param maxSimulations stop before a generation when this many simulations have run
 * @param minAcceptance stop when a generation's acceptance rate falls below this; a particle not accepted in
 *                      {@code ceil(10 / minAcceptance)} attempts ends the calibration at the previous generation
 */
public record Calibration(String name, String description, Path file, String base, List<String> set, long seed,
                          String method, int particles, double quantile, int maxGenerations, double epsilon,
                          long maxSimulations, double minAcceptance, List<Parameter> parameters,
                          List<Target> targets) {

    public Calibration {
        set = List.copyOf(set);
        parameters = List.copyOf(parameters);
        targets = List.copyOf(targets);
    }

    /** The most attempts one particle gets in one generation. */
    public long maxAttempts() {
        return (long) Math.ceil(10 / minAcceptance);
    }

    /** The parameters' names, in order. */
    public List<String> parameterNames() {
        return parameters.stream().map(Parameter::name).toList();
    }

    /** The targets' names, in order. */
    public List<String> targetNames() {
        return targets.stream().map(Target::name).toList();
    }

    /** Joint prior density of a parameter set. */
    public double priorDensity(double[] theta) {
        double d = 1;
        for (int p = 0; p < theta.length; p++) {
            d *= parameters.get(p).prior().density(theta[p]);
        }
        return d;
    }
}
