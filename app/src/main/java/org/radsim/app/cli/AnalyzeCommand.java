package org.radsim.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.radsim.analysis.stats.Interval;
import org.radsim.analysis.sensitivity.Morris;
import org.radsim.analysis.sensitivity.SensitivityReport;
import org.radsim.analysis.sensitivity.Sobol;
import org.radsim.core.sweep.SweepFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radsim analyze DIR}: sensitivity indices and charts of a merged sweep. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Sensitivity analysis of a merged sweep folder: Sobol S1/ST (and S2) with bootstrap 95 %% intervals "
                + "for a sobol design, Morris mu, mu*, sigma for a morris design, one-way response plots, a heat map for "
                + "a two-factor grid, report.html, and a SALib-compatible export (salib/). Never re-runs the model.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The sweep folder (with results.csv).")
    Path dir;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: DIR/analysis).")
    Path out;

    @Option(names = "--resamples", defaultValue = "" + SensitivityReport.RESAMPLES,
            description = "Bootstrap resamples for the intervals (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--quiet", description = "Do not print the indices.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        FolderNames.checkOut(out, "--out");
        SweepFolder folder = new SweepFolder(dir);
        if (!folder.hasPlan()) {
            throw new BadInput(folder.dir() + " is not a sweep folder (no plan.json)");
        }
        if (resamples < 10) {
            throw new BadInput("--resamples must be at least 10");
        }
        if (!java.nio.file.Files.isRegularFile(folder.results())) {
            throw new BadInput("no results.csv in " + folder.dir() + "; finish the sweep (radsim sweep status "
                    + folder.dir() + ") or merge its shards (radsim sweep merge " + folder.dir() + ")");
        }
        Path target = out != null ? out.toAbsolutePath() : folder.dir().resolve("analysis");
        SensitivityReport.Outcome o = SensitivityReport.write(folder.dir(), target, resamples);
        if (!quiet) {
            for (Map.Entry<String, Sobol.Result> e : o.sobol().entrySet()) {
                out().printf("%s (Sobol, %d base rows)%n  %-24s %-26s %-26s%n", e.getKey(), e.getValue().rowsUsed(),
                        "factor", "S1 [95% interval]", "ST [95% interval]");
                for (int i = 0; i < e.getValue().factors().size(); i++) {
                    out().printf("  %-24s %-26s %-26s%n", e.getValue().factors().get(i), show(e.getValue().first()[i]),
                            show(e.getValue().total()[i]));
                }
                if (e.getValue().warning() != null) {
                    out().println("  warning: " + e.getValue().warning());
                }
            }
            for (Map.Entry<String, List<Morris.Stat>> e : o.morris().entrySet()) {
                out().printf("%s (Morris)%n  %-24s %10s %-26s %10s%n", e.getKey(), "factor", "mu", "mu* [95% interval]", "sigma");
                for (Morris.Stat s : e.getValue()) {
                    out().printf(Locale.ROOT, "  %-24s %10.4g %-26s %10.4g%n", s.factor(), s.mu(), show(s.muStar()), s.sigma());
                }
            }
            out().printf("%d charts, report: %s%n", o.charts(), target.resolve("report.html"));
        }
        return 0;
    }

    private static String show(Interval v) {
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", v.value(), v.low(), v.high());
    }

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
