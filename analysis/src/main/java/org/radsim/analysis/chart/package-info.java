/**
 * Charts of results, drawn with JFreeChart and written both as PNG (for the report and quick viewing) and SVG
 * (for publication): time series with 95 % confidence bands, final and peak values with error bars, per-region
 * small multiples, and cost against recruits averted. All charts are built headless from plain data, with
 * titles, axis labels with units and legends, in a colour-blind-safe palette (Okabe &amp; Ito 2008).
 */
package org.radsim.analysis.chart;
