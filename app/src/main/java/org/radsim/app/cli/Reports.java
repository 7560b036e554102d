package org.radsim.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.radsim.analysis.report.RunReport;

/** Writes the statistics, charts and report of a finished run (the analysis module's {@link RunReport}). */
final class Reports {

    private Reports() {
    }

    static void afterRun(Path folder, PrintWriter out) {
        Path report = RunReport.write(folder);
        out.println("report: " + report.toAbsolutePath().normalize());
    }
}
