package org.radsim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.radsim.analysis.compare.Comparability;
import org.radsim.core.output.ComparisonFolder;
import org.radsim.analysis.decision.KimNelson;
import org.radsim.analysis.results.ResultsFolder;
import org.radsim.core.run.Runner;
import org.radsim.analysis.report.CompareReport;
import org.radsim.core.output.FolderLock;
import org.radsim.core.output.FolderVerifier;
import org.radsim.core.output.Manifest;
import org.radsim.core.run.RunOptions;
import org.radsim.core.run.CommonRandomNumbers;
import org.radsim.core.run.Comparison;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.run.DataDictionary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code radsim compare BASE ALT…}: runs every scenario with common random numbers ({@link CommonRandomNumbers},
 * {@link Comparison}) into one compare folder ({@link ComparisonFolder}), then writes the paired comparison, charts
 * and report.
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

    @Mixin
    ExecutionOptions execution;

    @Option(names = "--out", description = "Compare folder (default: results/compare-<date-time>).")
    Path out;

    @Option(names = "--force", description = "Overwrite an existing compare folder.")
    boolean force;

    @Option(names = "--resume", description = "Complete an interrupted compare folder: run only the missing "
            + "(scenario, replication) pairs; the scenarios and options must be the same.")
    boolean resume;

    @Option(names = "--no-report", description = "Write the runs and compare.json only; `radsim report DIR` later.")
    boolean noReport;

    @Option(names = "--ensemble", paramLabel = "POSTERIOR", description = "A calibration's posterior.csv (or its "
            + "folder): replication r of every scenario runs the same parameter set, drawn from the posterior by the "
            + "shared seed of r (common random numbers extended to parameters); adds robustness.csv (expected "
            + "recruits averted, probability of being best and of beating the baseline, Savage regret, the share "
            + "of futures meeting --target, cost per recruit averted as a distribution).")
    Path ensemble;

    @Option(names = "--target", defaultValue = "0.1", description = "With --ensemble: the satisficing target, the "
            + "share of the baseline's recruits an alternative must avert in a future (default: ${DEFAULT-VALUE}).")
    double target;

    @Option(names = "--until-resolved", description = "After the first --replications (the first stage), add "
            + "replications to every scenario (up to --max-replications) until the alternative with the fewest "
            + "--resolve-metric is separated from every other with --confidence, by the fully sequential KN "
            + "procedure (Kim & Nelson 2001) with indifference zone --indifference; or say it is not separable. "
            + "The stop reason is in compare.json.")
    boolean untilResolved;

    @Option(names = "--resolve-metric", paramLabel = "COLUMN", defaultValue = "final_cumulative_recruits",
            description = "Summary column the ranking resolves (fewer is better; default: ${DEFAULT-VALUE}).")
    String resolveMetric;

    @Option(names = "--indifference", paramLabel = "DELTA", defaultValue = "5",
            description = "Indifference zone: the smallest difference of --resolve-metric worth telling apart "
                    + "(default: ${DEFAULT-VALUE}).")
    double indifference;

    @Option(names = "--confidence", defaultValue = "0.95",
            description = "Probability of selecting the best when it is at least --indifference better (default: "
                    + "${DEFAULT-VALUE}).")
    double confidence;

    /** Per scenario (baseline first), its ensemble; empty without --ensemble. */
    private final List<org.radsim.core.run.RunOptions.Ensemble> ensembles = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        execution.threads();
        if (replications != null && replications < 2) {
            throw new BadInput("--replications must be at least 2 for a paired comparison, got " + replications);
        }
        FolderNames.checkOut(out, "--out");
        if (resume && force) {
            throw new BadInput("--resume and --force exclude each other");
        }
        if (untilResolved && (resume || precision.active())) {
            throw new BadInput("--until-resolved chooses the replications itself: leave out --resume and --precision");
        }
        if (untilResolved && alternatives.size() < 2) {
            throw new BadInput("--until-resolved ranks alternatives: give at least two besides the baseline");
        }
        if (untilResolved && !(confidence > 0.5 && confidence < 1 && indifference > 0)) {
            throw new BadInput("--until-resolved needs 0.5 < --confidence < 1 and --indifference > 0");
        }
        if (resume && out == null) {
            throw new BadInput("--resume needs --out naming the compare folder to complete");
        }
        Scenario base = scenarioOptions.load(baseline);
        List<Scenario> alts = CommonRandomNumbers.alternatives(base, alternatives, scenarioOptions.all());
        List<String> names = new ArrayList<>();
        names.add(base.name());
        alts.forEach(s -> names.add(s.name()));
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> trees = new ArrayList<>();
        trees.add(json.valueToTree(base.resolved()));
        alts.forEach(s -> trees.add(json.valueToTree(s.resolved())));
        List<String> problems = Comparability.problems(names, trees);
        if (!problems.isEmpty()) {
            throw new BadInput("these scenarios cannot be compared pair by pair:\n  " + String.join("\n  ", problems));
        }
        for (String w : Comparability.warnings(names, trees)) {
            spec.commandLine().getErr().println("radsim: warning: " + w);
        }
        if (ensemble != null) {
            org.radsim.core.calibration.Posterior post = org.radsim.core.calibration.Posterior.read(ensemble);
            ensembles.add(new org.radsim.core.calibration.Ensemble(post, baseline, scenarioOptions.all()));
            for (String a : alternatives) {
                ensembles.add(new org.radsim.core.calibration.Ensemble(post, a,
                        CommonRandomNumbers.overrides(base, scenarioOptions.all())));
            }
        }
        Path folder = out != null ? out : Path.of("results",
                "compare-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Path file = folder.resolve(ComparisonFolder.FILE);
        List<String> folders = ComparisonFolder.folderNames(names);
        try (FolderLock lock = FolderLock.acquire(folder)) {
            Integer recorded = null;
            if (Files.exists(file)) {
                if (!resume && !force) {
                    throw new BadInput("compare folder " + folder + " already exists; use --resume to complete it, "
                            + "--force to overwrite it, or --out to choose another (`radsim report " + folder
                            + "` rebuilds its report)");
                }
                if (resume) {
                    recorded = refuseOtherComparison(file, folders, base.seed());
                    verifyBeforeResume(folder, file, folders);
                }
            }
            if (resume && !Files.exists(file) && Files.isDirectory(folder.resolve(folders.get(0)))) {
                throw new BadInput(file + ": missing, so " + folder + " cannot be resumed safely (nothing in it was "
                        + "changed; --force starts it again, --out picks another folder)");
            }
            int n = replications != null ? replications : recorded != null ? recorded : base.replications();
            if (n < 2) {
                throw new BadInput("a paired comparison needs at least 2 replications; use --replications");
            }
            if (recorded != null && n != recorded) {
                throw new BadInput(folder + " was compared with other settings; --resume needs the same ones:\n"
                        + "  --replications: " + recorded + " in the folder, " + n + " now");
            }
            String command = ResumeCommand.of(spec, folder);
            new ComparisonFolder(folders.get(0), folders.subList(1, folders.size()), base.seed(), n).write(folder);
            Manifest m = Manifest.readFile(file);
            m.put("status", "running");
            m.put("scenarios", names);
            m.put("requested_replications", n);
            m.put("resume_command", command);
            m.write();
            try (AutoCloseable notice = ResumeCommand.announceOnInterrupt(command, spec.commandLine().getErr())) {
                return compare(base, alts, names, folders, folder, n, command);
            }
        }
    }

    /** Before anything is written: a damaged folder is refused, naming the file, and left as it is. */
    private static void verifyBeforeResume(Path folder, Path file, List<String> folders) throws Exception {
        if ("completed".equals(Manifest.readFile(file).get("status"))) {
            FolderVerifier.verifyCompare(folder, false);
            return;
        }
        for (String f : folders) {
            Path sub = folder.resolve(f);
            if (Files.isRegularFile(sub.resolve(Manifest.FILE))) {
                FolderVerifier.verifyManifest(sub);
                if ("completed".equals(Manifest.read(sub).get("status"))) {
                    FolderVerifier.verifyRun(sub, FolderVerifier.Need.COMPLETE);
                }
            }
        }
    }

    /** Refuses to resume a compare folder of other scenarios; returns the replications it records. */
    private static int refuseOtherComparison(Path file, List<String> folders, long seed) throws Exception {
        Manifest m = Manifest.readFile(file);
        List<String> diffs = new ArrayList<>();
        List<Object> old = new ArrayList<>();
        old.add(m.get("baseline"));
        if (m.get("alternatives") instanceof List<?> l) {
            old.addAll(l);
        }
        if (!old.equals(new ArrayList<Object>(folders))) {
            diffs.add("scenarios: " + old + " in the folder, " + folders + " now");
        }
        if (!(m.get("master_seed") instanceof Number s) || s.longValue() != seed) {
            diffs.add("seed: " + m.get("master_seed") + " in the folder, " + seed + " now");
        }
        if (!diffs.isEmpty()) {
            throw new BadInput(file.getParent() + " was compared with other settings; --resume needs the same ones:\n  "
                    + String.join("\n  ", diffs));
        }
        Object r = m.get("requested_replications") != null ? m.get("requested_replications") : m.get("replications");
        if (!(r instanceof Integer k)) {
            throw new BadInput(file + ": 'replications' must be a whole number, found " + r);
        }
        return k;
    }

    private int compare(Scenario base, List<Scenario> alts, List<String> names, List<String> folders, Path folder,
                        int n, String command) throws Exception {
        // the baseline may stop early or late under --precision; the alternatives then run the same number
        RunOptions options = new RunOptions(folder, execution.threads(), n, resume, force,
                execution.progress("replications"), precision.rule(base, n), precision.cap(n))
                .with(command, null);
        ComparisonFolder layout = ComparisonFolder.read(folder);
        Comparison.Outcome o = Comparison.run(folder, layout, base, alts, options, ensembles, new Comparison.Listener() {
            @Override
            public void scenario(int position, int count, Scenario s) {
                // --resume: a finished scenario is verified and kept, an interrupted one completed, a missing one run
                if (!execution.quiet) {
                    spec.commandLine().getErr().println("radsim: scenario " + position + "/" + count + ": " + s.name());
                }
            }

            @Override
            public void baselineStopped(String reason) {
                if (!execution.quiet) {
                    spec.commandLine().getErr().println("radsim: baseline: " + reason);
                }
            }
        });
        int failed = o.failed();
        Path file = folder.resolve(ComparisonFolder.FILE);
        if (untilResolved && failed == 0) {
            int pairs = resolve(base, alts, names, folders, folder, o.pairs(), command);
            Manifest r = Manifest.readFile(file);
            r.put("replications", pairs);
            r.write();
        }
        if (ensemble != null) {
            EnsembleRobustness.write(folder, folders, names, target, spec.commandLine().getOut());
            Manifest e = Manifest.readFile(file);
            e.put("ensemble", ensembles.get(0).identity());
            e.put("satisficing_target", target);
            e.write();
        }
        Manifest m = Manifest.readFile(file);
        if (!noReport) {
            if (!execution.quiet) {
                spec.commandLine().getErr().println("radsim: writing charts and report");
            }
            Path report = CompareReport.write(folder);
            for (String f : folders) {
                DataDictionary.describeResults(folder.resolve(f));
                FolderVerifier.rerecord(folder.resolve(f));
            }
            spec.commandLine().getOut().println("report: " + report.toAbsolutePath().normalize());
        }
        DataDictionary.describeCompare(folder);
        FolderVerifier.recordFiles(m, folder);
        m.put("status", "completed");
        m.write();
        spec.commandLine().getOut().println("results: " + folder.toAbsolutePath().normalize());
        if (failed > 0) {
            spec.commandLine().getErr().println("radsim: " + failed + " replications failed; the comparison uses the pairs completed "
                    + "in both scenarios (see each manifest.json)");
            return UserErrors.FAILED;
        }
        return 0;
    }

    /**
     * KN on the alternatives: feeds each replication's {@code −resolveMetric} per alternative to
     * {@link KimNelson}; while it runs, extends every scenario by a batch of replications (all scenarios, so the
     * folder stays a paired comparison; eliminated alternatives are simply no longer screened). Records the
     * procedure and its stop reason in compare.json. Returns the replications now in every folder.
     */
    private int resolve(Scenario base, List<Scenario> alts, List<String> names, List<String> folders, Path folder,
                        int pairs, String command) throws Exception {
        KimNelson kn = new KimNelson(new KimNelson.Settings(1 - confidence, indifference, pairs,
                Math.max(pairs, precision.max)), alts.size());
        int fed = 0;
        int n = pairs;
        int batch = Math.max(1, pairs / 2);
        while (true) {
            double[][] values = new double[alts.size()][];
            for (int i = 0; i < alts.size(); i++) {
                ResultsFolder f = ResultsFolder.read(folder.resolve(folders.get(i + 1)));
                if (!f.hasSummary(resolveMetric)) {
                    throw new BadInput("--resolve-metric " + resolveMetric + " is not a summary column; the columns "
                            + "are: " + String.join(", ", f.summaryColumns()));
                }
                values[i] = f.summary(resolveMetric);
            }
            for (; fed < n && kn.stop() == KimNelson.Stop.RUNNING; fed++) {
                double[] x = new double[alts.size()];
                for (int i = 0; i < x.length; i++) {
                    x[i] = -values[i][fed];
                }
                kn.add(x);
            }
            if (kn.stop() != KimNelson.Stop.RUNNING) {
                break;
            }
            int next = Math.min(Math.max(pairs, precision.max), n + batch);
            for (int i = 0; i <= alts.size(); i++) {
                Scenario s = i == 0 ? base : alts.get(i - 1);
                RunOptions options = new RunOptions(folder.resolve(folders.get(i)), execution.threads(), next, true, false,
                        execution.progress("replications"), null, next).with(command, null);
                if (!ensembles.isEmpty()) {
                    options = options.withEnsemble(ensembles.get(i));
                }
                Runner.run(s, options);
            }
            n = next;
        }
        List<String> survivors = kn.survivors().stream().map(i -> names.get(i + 1)).toList();
        String reason = kn.stop() == KimNelson.Stop.RESOLVED
                ? "resolved: " + names.get(kn.best() + 1) + " has the fewest " + resolveMetric + " (KN, confidence "
                        + confidence + ", indifference zone " + indifference + ") after " + kn.replications()
                        + " replications"
                : "not separable within " + kn.replications() + " replications: " + String.join(", ", survivors)
                        + " remain (KN, confidence " + confidence + ", indifference zone " + indifference + ")";
        Manifest m = Manifest.readFile(folder.resolve(ComparisonFolder.FILE));
        java.util.Map<String, Object> r = new java.util.LinkedHashMap<>();
        r.put("procedure", "KN fully sequential indifference-zone selection (Kim & Nelson 2001)");
        r.put("metric", resolveMetric);
        r.put("better", "fewer");
        r.put("confidence", confidence);
        r.put("indifference_zone", indifference);
        r.put("first_stage", pairs);
        r.put("max_replications", Math.max(pairs, precision.max));
        r.put("replications_screened", kn.replications());
        r.put("stop", kn.stop() == KimNelson.Stop.RESOLVED ? "resolved" : "not_separable");
        r.put("best", kn.stop() == KimNelson.Stop.RESOLVED ? names.get(kn.best() + 1) : null);
        r.put("survivors", survivors);
        r.put("stop_reason", reason);
        m.put("until_resolved", r);
        m.write();
        spec.commandLine().getOut().println(reason);
        return n;
    }
}
