/**
 * Running models (floor 6): the {@link org.radsim.core.run.Runner} that writes a results folder, the one place
 * that creates a model from a scenario ({@link org.radsim.core.run.Models}), summaries, stopping rules and
 * progress. The contract the models implement is one floor down, in {@code org.radsim.core.replication}.
 */
package org.radsim.core.run;
