package org.radsim.core.calibration;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The prior of one calibrated parameter: uniform on [min, max], log-uniform on [min, max] (min &gt; 0), or a
 * normal(mean, sd) truncated to [min, max]. Every prior is bounded, so every draw lies in the scenario key's
 * allowed range (the loader checks the bounds against it).
 */
public sealed interface Prior {

    double min();

    double max();

    /** The density at {@code x} (0 outside [min, max]); normalised. */
    double density(double x);

    /** One draw. */
    double sample(UniformRandomProvider rng);

    /** Its name as written in a calibration file. */
    String kind();

    /** Uniform on [min, max]. */
    record Uniform(double min, double max) implements Prior {
        @Override
        public double density(double x) {
            return x >= min && x <= max ? 1.0 / (max - min) : 0;
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return min + rng.nextDouble() * (max - min);
        }

        @Override
        public String kind() {
            return "uniform";
        }
    }

    /** Log-uniform on [min, max], min &gt; 0: density 1 / (x ln(max/min)). */
    record LogUniform(double min, double max) implements Prior {
        @Override
        public double density(double x) {
            return x >= min && x <= max ? 1.0 / (x * Math.log(max / min)) : 0;
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return min * Math.pow(max / min, rng.nextDouble());
        }

        @Override
        public String kind() {
            return "log_uniform";
        }
    }

    /** Normal(mean, sd) truncated to [min, max], drawn by inverting the CDF. */
    record TruncatedNormal(double mean, double sd, double min, double max) implements Prior {
        @Override
        public double density(double x) {
            if (x < min || x > max) {
                return 0;
            }
            double z = (x - mean) / sd;
            return Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI) * mass());
        }

        private double mass() {
            return cdf(max) - cdf(min);
        }

        private double cdf(double x) {
            return 0.5 * Erf.erfc(-(x - mean) / (sd * Math.sqrt(2)));
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            double lo = cdf(min);
            double u = lo + rng.nextDouble() * (cdf(max) - lo);
            double x = mean + sd * Math.sqrt(2) * Erf.erfInv(2 * u - 1);
            return Math.min(max, Math.max(min, x));
        }

        @Override
        public String kind() {
            return "normal";
        }
    }
}
