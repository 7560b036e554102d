package org.radsim.core.replication;

import java.io.IOException;
import java.util.Map;

/**
 * One replication of a model: a pure function of (scenario, seed). The radicalization model and each classic
 * model implement it; runners, sweeps and result writers use only this interface.
 */
public interface Replication {

    /** The columns {@link #run} reports. */
    MetricLayout layout();

    /** Runs every tick of the scenario, reporting the initial state (tick 0) and each tick to {@code sink}. */
    void run(TickSink sink) throws IOException;

    /**
     * Summary values this model adds to the generic final/peak summary (e.g. outburst statistics), in a fixed
     * order; valid after {@link #run}.
     */
    Map<String, Double> extraSummary();
}
