package org.radsim.core.run;

import java.io.IOException;
import java.nio.file.Path;

import org.radsim.core.scenario.Scenario;

/**
 * Run settings, kept apart from model parameters: where results go, how many threads, whether to resume or
 * overwrite, (optionally) a sequential stopping rule with its cap on replications, the command that resumes the
 * run (recorded in the manifest and shown for an incomplete folder), and the step that writes statistics and
 * report before the run counts as completed.
 *
 * @param replications    number of replications (the scenario's unless overridden); with a stop rule, the minimum
 * @param stopRule        null for a fixed number of replications
 * @param maxReplications cap when a stop rule is given
 * @param resumeCommand   the exact command that resumes this run, or null
 * @param finish          writes the derived files (statistics, charts, report) from the joined tables, or null
 */
public record RunOptions(Path out, int threads, int replications, boolean resume, boolean force, Progress progress,
                         StopRule stopRule, int maxReplications, String resumeCommand, FinishStep finish,
                         Ensemble ensemble) {

    /**
     * A parameter set per replication (e.g. drawn from a calibrated posterior, {@code radsim run --ensemble}): the
     * scenario replication r runs, and the values recorded for it in the manifest and as {@code summary.csv}
     * columns. Must be a pure function of (r, seed).
     */
    public interface Ensemble {
        Scenario scenario(int replication, long seed);

        /** What identifies the ensemble in run_options (a resume must use the same one), e.g. the posterior's SHA-256. */
        String identity();

        /** Recorded per replication, in a fixed key order (the same keys for every replication). */
        java.util.LinkedHashMap<String, Double> values(int replication, long seed);
    }

    /** Without an ensemble. */
    public RunOptions(Path out, int threads, int replications, boolean resume, boolean force, Progress progress,
                      StopRule stopRule, int maxReplications, String resumeCommand, FinishStep finish) {
        this(out, threads, replications, resume, force, progress, stopRule, maxReplications, resumeCommand, finish, null);
    }

    /** These options with an ensemble. */
    public RunOptions withEnsemble(Ensemble e) {
        return new RunOptions(out, threads, replications, resume, force, progress, stopRule, maxReplications,
                resumeCommand, finish, e);
    }

    /** Writes derived files into a results folder whose tables are joined (the run still holds its lock). */
    @FunctionalInterface
    public interface FinishStep {
        void write(Path folder) throws IOException;
    }

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

    /** Without a resume command and without a finish step. */
    public RunOptions(Path out, int threads, int replications, boolean resume, boolean force, Progress progress,
                      StopRule stopRule, int maxReplications) {
        this(out, threads, replications, resume, force, progress, stopRule, maxReplications, null, null);
    }

    /** Fixed replications, no resume/force, no progress. */
    public static RunOptions simple(Path out, int threads, int replications) {
        return new RunOptions(out, threads, replications, false, false, Progress.NONE, null, replications);
    }

    /** These options with a resume command and a finish step. */
    public RunOptions with(String command, FinishStep step) {
        return new RunOptions(out, threads, replications, resume, force, progress, stopRule, maxReplications, command,
                step, ensemble);
    }
}
