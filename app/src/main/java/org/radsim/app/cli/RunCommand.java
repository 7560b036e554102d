package org.radsim.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.radsim.analysis.report.RunReport;
import org.radsim.core.run.RunOptions;
import org.radsim.core.run.RunResult;
import org.radsim.core.run.Runner;
import org.radsim.core.scenario.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code radsim run}: replications of one scenario into a results folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the replications of a scenario (a file, or a built-in name such as baseline) and write a results folder.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML) or built-in scenario name.")
    String scenario;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Mixin
    PrecisionOptions precision;

    @Option(names = "--replications", description = "Number of replications (default: the scenario's).")
    Integer replications;

    @Option(names = "--threads", description = "Threads (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", description = "Results folder (default: results/<name>-<date-time>).")
    Path out;

    @Option(names = "--resume", description = "Complete an interrupted results folder (run only the missing "
            + "replications) or extend a completed one (a larger --replications); the scenario and options must "
            + "be the same, and finished replications are never deleted.")
    boolean resume;

    @Option(names = "--force", description = "Overwrite an existing results folder.")
    boolean force;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Option(names = "--plain-progress", description = "Progress as plain lines (for cluster logs).")
    boolean plain;

    @Option(names = "--no-report", description = "Do not write charts and report.html.")
    boolean noReport;

    @Option(names = "--ensemble", paramLabel = "POSTERIOR", description = "A calibration's posterior.csv (or its folder): "
            + "each replication runs with a parameter set drawn from it by its seed (recorded per replication in the "
            + "manifest and as ensemble_* columns of summary.csv).")
    Path ensemble;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new BadInput("--threads must be at least 1, got " + threads);
        }
        if (replications != null && replications < 1) {
            throw new BadInput("--replications must be at least 1, got " + replications);
        }
        if (resume && force) {
            throw new BadInput("--resume and --force exclude each other");
        }
        FolderNames.checkOut(out, "--out");
        Scenario s = scenarioOptions.load(scenario);
        Path folder = out != null ? out : defaultFolder(s.name());
        if (resume && out == null) {
            throw new BadInput("--resume needs --out naming the folder to complete");
        }
        // a resume without --replications continues with the folder's own count, never the scenario default
        int n = replications != null ? replications
                : resume ? Runner.recordedReplications(folder).orElse(s.replications()) : s.replications();
        String command = ResumeCommand.of(spec, folder);
        RunOptions options = new RunOptions(folder, threads, n, resume, force,
                ConsoleProgress.of(quiet, plain, "replications"), precision.rule(s, n), precision.cap(n))
                .with(command, noReport ? null : RunReport::write);
        if (ensemble != null) {
            options = options.withEnsemble(new org.radsim.core.calibration.Ensemble(
                    org.radsim.core.calibration.Posterior.read(ensemble), scenario, scenarioOptions.all()));
        }
        RunResult result;
        try (AutoCloseable notice = ResumeCommand.announceOnInterrupt(command, spec.commandLine().getErr())) {
            result = Runner.run(s, options);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (result.alreadyComplete()) {
            err.println("radsim: " + folder + " is already complete (" + result.completed()
                    + " replications, verified); nothing to resume");
        }
        if (result.stopReason() != null && !quiet && !result.alreadyComplete()) {
            err.println("radsim: " + result.stopReason());
        }
        if (!noReport && Files.isRegularFile(folder.resolve(RunReport.FILE))) {
            spec.commandLine().getOut().println("report: " + folder.resolve(RunReport.FILE).toAbsolutePath().normalize());
        }
        spec.commandLine().getOut().println("results: " + result.folder().toAbsolutePath().normalize());
        if (result.failed() > 0) {
            err.println("radsim: " + result.failed() + " of " + (result.completed() + result.failed())
                    + " replications failed; see manifest.json (errors), rerun with: " + command);
            return UserErrors.FAILED;
        }
        return 0;
    }

    static Path defaultFolder(String name) {
        String safe = FolderNames.safe(name);
        return Path.of("results", safe + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }
}
