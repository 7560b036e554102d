package org.radsim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.radsim.analysis.compare.CompareLayout;
import org.radsim.analysis.report.CompareReport;
import org.radsim.core.run.RunOptions;
import org.radsim.core.run.RunResult;
import org.radsim.core.run.Runner;
import org.radsim.core.run.StopRule;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code radsim compare BASE ALT…}: runs every scenario with the same master seed, hence the same seed in
 * replication k of every scenario (common random numbers), into one compare folder ({@link CompareLayout}), then
 * writes the paired comparison, charts and report.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run a baseline and alternatives with the same seeds (common random numbers) and report paired "
                + "differences, effect sizes, Holm-corrected p-values, costs per recruit averted and a ranking.")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "Baseline scenario (file or built-in name).")
    String baseline;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ALT", description = "Alternative scenarios.")
    List<String> alternatives;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Mixin
    PrecisionOptions precision;

    @Option(names = "--replications", description = "Replications per scenario (default: the baseline's).")
    Integer replications;

    @Option(names = "--threads", description = "Threads (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", description = "Compare folder (default: results/compare-<date-time>).")
    Path out;

    @Option(names = "--force", description = "Overwrite an existing compare folder.")
    boolean force;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Option(names = "--plain-progress", description = "Progress as plain lines (for cluster logs).")
    boolean plain;

    @Option(names = "--no-report", description = "Write the runs and compare.json only; `radsim report DIR` later.")
    boolean noReport;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new BadInput("--threads must be at least 1, got " + threads);
        }
        if (replications != null && replications < 2) {
            throw new BadInput("--replications must be at least 2 for a paired comparison, got " + replications);
        }
        FolderNames.checkOut(out, "--out");
        Scenario base = scenarioOptions.load(baseline);
        // every alternative runs with the baseline's master seed: common random numbers
        List<String> overrides = new ArrayList<>(scenarioOptions.all());
        overrides.add("seed=" + base.seed());
        List<Scenario> alts = new ArrayList<>();
        for (String a : alternatives) {
            alts.add(ScenarioLoader.load(a, overrides));
        }
        int n = replications != null ? replications : base.replications();
        if (n < 2) {
            throw new BadInput("a paired comparison needs at least 2 replications; use --replications");
        }
        Path folder = out != null ? out : Path.of("results",
                "compare-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        if (Files.exists(folder.resolve(CompareLayout.FILE)) && !force) {
            throw new BadInput("compare folder " + folder + " already exists; use --force to overwrite it, or --out "
                    + "to choose another (`radsim report " + folder + "` rebuilds its report)");
        }
        List<String> names = new ArrayList<>();
        names.add(base.name());
        alts.forEach(s -> names.add(s.name()));
        List<String> folders = CompareLayout.folderNames(names);

        // the baseline may stop early or late under --precision; the alternatives then run the same number
        StopRule rule = precision.rule(base, n);
        RunResult b = runOne(base, folder.resolve(folders.get(0)), n, rule, precision.cap(n), 1, names.size());
        int pairs = b.completed() + b.failed();
        if (b.stopReason() != null && !quiet) {
            spec.commandLine().getErr().println("radsim: baseline: " + b.stopReason());
        }
        int failed = b.failed();
        for (int i = 0; i < alts.size(); i++) {
            RunResult r = runOne(alts.get(i), folder.resolve(folders.get(i + 1)), pairs, null, pairs, i + 2,
                    names.size());
            failed += r.failed();
        }
        new CompareLayout(folders.get(0), folders.subList(1, folders.size()), base.seed(), pairs).write(folder);
        if (!noReport) {
            if (!quiet) {
                spec.commandLine().getErr().println("radsim: writing charts and report");
            }
            Path report = CompareReport.write(folder);
            spec.commandLine().getOut().println("report: " + report.toAbsolutePath().normalize());
        }
        spec.commandLine().getOut().println("results: " + folder.toAbsolutePath().normalize());
        if (failed > 0) {
            spec.commandLine().getErr().println("radsim: " + failed + " replications failed; the comparison uses the pairs completed "
                    + "in both scenarios (see each manifest.json)");
            return UserErrors.FAILED;
        }
        return 0;
    }

    private RunResult runOne(Scenario s, Path dir, int n, StopRule rule, int cap, int position, int count)
            throws Exception {
        if (!quiet) {
            spec.commandLine().getErr().println("radsim: scenario " + position + "/" + count + ": " + s.name());
        }
        RunOptions options = new RunOptions(dir, threads, n, false, force,
                ConsoleProgress.of(quiet, plain, "replications"), rule, cap);
        return Runner.run(s, options);
    }
}
