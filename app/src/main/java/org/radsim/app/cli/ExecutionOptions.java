package org.radsim.app.cli;

import org.radsim.core.run.Progress;

import picocli.CommandLine.Option;

/**
 * How a command executes, shared by {@code run}, {@code compare}, {@code validate} and {@code sweep run}: the
 * number of threads (results never depend on it) and how progress is shown. Mixed into each command with
 * {@code @Mixin}.
 */
final class ExecutionOptions {

    @Option(names = "--threads", paramLabel = "K",
            description = "Threads: replications or runs at once (default: all cores, ${DEFAULT-VALUE}); results do "
                    + "not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Option(names = "--plain-progress", description = "Progress as plain lines (for cluster logs).")
    boolean plain;

    /** The thread count, refused with exit 2 when below 1. */
    int threads() {
        if (threads < 1) {
            throw new BadInput("--threads must be at least 1, got " + threads);
        }
        return threads;
    }

    /** Console progress in {@code unit} (e.g. "replications"), or none with {@code --quiet}. */
    Progress progress(String unit) {
        return ConsoleProgress.of(quiet, plain, unit);
    }
}
