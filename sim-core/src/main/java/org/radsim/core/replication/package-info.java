/**
 * What every model and every runner share (floor 1, imports no other radsim package): the
 * {@link org.radsim.core.replication.Replication} contract a model implements, its
 * {@link org.radsim.core.replication.MetricLayout} and {@link org.radsim.core.replication.TickSink}, seed
 * derivation ({@link org.radsim.core.replication.Seeds}), the random streams and the deterministic block loops
 * ({@link org.radsim.core.replication.Blocks}, {@link org.radsim.core.replication.BlockLoop}).
 */
package org.radsim.core.replication;
