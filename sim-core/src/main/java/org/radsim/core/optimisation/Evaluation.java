package org.radsim.core.optimisation;

/**
 * A scenario's K replications as the optimisation sees them, with the optimisation's seeds (replication {@code r}
 * has seed {@code Seeds.replication(seed, r)} in every scenario, so values of two scenarios pair up).
 *
 * @param values {@code values[i][r]}: objective {@code i}'s metric in replication {@code r}
 * @param cost   the cost metric per replication
 */
public record Evaluation(double[][] values, double[] cost) {
}
