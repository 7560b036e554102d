package org.radsim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.radsim.analysis.compare.CompareLayout;
import org.radsim.analysis.report.CompareReport;
import org.radsim.analysis.report.RunReport;
import org.radsim.analysis.results.ResultsFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/** {@code radsim report DIR}: rebuilds statistics, charts and report.html of a results folder without re-running. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild the statistics, charts and report.html of a results folder (of `radsim run` or "
                + "`radsim compare`) from its files, without running anything.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Results folder of `radsim run` or `radsim compare`.")
    Path dir;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new BadInput(dir + " is not a folder");
        }
        Path report;
        try {
            if (CompareLayout.isCompareFolder(dir)) {
                report = CompareReport.write(dir);
            } else if (Files.isRegularFile(dir.resolve(ResultsFolder.MANIFEST))) {
                report = RunReport.write(dir);
            } else {
                throw new BadInput(dir + " is not a results folder: it has neither " + CompareLayout.FILE + " (from "
                        + "`radsim compare`) nor " + ResultsFolder.MANIFEST + " (from `radsim run`)");
            }
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
        spec.commandLine().getOut().println("report: " + report.toAbsolutePath().normalize());
        return 0;
    }
}
