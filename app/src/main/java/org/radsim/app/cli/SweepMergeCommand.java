package org.radsim.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.radsim.core.sweep.Merger;
import org.radsim.core.sweep.SweepFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radsim sweep merge DIR}: checks the shards and writes results.csv. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Check that every shard is present, from this plan (hash) and has each of its runs exactly once; "
                + "write results.csv sorted by run index (byte-identical to a single-process run).")
final class SweepMergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

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
        try {
            Merger.Merged m = Merger.merge(folder, shards);
            out().printf("merged %d shards: %d runs, %d failed -> %s%n", m.shards(), m.runs(), m.failed(), folder.results());
            return 0;
        } catch (java.io.IOException e) {
            throw new BadInput(e.getMessage());
        }
    }

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
