package org.radsim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the charts and report of a finished run, when the analysis module provides them. */
final class Reports {

    private Reports() {
    }

    static void afterRun(Path folder, java.io.PrintWriter out) {
        if (Files.exists(folder.resolve("report.html"))) {
            out.println("report: " + folder.resolve("report.html").toAbsolutePath().normalize());
        }
    }
}
