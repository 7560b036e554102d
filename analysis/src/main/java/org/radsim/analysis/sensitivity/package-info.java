/**
 * Sensitivity analysis of sweep results: {@link org.radsim.analysis.sensitivity.Sobol} first-order, total and
 * second-order indices (Saltelli 2010 and Jansen estimators, as in SALib) and
 * {@link org.radsim.analysis.sensitivity.Morris} elementary effects (μ, μ*, σ), each with percentile-bootstrap
 * intervals; {@link org.radsim.analysis.sensitivity.SensitivityReport} writes the tables, charts, report page and a
 * SALib-compatible export. Reads only a sweep folder (plan.json, design.csv, results.csv); never re-runs the model.
 */
package org.radsim.analysis.sensitivity;
