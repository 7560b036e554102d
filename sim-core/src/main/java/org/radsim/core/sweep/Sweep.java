package org.radsim.core.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * A validated sweep file. Exactly one of {@code base} (a scenario file, absolute, or a built-in name) and
 * {@code model} (a {@link TestFunction}) is set.
 *
 * @param source the sweep file as given (for messages and scripts)
 * @param set    fixed {@code key.path=value} overrides applied to the base before the factors
 */
public record Sweep(String name, String description, Path source, String base, TestFunction model,
                    List<String> set, long seed, int replications, List<Factor> factors, Design design,
                    List<String> metrics) {

    public Sweep {
        set = List.copyOf(set);
        factors = List.copyOf(factors);
        metrics = List.copyOf(metrics);
    }

    public List<String> factorNames() {
        return factors.stream().map(Factor::name).toList();
    }
}
