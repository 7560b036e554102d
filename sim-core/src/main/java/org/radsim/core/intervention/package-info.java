/**
 * The eight interventions of MODEL.md section 6, one class each, and the process that starts, stops and applies
 * them ({@link org.radsim.core.intervention.Interventions}). Floor 4: they change the other processes only through
 * the {@link org.radsim.core.mechanism.Levers} one floor down.
 */
package org.radsim.core.intervention;
