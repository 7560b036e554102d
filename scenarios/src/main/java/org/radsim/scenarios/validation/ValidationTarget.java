package org.radsim.scenarios.validation;

import java.util.List;
import java.util.function.Function;

/**
 * One reproduction target of VALIDATION.md: the built-in scenarios that run it (one per arm — most targets have
 * one; RA-2 has a second, large-N arm), what the literature says, and the assertion over all their replications
 * (seeds derived from each scenario's seed, as {@code radsim run} does).
 *
 * @param name        e.g. {@code CV-1}
 * @param scenarios   built-in scenario names, one per arm, e.g. {@code validation/cv1-punctuated-equilibrium}
 * @param expectation the literature's expectation, as printed in the table
 * @param check       turns the replications' records, one list per arm in the order of {@code scenarios}, into
 *                    the measured text and the verdict
 */
public record ValidationTarget(String name, List<String> scenarios, String expectation,
                               Function<List<List<ReplicationRecord>>, Verdict> check) {

    public ValidationTarget {
        scenarios = List.copyOf(scenarios);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a target needs at least one scenario");
        }
    }

    /** A target with one scenario. */
    public static ValidationTarget of(String name, String scenario, String expectation,
                                      Function<List<ReplicationRecord>, Verdict> check) {
        return new ValidationTarget(name, List.of(scenario), expectation, arms -> check.apply(arms.get(0)));
    }

    /** The scenarios as printed in the table ({@code a + b} for two arms). */
    public String scenario() {
        return String.join(" + ", scenarios);
    }

    /** What one target measured and whether it matches the expectation. */
    public record Verdict(String measured, boolean pass) { }
}
