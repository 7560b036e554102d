package org.radsim.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.radsim.core.output.Csv;
import org.apache.commons.csv.CSVPrinter;
import org.radsim.core.output.ComparisonFolder;
import org.radsim.analysis.compare.DirectionPrecision;
import org.radsim.analysis.compare.ScenarioComparison;
import org.radsim.analysis.report.CompareReport;
import org.radsim.analysis.results.ResultsFolder;
import org.radsim.core.run.Progress;
import org.radsim.core.run.RunOptions;
import org.radsim.core.run.Runner;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * {@code radsim validate --policy}: the direction checks of MODEL.md §9 on the real model. The shipped baseline is
 * compared with the counter-narrative, community and jobs scenarios over the same seeds (common random numbers), as
 * {@code radsim compare} does, into {@code DIR/policy/}; then each direction's margin gets its 95 % interval and the
 * replications it needs ({@link DirectionPrecision}), printed and written to {@code DIR/policy-directions.csv} and
 * {@code .md}. A direction whose interval includes zero is <i>unresolved</i> — reported, not a failure; one whose
 * interval lies on the wrong side of zero is <i>contrary</i> and makes the command exit with 1.
 */
final class PolicyValidation {

    /** The scenarios compared: the baseline first, then the alternatives that have a direction check. */
    static final List<String> SCENARIOS = List.of("baseline", "counter_narrative", "community", "jobs");

    /** Replications per scenario by default (README, "Validation": the number the slowest direction needs). */
    static final int REPLICATIONS = 100;

    private PolicyValidation() {
    }

    static List<DirectionPrecision> run(List<String> overrides, int replications, int threads, Path dir,
                                        Progress progress, PrintWriter err) throws Exception {
        Scenario base = ScenarioLoader.load(SCENARIOS.get(0), overrides);
        List<String> altOverrides = new ArrayList<>(overrides);
        altOverrides.add("seed=" + base.seed());
        List<Scenario> all = new ArrayList<>();
        all.add(base);
        for (String a : SCENARIOS.subList(1, SCENARIOS.size())) {
            all.add(ScenarioLoader.load(a, altOverrides));
        }
        Path cmp = dir.resolve("policy");
        List<String> folders = ComparisonFolder.folderNames(all.stream().map(Scenario::name).toList());
        for (int i = 0; i < all.size(); i++) {
            if (err != null) {
                err.println("radsim: policy scenario " + (i + 1) + "/" + all.size() + ": " + all.get(i).name());
                err.flush();
            }
            Runner.run(all.get(i), new RunOptions(cmp.resolve(folders.get(i)), threads, replications, false, true,
                    progress, null, replications));
        }
        new ComparisonFolder(folders.get(0), folders.subList(1, folders.size()), base.seed(), replications).write(cmp);
        CompareReport.write(cmp);
        List<ResultsFolder> alts = new ArrayList<>();
        for (String f : folders.subList(1, folders.size())) {
            alts.add(ResultsFolder.read(cmp.resolve(f)));
        }
        List<DirectionPrecision> rows = DirectionPrecision.of(ScenarioComparison.of(ResultsFolder.read(cmp.resolve(folders.get(0))), alts));
        write(rows, dir);
        return rows;
    }

    private static String pp(double v) {
        return String.format(Locale.ROOT, "%+.1f", 100 * v);
    }

    static String margin(DirectionPrecision d) {
        return pp(d.margin().mean()) + " pp [" + pp(d.margin().low()) + ", " + pp(d.margin().high()) + "]";
    }

    static String resolvedFrom(DirectionPrecision d) {
        return d.resolvedFrom() > 0 ? "from " + d.resolvedFrom() + " pairs on" : "not within " + d.margin().n() + " pairs";
    }

    /** The table as plain text, for the terminal. */
    static String table(List<DirectionPrecision> rows) {
        StringBuilder b = new StringBuilder();
        for (DirectionPrecision d : rows) {
            b.append(String.format(Locale.ROOT, "%-18s %-10s %s%n       margin over %d pairs: %s; replications needed: %s "
                            + "(90 %% chance: %s); interval above zero %s%n",
                    d.alternative(), d.verdict(), d.expectation(), d.margin().n(), margin(d),
                    DirectionPrecision.count(d.needed()), DirectionPrecision.count(d.needed90()), resolvedFrom(d)));
        }
        long contrary = rows.stream().filter(d -> d.verdict().equals("contrary")).count();
        long resolved = rows.stream().filter(d -> d.verdict().equals("resolved")).count();
        b.append(resolved).append(" of ").append(rows.size()).append(" directions resolved")
                .append(contrary > 0 ? ", " + contrary + " CONTRARY" : "").append(System.lineSeparator());
        return b.toString();
    }

    static String markdown(List<DirectionPrecision> rows) {
        StringBuilder b = new StringBuilder("| alternative | expected | margin (95 % CI) | replications needed | "
                + "for a 90 % chance | interval above zero | verdict |\n|---|---|---|---|---|---|---|\n");
        for (DirectionPrecision d : rows) {
            b.append("| ").append(d.alternative()).append(" | ").append(d.expectation()).append(" | ").append(margin(d))
                    .append(" | ").append(DirectionPrecision.count(d.needed())).append(" | ")
                    .append(DirectionPrecision.count(d.needed90())).append(" | ").append(resolvedFrom(d)).append(" | ")
                    .append(d.verdict()).append(" |\n");
        }
        return b.toString();
    }

    static void write(List<DirectionPrecision> rows, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (CSVPrinter csv = Csv.printer(dir.resolve("policy-directions.csv"), "alternative", "expectation",
                     "pairs", "margin", "margin_low", "margin_high", "margin_sd", "replications_needed",
                     "replications_needed_90", "resolved_from", "verdict")) {
            for (DirectionPrecision d : rows) {
                csv.printRecord(d.alternative(), d.expectation(), d.margin().n(), Csv.num(d.margin().mean()),
                        Csv.num(d.margin().low()), Csv.num(d.margin().high()), Csv.num(d.margin().sd()), d.needed(), d.needed90(), d.resolvedFrom(), d.verdict());
            }
        }
        Files.writeString(dir.resolve("policy-directions.md"), markdown(rows), StandardCharsets.UTF_8);
    }
}
