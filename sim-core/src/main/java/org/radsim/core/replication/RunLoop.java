package org.radsim.core.replication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;

import sim.engine.SimState;

/**
 * The run loop every model shares: start the MASON state, report the initial state (tick 0), step the schedule
 * while the model says there is more to do, reporting after each step, and always finish (so a failed sink or
 * an interrupted run still releases the model's threads). An {@link IOException} a sink throws from inside a
 * scheduled step arrives wrapped in an {@link UncheckedIOException} and is rethrown as itself.
 */
public final class RunLoop {

    /** Reports the state after {@code tick} steps (tick 0 is the initial state). */
    @FunctionalInterface
    public interface Report {
        void at(long tick) throws IOException;
    }

    /** For models whose observation is itself a scheduled step: nothing to do after a step. */
    public static final Report SCHEDULED = tick -> { };

    private RunLoop() {
    }

    /**
     * Runs {@code model}: {@code start()}, {@code first.at(0)}, then while {@code more} holds one schedule step
     * followed by {@code each.at(steps)}, and {@code finish()} whatever happens.
     */
    public static void run(SimState model, BooleanSupplier more, Report first, Report each) throws IOException {
        model.start();
        try {
            first.at(0);
            while (more.getAsBoolean()) {
                model.schedule.step(model);
                each.at(model.schedule.getSteps());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            model.finish();
        }
    }
}
