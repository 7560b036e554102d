/**
 * The radicalization model as a MASON {@code SimState} (floor 5): the order of a tick
 * ({@link org.radsim.core.model.Phase}) and observation. It wires the population, network, mechanisms and
 * interventions of the floors below; nothing below imports it.
 */
package org.radsim.core.model;
