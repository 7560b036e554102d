package org.radsim.core.calibration;

import java.util.List;

import org.radsim.core.scenario.Where;

/**
 * One target pattern: a statistic of a simulated run, its observed value and the scale its error is measured in.
 * Statistics over the tick window [from, to] (to = −1: the last tick) of one metric, global or of one region:
 * <ul>
 * <li>{@code final}: the value at the last tick; {@code peak}: the largest value in the window;</li>
 * <li>{@code mean}: the mean over the window; {@code rate}: the sum over the window per year (a yearly flow, e.g.
 * of {@code new_recruits});</li>
 * <li>{@code share}: the window mean of the metric over the window mean of the sum of {@code of} (default: the
 * six stage counts, i.e. the population); {@code ratio}: the window mean of the metric over that of
 * {@code denominator}.</li>
 * </ul>
 * The error of a simulated value s is {@code (s − observed) / scale}; {@code scale} is the tolerance (or the
 * error scale) the file gives.
 */
public record Target(String name, String statistic, String metric, String region, long from, long to,
                     String denominator, List<String> of, double observed, double scale, double weight, Where where) {

    /** The statistics a target can use. */
    public static final List<String> STATISTICS = List.of("final", "peak", "mean", "rate", "share", "ratio");

    /** What {@code share} divides by when {@code of} is not given: the radicalization model's stage counts. */
    public static final List<String> STAGES = List.of("neutral", "sympathizer", "radicalized", "member", "detained",
            "disengaged");

    public Target {
        of = of == null ? List.of() : List.copyOf(of);
    }

    /** The metrics the share is taken of. */
    public List<String> shareOf() {
        return of.isEmpty() ? STAGES : of;
    }

    /** The normalised error of a simulated value. */
    public double error(double simulated) {
        return (simulated - observed) / scale;
    }
}
