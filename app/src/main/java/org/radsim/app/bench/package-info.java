/**
 * Performance measurement of the model (the figures {@code radsim bench} prints): the full model's throughput in
 * citizen-ticks per second, the memory-limit kernel it is compared with ({@link org.radsim.app.bench.LimitKernel}),
 * the object-per-agent MASON peer ({@link org.radsim.app.bench.ObjectPeer}), memory per citizen and sweep
 * throughput. It lives in the application, not in the sim-core library jar (it needs {@code com.sun.management}
 * for CPU time and the object peer is measurement-only code); nothing in a run depends on it.
 */
package org.radsim.app.bench;
