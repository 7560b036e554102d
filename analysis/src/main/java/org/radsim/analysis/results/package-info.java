/**
 * Reading results folders written by {@code radsim run} (manifest.json, summary.csv, timeseries.csv,
 * regions.csv). Analysis reads only these files and never re-runs a model, so results computed elsewhere (a
 * cluster) are analysed anywhere.
 */
package org.radsim.analysis.results;
