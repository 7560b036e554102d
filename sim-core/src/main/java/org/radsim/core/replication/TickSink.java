package org.radsim.core.replication;

import java.io.IOException;

/** Receives one row of metrics per tick, in tick order; arrays follow the {@link MetricLayout}. */
@FunctionalInterface
public interface TickSink {

    /**
     * @param tick     0 for the initial state, then 1, 2, … after each tick's processes
     * @param global   values of {@link MetricLayout#global()}
     * @param regional one array per region, values of {@link MetricLayout#regional()} (empty when none)
     */
    void tick(long tick, double[] global, double[][] regional) throws IOException;
}
