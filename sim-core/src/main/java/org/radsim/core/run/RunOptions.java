package org.radsim.core.run;

import java.nio.file.Path;

/**
 * Run settings, kept apart from model parameters: where results go, how many threads, whether to resume or
 * overwrite, and (optionally) a sequential stopping rule with its cap on replications.
 *
 * @param replications number of replications (the scenario's unless overridden); with a stop rule, the minimum
 * @param stopRule      null for a fixed number of replications
 * @param maxReplications cap when a stop rule is given
 */
public record RunOptions(Path out, int threads, int replications, boolean resume, boolean force, Progress progress,
                         StopRule stopRule, int maxReplications) {

    public RunOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        }
        if (progress == null) {
            progress = Progress.NONE;
        }
    }

    /** Fixed replications, no resume/force, no progress. */
    public static RunOptions simple(Path out, int threads, int replications) {
        return new RunOptions(out, threads, replications, false, false, Progress.NONE, null, replications);
    }
}
