/**
 * Performance measurement of the model (the figures {@code radsim bench} prints): the full model's throughput in
 * citizen-ticks per second, the memory-limit kernel it is compared with ({@link org.radsim.core.bench.LimitKernel}),
 * the object-per-agent MASON peer ({@link org.radsim.core.bench.ObjectPeer}), memory per citizen and sweep
 * throughput. Nothing here is used by a run; the model never depends on this package.
 */
package org.radsim.core.bench;
