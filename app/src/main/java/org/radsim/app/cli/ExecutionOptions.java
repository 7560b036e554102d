package org.radsim.app.cli;

import org.radsim.core.run.Progress;

import picocli.CommandLine.Option;

/**
 * How a command executes, shared by {@code run}, {@code compare}, {@code validate} and {@code sweep run}: the
 * thread count and {@code --quiet} ({@link ParallelOptions}) and how progress is shown. Mixed into each command with
 * {@code @Mixin}.
 */
final class ExecutionOptions extends ParallelOptions {

    @Option(names = "--plain-progress", description = "Progress as plain lines (for cluster logs).")
    boolean plain;

    /** Console progress in {@code unit} (e.g. "replications"), or none with {@code --quiet}. */
    Progress progress(String unit) {
        return ConsoleProgress.of(quiet, plain, unit);
    }
}
