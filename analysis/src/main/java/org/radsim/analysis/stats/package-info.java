/**
 * Replication statistics: t-based confidence intervals of means ({@link org.radsim.analysis.stats.Estimate}),
 * per-tick and per-summary statistics of a results folder ({@link org.radsim.analysis.stats.ReplicationStats}),
 * paired tests for common-random-number comparisons ({@link org.radsim.analysis.stats.PairedDifference}), the Holm
 * multiple-comparison correction, a percentile bootstrap for a ratio of means, and the sequential-replication
 * stop rule ({@link org.radsim.analysis.stats.PrecisionRule}).
 */
package org.radsim.analysis.stats;
