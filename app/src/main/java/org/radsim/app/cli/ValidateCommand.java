package org.radsim.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.radsim.analysis.compare.DirectionPrecision;
import org.radsim.scenarios.validation.Validation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code radsim validate}: the classic-model reproduction suite of VALIDATION.md. Prints one row per target
 * (literature, measured, pass/fail), writes {@code validation.csv} and {@code validation.md}, and exits with 1
 * when a target fails.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run the classic-model reproduction suite (Epstein civil violence, Deffuant relative agreement, "
                + "contagion vs its ODE) and print what the literature expects, what was measured, and pass/fail. "
                + "Exit code 1 when a target fails. With --policy, run the policy direction checks on the real model "
                + "instead and report how many replications each needs.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Targets to run (CV-1, CV-2, RA-1, RA-2, ODE-1); default: all.")
    List<String> names = new ArrayList<>();

    @Option(names = "--threads", description = "Threads (default: all cores, ${DEFAULT-VALUE}); results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", description = "Folder for validation.csv and validation.md (default: results/validation-<date-time>).")
    Path out;

    @Option(names = "--policy", description = "Instead of the classic targets: the MODEL.md section 9 direction checks on the "
            + "real model (baseline against counter_narrative, community and jobs, common random numbers), with the "
            + "replications each direction needs before its 95 %% interval excludes zero. Exit code 1 when a direction "
            + "is contrary (interval on the wrong side of zero); an unresolved one is reported.")
    boolean policy;

    @Option(names = "--replications", description = "With --policy: replications per scenario (default "
            + PolicyValidation.REPLICATIONS + "; at least 3).")
    Integer replications;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Option(names = "--plain-progress", description = "Progress as plain lines (for cluster logs).")
    boolean plain;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new BadInput("--threads must be at least 1, got " + threads);
        }
        if (policy) {
            return policy();
        }
        if (replications != null || !scenarioOptions.all().isEmpty()) {
            throw new BadInput("--replications, --set, --seed and --ticks apply to --policy only; the classic targets "
                    + "run their validation scenarios as they are");
        }
        try {
            Validation.select(names);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
        List<Validation.Row> rows = Validation.run(names, threads, ConsoleProgress.of(quiet, plain, "replications"));
        Path folder = out != null ? out
                : Path.of("results", "validation-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Validation.write(rows, folder);
        System.out.print(Validation.table(rows));
        System.out.println("table: " + folder.resolve("validation.md").toAbsolutePath().normalize());
        return rows.stream().allMatch(Validation.Row::pass) ? 0 : UserErrors.FAILED;
    }

    private int policy() throws Exception {
        if (!names.isEmpty()) {
            throw new BadInput("--policy runs the policy direction checks; it takes no target names (got "
                    + String.join(", ", names) + ")");
        }
        int n = replications != null ? replications : PolicyValidation.REPLICATIONS;
        if (n < 3) {
            throw new BadInput("--replications must be at least 3 for an interval of the margins, got " + n);
        }
        Path folder = out != null ? out
                : Path.of("results", "validation-policy-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        PrintWriter err = quiet ? null : spec.commandLine().getErr();
        List<DirectionPrecision> rows = PolicyValidation.run(scenarioOptions.all(), n, threads, folder,
                ConsoleProgress.of(quiet, plain, "replications"), err);
        PrintWriter o = spec.commandLine().getOut();
        o.print(PolicyValidation.table(rows));
        o.println("table: " + folder.resolve("policy-directions.md").toAbsolutePath().normalize());
        o.println("report: " + folder.resolve("policy").resolve("report.html").toAbsolutePath().normalize());
        o.flush();
        return rows.stream().anyMatch(d -> d.verdict().equals("contrary")) ? UserErrors.FAILED : 0;
    }
}
