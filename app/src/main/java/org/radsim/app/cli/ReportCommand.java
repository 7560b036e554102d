package org.radsim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.radsim.core.output.ComparisonFolder;
import org.radsim.analysis.report.CompareReport;
import org.radsim.analysis.report.RunReport;
import org.radsim.analysis.results.ResultsFolder;
import org.radsim.core.output.FolderLock;
import org.radsim.core.output.FolderVerifier;
import org.radsim.core.output.Manifest;
import org.radsim.core.run.DataDictionary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/**
 * {@code radsim report DIR}: verifies a results or compare folder against its manifest, then rebuilds its
 * statistics, charts and report.html without re-running; {@code --check} only verifies.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild the statistics, charts and report.html of a results folder (of `radsim run` or "
                + "`radsim compare`) from its files, without running anything. The folder is first checked against "
                + "its manifest (row counts, columns, numbers, sizes and SHA-256 of every file); a damaged or "
                + "incomplete folder is refused, naming the file and line.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Results folder of `radsim run` or `radsim compare`.")
    Path dir;

    @Option(names = "--check", description = "Only verify the folder against its manifest (exit 0 when intact, "
            + "2 naming every problem); write nothing.")
    boolean check;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new BadInput(dir + " is not a folder");
        }
        boolean compare = ComparisonFolder.isCompareFolder(dir);
        if (!compare && !Files.isRegularFile(dir.resolve(ResultsFolder.MANIFEST))) {
            throw new BadInput(dir + " is not a results folder: it has neither " + ComparisonFolder.FILE + " (from "
                    + "`radsim compare`) nor " + ResultsFolder.MANIFEST + " (from `radsim run`)");
        }
        List<String> derived = compare ? FolderVerifier.verifyCompare(dir, !check)
                : FolderVerifier.verifyRun(dir, check ? FolderVerifier.Need.COMPLETE : FolderVerifier.Need.REBUILD);
        for (String d : derived) {
            spec.commandLine().getErr().println("radsim: rewriting a derived file that was damaged or missing: " + d);
        }
        if (check) {
            spec.commandLine().getOut().println(dir + ": intact (every table matches its manifest, every recorded "
                    + "file its size and SHA-256)");
            return 0;
        }
        Path report;
        try (FolderLock lock = FolderLock.acquire(dir)) {
            if (compare) {
                ComparisonFolder layout = ComparisonFolder.read(dir);
                report = CompareReport.write(dir);
                DataDictionary.describeResults(dir.resolve(layout.baseline()));
                FolderVerifier.rerecord(dir.resolve(layout.baseline()));
                for (String a : layout.alternatives()) {
                    DataDictionary.describeResults(dir.resolve(a));
                    FolderVerifier.rerecord(dir.resolve(a));
                }
                Manifest m = Manifest.readFile(dir.resolve(ComparisonFolder.FILE));
                DataDictionary.describeCompare(dir);
                FolderVerifier.recordFiles(m, dir);
                m.write();
            } else {
                report = RunReport.write(dir);
                DataDictionary.describeResults(dir);
                FolderVerifier.rerecord(dir);
            }
        }
        spec.commandLine().getOut().println("report: " + report.toAbsolutePath().normalize());
        return 0;
    }
}
