package org.radsim.core.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.radsim.core.output.ComparisonFolder;
import org.radsim.core.output.Manifest;
import org.radsim.core.scenario.Scenario;

/**
 * Runs the scenarios of a compare folder ({@link ComparisonFolder}): the baseline first, under the stop rule if
 * one is given, then every alternative for exactly as many replications as the baseline ran, so that every
 * replication has its pair. The alternatives are loaded with the baseline's seed ({@link CommonRandomNumbers}).
 */
public final class Comparison {

    /** What to tell the user while the scenarios run. */
    public interface Listener {
        /** Scenario {@code position} of {@code count} (1-based) starts. */
        void scenario(int position, int count, Scenario s);

        /** The baseline stopped early or late ({@link RunResult#stopReason}). */
        default void baselineStopped(String reason) {
        }
    }

    /** The runs of a comparison and the number of replication pairs. */
    public record Outcome(RunResult baseline, List<RunResult> alternatives, int pairs) {
        /** Failed replications over all scenarios. */
        public int failed() {
            return baseline.failed() + alternatives.stream().mapToInt(RunResult::failed).sum();
        }
    }

    private Comparison() {
    }

    /**
     * Runs {@code base} and {@code alts} into the subfolders of {@code folder} that {@code layout} names and
     * records the pair count in its {@code compare.json}.
     *
     * @param options the options of one scenario's run; its output folder, replications, stop rule and cap are
     *                replaced per scenario
     * @param ensembles an ensemble per scenario (baseline first; empty for none): replication r of every scenario
     *                  then draws the same parameter set, common random numbers extended to parameters
     */
    public static Outcome run(Path folder, ComparisonFolder layout, Scenario base, List<Scenario> alts,
                              RunOptions options, List<RunOptions.Ensemble> ensembles, Listener listener)
            throws IOException {
        if (!ensembles.isEmpty() && ensembles.size() != alts.size() + 1) {
            throw new IllegalArgumentException("one ensemble per scenario: " + ensembles.size() + " for "
                    + (alts.size() + 1));
        }
        int count = alts.size() + 1;
        listener.scenario(1, count, base);
        RunResult b = Runner.run(base, with(per(options, folder.resolve(layout.baseline()), options.replications(),
                options.stopRule(), options.maxReplications()), ensembles, 0));
        int pairs = b.completed() + b.failed();
        if (b.stopReason() != null) {
            listener.baselineStopped(b.stopReason());
        }
        List<RunResult> out = new ArrayList<>();
        for (int i = 0; i < alts.size(); i++) {
            listener.scenario(i + 2, count, alts.get(i));
            out.add(Runner.run(alts.get(i), with(per(options, folder.resolve(layout.alternatives().get(i)), pairs, null,
                    pairs), ensembles, i + 1)));
        }
        Manifest m = Manifest.readFile(folder.resolve(ComparisonFolder.FILE));
        m.put("replications", pairs);
        m.write();
        return new Outcome(b, out, pairs);
    }

    private static RunOptions with(RunOptions o, List<RunOptions.Ensemble> ensembles, int scenario) {
        return ensembles.isEmpty() ? o : o.withEnsemble(ensembles.get(scenario));
    }

    private static RunOptions per(RunOptions o, Path dir, int n, StopRule rule, int cap) {
        return new RunOptions(dir, o.threads(), n, o.resume(), o.force(), o.progress(), rule, cap, o.resumeCommand(),
                o.finish());
    }
}
