package org.radsim.core.classic;

import java.util.List;
import java.util.function.Function;

/**
 * One reproduction target of VALIDATION.md: the built-in scenario that runs it, what the literature says, and
 * the assertion over all its replications (seeds derived from the scenario's seed, as {@code radsim run} does).
 *
 * @param name        e.g. {@code CV-1}
 * @param scenario    built-in scenario name, e.g. {@code validation/cv1-punctuated-equilibrium}
 * @param expectation the literature's expectation, as printed in the table
 * @param check       turns the replications' records into the measured text and the verdict
 */
public record ValidationTarget(String name, String scenario, String expectation,
                               Function<List<ReplicationRecord>, Verdict> check) {

    /** What one target measured and whether it matches the expectation. */
    public record Verdict(String measured, boolean pass) { }
}
