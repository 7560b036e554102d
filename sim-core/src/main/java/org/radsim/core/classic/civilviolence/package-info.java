/**
 * Epstein's (2002) civil-violence model with NetLogo Rebellion's details as switches: the model
 * ({@link org.radsim.core.classic.civilviolence.CivilViolence}), its settings and its outburst statistics.
 */
package org.radsim.core.classic.civilviolence;
