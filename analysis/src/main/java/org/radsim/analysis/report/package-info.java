/**
 * The self-contained HTML report of a results folder: {@link org.radsim.analysis.report.RunReport} for one
 * scenario ({@code radsim run}), {@link org.radsim.analysis.report.CompareReport} for a compare folder
 * ({@code radsim compare}). Reports are XHTML (well-formed XML), reference only files inside the folder, need no
 * network and escape every string that comes from a user (scenario names, descriptions, parameter values).
 */
package org.radsim.analysis.report;
