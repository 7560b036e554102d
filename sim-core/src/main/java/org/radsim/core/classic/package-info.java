/**
 * The classic models the radicalization model is built from, each runnable on its own (VALIDATION.md):
 * {@link org.radsim.core.classic.civilviolence civil violence}, {@link org.radsim.core.classic.relativeagreement
 * relative agreement} and the {@link org.radsim.core.classic.contagion contagion ODE}. Floor 4: they use the
 * mechanisms they share with the radicalization model and implement {@link org.radsim.core.replication.Replication};
 * their scenario sections are {@link org.radsim.core.scenario.ClassicSchema}, and the reproduction suite that runs
 * them lives with the YAML it names, in the scenarios module ({@code org.radsim.scenarios.validation}).
 */
package org.radsim.core.classic;
