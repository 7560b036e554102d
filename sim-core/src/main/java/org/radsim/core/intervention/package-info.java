/**
 * The eight interventions of MODEL.md section 6, one class each, the process that starts, stops and applies them
 * ({@link org.radsim.core.intervention.Interventions}), and the {@link org.radsim.core.intervention.Levers} through
 * which they change the other processes.
 */
package org.radsim.core.intervention;
