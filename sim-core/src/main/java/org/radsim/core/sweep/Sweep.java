package org.radsim.core.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * A validated sweep file. Exactly one of {@code base} (a scenario file, absolute, or a built-in name) and
 * {@code model} (a {@link TestFunction}) is set.
 *
 * @param source the sweep file as given (for messages and scripts)
 * @param set     fixed {@code key.path=value} overrides applied to the base before the factors
 * @param outputs which tables each run records: {@link #SUMMARY} always (the rows of results.csv), and on request
 *                {@link #TIMESERIES} and {@link #REGIONS}, joined into the sweep folder's timeseries.csv and
 *                regions.csv with the run's index, point and replication
 * @param commonRandomNumbers replication r of every design point uses the same seed (common random numbers)
 */
public record Sweep(String name, String description, Path source, String base, TestFunction model,
                    List<String> set, long seed, int replications, List<Factor> factors, Design design,
                    List<String> metrics, List<String> outputs, boolean commonRandomNumbers) {

    /** The run's summary values: always recorded. */
    public static final String SUMMARY = "summary";
    /** The run's global metrics per tick. */
    public static final String TIMESERIES = "timeseries";
    /** The run's regional metrics per tick. */
    public static final String REGIONS = "regions";
    /** Every output a sweep can record. */
    public static final List<String> OUTPUTS = List.of(SUMMARY, TIMESERIES, REGIONS);

    public Sweep {
        set = List.copyOf(set);
        factors = List.copyOf(factors);
        metrics = List.copyOf(metrics);
        outputs = List.copyOf(outputs);
    }

    /** Whether each run records {@code output} ({@link #TIMESERIES}, {@link #REGIONS}). */
    public boolean records(String output) {
        return outputs.contains(output);
    }

    public List<String> factorNames() {
        return factors.stream().map(Factor::name).toList();
    }
}
