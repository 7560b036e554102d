/**
 * The well-mixed Susceptible–Extremist–Recruiter contagion, agent-based
 * ({@link org.radsim.core.classic.contagion.ContagionModel}) next to its mean-field ODE
 * ({@link org.radsim.core.classic.contagion.ContagionOde}).
 */
package org.radsim.core.classic.contagion;
