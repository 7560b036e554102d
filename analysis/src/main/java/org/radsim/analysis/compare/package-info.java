/**
 * Paired comparison of policy scenarios run with common random numbers: per alternative and summary metric the
 * paired difference to the baseline with its interval, relative change, effect size, Holm-corrected p-value and
 * the variance reduction of the pairing; costs and cost per recruit averted; the direction checks of MODEL.md §9;
 * the ranking of alternatives; the parameters each alternative changes; and the layout of a compare folder.
 */
package org.radsim.analysis.compare;
