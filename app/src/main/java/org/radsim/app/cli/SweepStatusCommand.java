package org.radsim.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.radsim.core.sweep.SweepFolder;
import org.radsim.core.sweep.SweepStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radsim sweep status DIR}: which shards are done, partial or missing, and how to rerun them. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "List the shards of a sweep folder that are missing or unfinished (and runs that failed), with "
                + "the exact sbatch and radsim commands that rerun them. Exit code 0 when every shard is done, 3 otherwise.")
final class SweepStatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Exit code when shards are unfinished. */
    static final int UNFINISHED = 3;

    @Parameters(paramLabel = "DIR", description = "The sweep folder.")
    Path dir;

    @Option(names = "--shards", paramLabel = "N", description = "Shard count (default: the one submitted, or the one present).")
    int shards;

    @Override
    public Integer call() throws Exception {
        SweepFolder folder = new SweepFolder(dir);
        if (!folder.hasPlan()) {
            throw new BadInput(folder.dir() + " is not a sweep folder (no plan.json)");
        }
        SweepStatus s;
        try {
            s = SweepStatus.of(folder, shards);
        } catch (java.io.IOException e) {
            throw new BadInput(e.getMessage());
        }
        out().print(s.render(folder));
        out().flush();
        return s.unfinished().isEmpty() ? 0 : UNFINISHED;
    }

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
