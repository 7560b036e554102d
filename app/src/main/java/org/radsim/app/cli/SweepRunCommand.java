package org.radsim.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.radsim.core.sweep.Merger;
import org.radsim.core.sweep.Plan;
import org.radsim.core.sweep.ShardRunner;
import org.radsim.core.sweep.SweepFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radsim sweep run SWEEP}: runs the plan (or one shard of it), resumably. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a sweep, or shard i of n (the runs with index mod n == i). Rows are streamed to "
                + "shards/shard-i-of-n.csv.partial and the file is renamed when the shard completes. Rerunning the same "
                + "command resumes: only runs without a row are run. Without --shard the whole plan runs as one shard "
                + "and is merged into results.csv.")
final class SweepRunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SWEEP", description = "The sweep file (YAML).")
    Path sweepFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Sweep folder (default: results/sweep-<name>).")
    Path out;

    @Mixin
    ExecutionOptions execution;

    @Option(names = "--shard", paramLabel = "I", description = "Which shard to run (0-based); needs --shards.")
    Integer shard;

    @Option(names = "--shards", paramLabel = "N", description = "Number of shards the plan is split into.")
    Integer shards;

    @Override
    public Integer call() throws Exception {
        if ((shard == null) != (shards == null)) {
            throw new BadInput("--shard and --shards go together");
        }
        int n = shards == null ? 1 : shards;
        int i = shard == null ? 0 : shard;
        if (n < 1 || i < 0 || i >= n) {
            throw new BadInput("--shard must be between 0 and --shards − 1 (got --shard " + i + " --shards " + n + ")");
        }
        int threads = execution.threads();
        Plan plan = SweepFiles.plan(sweepFile);
        SweepFolder folder = new SweepFolder(SweepFiles.out(out, plan));
        String label = n == 1 ? "sweep " + plan.sweep().name() : "sweep " + plan.sweep().name() + " shard " + i + "/" + n;
        ShardRunner.Progress progress = execution.quiet ? null
                : new SweepProgress(System.err, execution.plain || System.console() == null, label);
        ShardRunner.Result r = new ShardRunner(plan, folder).run(i, n, threads, progress);
        if (!execution.quiet) {
            System.err.printf("%s: %d runs (%d already done, %d run now), %d failed -> %s%n", label, r.total(),
                    r.alreadyDone(), r.ran(), r.failed(), r.file());
        }
        if (n == 1) {
            Merger.Merged m = Merger.merge(folder, 1);
            out().printf("%d runs, %d failed -> %s%n", m.runs(), m.failed(), folder.results());
        } else if (!execution.quiet) {
            System.err.println("when every shard is done: radsim sweep merge " + folder.dir());
        }
        return 0;
    }

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
