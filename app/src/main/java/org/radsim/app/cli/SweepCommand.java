package org.radsim.app.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code radsim sweep}: parameter sweeps, locally or as a Slurm job array. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Parameter sweeps (factorial, one-at-a-time, Latin hypercube, Sobol/Saltelli, Morris): plan, run "
                + "locally or as a Slurm job array, check, merge.",
        subcommands = {
                SweepPlanCommand.class,
                SweepRunCommand.class,
                SweepSubmitCommand.class,
                SweepStatusCommand.class,
                SweepMergeCommand.class
        })
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return CommandLine.ExitCode.USAGE;
    }
}
