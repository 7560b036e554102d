package org.radsim.app.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.radsim.core.classic.Validation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code radsim validate}: the classic-model reproduction suite of VALIDATION.md. Prints one row per target
 * (literature, measured, pass/fail), writes {@code validation.csv} and {@code validation.md}, and exits with 1
 * when a target fails.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run the classic-model reproduction suite (Epstein civil violence, Deffuant relative agreement, "
                + "contagion vs its ODE) and print what the literature expects, what was measured, and pass/fail. "
                + "Exit code 1 when a target fails.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Targets to run (CV-1, CV-2, RA-1, RA-2, ODE-1); default: all.")
    List<String> names = new ArrayList<>();

    @Option(names = "--threads", description = "Threads (default: all cores, ${DEFAULT-VALUE}); results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", description = "Folder for validation.csv and validation.md (default: results/validation-<date-time>).")
    Path out;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Option(names = "--plain-progress", description = "Progress as plain lines (for cluster logs).")
    boolean plain;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new BadInput("--threads must be at least 1, got " + threads);
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
}
