package org.radsim.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.radsim.core.sweep.Plan;
import org.radsim.core.sweep.ShardRunner;
import org.radsim.core.sweep.SweepFolder;
import org.radsim.core.sweep.SweepFolderException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code radsim sweep plan SWEEP}: expands the design to runs, writes the plan and its hash. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Expand a sweep file to its runs; write plan.json (with the plan hash), plan.csv and design.csv; "
                + "print the number of runs and an estimate of the time.")
final class SweepPlanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SWEEP", description = "The sweep file (YAML).")
    Path sweepFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Sweep folder (default: results/sweep-<name>).")
    Path out;

    @Option(names = "--threads", defaultValue = "1", description = "Threads assumed by the estimate (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
        try {
            return execute();
        } catch (SweepFolderException e) {
            throw new BadInput(e.getMessage());
        }
    }

    private int execute() throws Exception {
        Plan plan = SweepFiles.plan(sweepFile);
        SweepFolder folder = new SweepFolder(SweepFiles.out(out, plan));
        ShardRunner.preparePlan(plan, folder);
        double seconds = plan.runs() * SweepFiles.secondsPerRun(plan) / Math.max(1, threads);
        System.out.printf("sweep %s: design %s, %d points x %d replications = %d runs%n", plan.sweep().name(),
                plan.sweep().design().settings(), plan.pointCount(), plan.sweep().replications(), plan.runs());
        System.out.printf("plan hash %s%nwritten to %s%n", plan.hash(), folder.dir());
        System.out.printf("estimated time: about %s on %d thread%s%n", SweepFiles.duration(seconds), threads,
                threads == 1 ? "" : "s");
        return 0;
    }
}
