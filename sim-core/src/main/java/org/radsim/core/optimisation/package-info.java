/**
 * {@code radsim optimize}: the best package of interventions for a budget, searched with a multi-objective
 * evolutionary algorithm (NSGA-II or ε-NSGA-II from the MOEA Framework). An optimisation file
 * ({@link org.radsim.core.optimisation.OptimisationLoader}) names the base scenario, the levers (decision
 * variables), the objectives and the budget; {@link org.radsim.core.optimisation.Optimiser} runs the search with
 * common random numbers, on threads, with a checkpoint per generation. Built-in test problems (ZDT1, DTLZ2) run
 * through the same path.
 */
package org.radsim.core.optimisation;
