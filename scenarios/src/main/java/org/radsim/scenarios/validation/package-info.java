/**
 * The classic-model reproduction suite of VALIDATION.md ({@link org.radsim.scenarios.validation.Validation}, its
 * {@link org.radsim.scenarios.validation.ValidationTarget}s and per-replication records), next to the
 * {@code validation/*.yaml} scenarios it names. It runs models through sim-core's runner floor, so it sits above
 * all of sim-core.
 */
package org.radsim.scenarios.validation;
