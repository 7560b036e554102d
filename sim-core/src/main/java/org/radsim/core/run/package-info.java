/**
 * Running models: the {@link org.radsim.core.run.Replication} interface every model implements, the
 * {@link org.radsim.core.run.Runner} that writes a results folder, seed derivation, summaries and progress.
 */
package org.radsim.core.run;
