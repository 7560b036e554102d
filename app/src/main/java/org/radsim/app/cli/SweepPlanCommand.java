package org.radsim.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.radsim.core.sweep.Plan;
import org.radsim.core.sweep.ShardRunner;
import org.radsim.core.sweep.SweepFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radsim sweep plan SWEEP}: expands the design to runs, writes the plan and its hash. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Expand a sweep file to its runs; write plan.json (with the plan hash), plan.csv and design.csv; "
                + "print the number of runs and an estimate of the time.")
final class SweepPlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SWEEP", description = "The sweep file (YAML).")
    Path sweepFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Sweep folder (default: results/sweep-<name>).")
    Path out;

    @Option(names = "--threads", description = "Threads assumed by the estimate (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        Plan plan = SweepFiles.plan(sweepFile);
        SweepFolder folder = new SweepFolder(SweepFiles.out(out, plan));
        ShardRunner.preparePlan(plan, folder);
        double seconds = plan.runs() * SweepFiles.secondsPerRun(plan) / Math.max(1, threads);
        out().printf("sweep %s: design %s, %d points x %d replications = %d runs%n", plan.sweep().name(),
                plan.sweep().design().settings(), plan.pointCount(), plan.sweep().replications(), plan.runs());
        out().printf("plan hash %s%nwritten to %s%n", plan.hash(), folder.dir());
        out().printf("estimated time: about %s on %d thread%s%n", SweepFiles.duration(seconds), threads,
                threads == 1 ? "" : "s");
        return 0;
    }

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
