package org.radsim.app.cli;

import picocli.CommandLine.Option;

/**
 * The thread count and {@code --quiet}, shared by every command that runs many simulations ({@code calibrate},
 * {@code optimize}, and through {@link ExecutionOptions} {@code run}, {@code compare}, {@code validate},
 * {@code sweep run}). Results never depend on the thread count. Mixed into each command with {@code @Mixin}.
 */
class ParallelOptions {

    @Option(names = "--threads", paramLabel = "K",
            description = "Threads: simulations at once (default: all cores, ${DEFAULT-VALUE}); results do not depend "
                    + "on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    /** The thread count, refused with exit 2 when below 1. */
    int threads() {
        if (threads < 1) {
            throw new BadInput("--threads must be at least 1, got " + threads);
        }
        return threads;
    }
}
