/**
 * Parameter sweeps: the sweep file format ({@link org.radsim.core.sweep.SweepLoader}), the designs (full factorial,
 * one-at-a-time, Latin hypercube, Sobol/Saltelli, Morris), the {@link org.radsim.core.sweep.Plan} of runs with its
 * hash, the {@link org.radsim.core.sweep.ShardRunner} that streams one row per run and resumes, the
 * {@link org.radsim.core.sweep.Merger}, the {@link org.radsim.core.sweep.SweepStatus} of a sweep folder and the
 * {@link org.radsim.core.sweep.SlurmScript} writer for job arrays (CLUSTER.md). The built-in test functions with
 * known sensitivity indices ({@link org.radsim.core.sweep.TestFunction}) run through the same path as the model.
 */
package org.radsim.core.sweep;
