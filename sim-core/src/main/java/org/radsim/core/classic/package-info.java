/**
 * The classic models the radicalization model is built from, each runnable on its own (VALIDATION.md):
 * {@link org.radsim.core.classic.civilviolence civil violence}, {@link org.radsim.core.classic.relativeagreement
 * relative agreement} and the {@link org.radsim.core.classic.contagion contagion ODE}; their scenario sections
 * ({@link org.radsim.core.classic.ClassicSchema}) and the reproduction suite ({@link org.radsim.core.classic.Validation}).
 */
package org.radsim.core.classic;
