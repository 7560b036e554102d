package org.radsim.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVPrinter;
import org.radsim.app.bench.Bench;
import org.radsim.app.bench.BenchRow;
import org.radsim.app.bench.CalibrationBench;
import org.radsim.app.bench.LargeRunBench;
import org.radsim.core.output.Csv;
import org.radsim.core.output.FormulaEscape;
import org.radsim.core.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code radsim bench}: throughput and memory figures of the model, the memory-limit kernel and the
 * object-per-agent MASON peer, and sweep throughput, measured in one process ({@link Bench}); a table on stdout,
 * optionally also as CSV.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput (citizen-ticks per second) of the full model on 1 and all threads, the "
                + "memory-limit kernel on the same network, the object-per-agent MASON peer of the influence step, "
                + "memory per citizen and sweep throughput. Prints a table; --csv also writes it as CSV.",
                "Give the JVM a big heap for large sizes (RADSIM_JAVA_OPTS=-Xmx…)."})
final class BenchCommand implements Callable<Integer> {

    private static final List<String> COLUMNS = List.of("measure", "citizens", "threads", "value", "per_cpu_second", "unit");

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file or built-in name whose model is measured (default: ${DEFAULT-VALUE}).")
    String scenario = "baseline";

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--sizes", split = ",", paramLabel = "N",
            description = "Population sizes for the model and the limit kernel (default: 10000,100000,1000000).")
    List<Integer> sizes;

    @Option(names = "--peer-sizes", split = ",", paramLabel = "N",
            description = "Sizes at which the object-per-agent peer is measured (default: the sizes up to 100000).")
    List<Integer> peerSizes;

    @Option(names = "--threads", description = "\"All threads\": the second thread count (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seconds", description = "Wall time per throughput figure, after a warm-up of a third of it (default: ${DEFAULT-VALUE}).")
    double seconds = 3.0;

    @Option(names = "--sweep-size", description = "Citizens per replication in the sweep figure (default: ${DEFAULT-VALUE}).")
    int sweepSize = 20_000;

    @Option(names = "--sweep-ticks", description = "Ticks per replication in the sweep figure (default: ${DEFAULT-VALUE}).")
    int sweepTicks = 52;

    @Option(names = "--sweep-replications", description = "Replications per sweep figure (default: as many as "
            + "--sweep-seconds of one-thread work).")
    Integer sweepReplications;

    @Option(names = "--sweep-seconds", description = "One-thread work of the sweep figure, in seconds, when "
            + "--sweep-replications is not given (default: ${DEFAULT-VALUE}).")
    double sweepSeconds = 60;

    @Option(names = "--calibration", description = "Only the calibration figures: simulations per second of "
            + "calibration-sized runs (--calibration-size citizens x --calibration-ticks ticks, construction "
            + "included) on 1 and --threads threads, and construction's share.")
    boolean calibration;

    @Option(names = "--calibration-size", description = "Citizens per calibration simulation (default: ${DEFAULT-VALUE}).")
    int calibrationSize = 10_000;

    @Option(names = "--calibration-ticks", description = "Ticks per calibration simulation (default: ${DEFAULT-VALUE}).")
    int calibrationTicks = 520;

    @Option(names = "--calibration-simulations", description = "Simulations per calibration figure (default: ${DEFAULT-VALUE}).")
    int calibrationSimulations = 60;

    @Option(names = "--large", arity = "0..1", fallbackValue = "100000000", paramLabel = "N",
            description = "Only one large run of N citizens (default N: 100000000) x --large-ticks ticks on --threads "
                    + "threads: construction and tick times, peak heap, bytes per citizen while running and during "
                    + "construction. 10^8 citizens need RADSIM_JAVA_OPTS=-Xmx20g.")
    Integer large;

    @Option(names = "--large-ticks", description = "Ticks of the large run (default: ${DEFAULT-VALUE}).")
    int largeTicks = 52;

    @Option(names = "--quick", description = "A quick look: sizes 10000,100000, peer at 10000, 1 s per figure, 4 sweep replications.")
    boolean quick;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table as CSV to FILE.")
    Path csv;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (quick) {
            sizes = sizes != null ? sizes : List.of(10_000, 100_000);
            peerSizes = peerSizes != null ? peerSizes : List.of(10_000);
            seconds = 1.0;
            sweepReplications = sweepReplications != null ? sweepReplications : 4;
        }
        List<Integer> n = sizes != null ? sizes : List.of(10_000, 100_000, 1_000_000);
        List<Integer> peer = peerSizes != null ? peerSizes : n.stream().filter(s -> s <= 100_000).toList();
        for (int s : n) {
            if (s < 1) {
                throw new BadInput("--sizes must be positive, got " + s);
            }
        }
        if (threads < 1 || seconds <= 0 || sweepSize < 1 || sweepTicks < 1
                || (sweepReplications != null && sweepReplications < 1) || sweepSeconds <= 0) {
            throw new BadInput("--threads, --seconds and the --sweep-* options must be positive");
        }
        if (calibrationSize < 1 || calibrationTicks < 1 || calibrationSimulations < 1 || largeTicks < 1
                || (large != null && large < 1)) {
            throw new BadInput("the --calibration-* and --large options must be positive");
        }
        if (calibration && large != null) {
            throw new BadInput("--calibration and --large are separate runs: give one of them");
        }
        ScenarioLoader.load(scenario, scenarioOptions.all());
        long seed = scenarioOptions.seed != null ? scenarioOptions.seed : 1L;
        System.out.println("radsim bench: " + machine());
        System.out.printf(Locale.ROOT, "%-58s %10s %7s %14s %14s  %s%n", "measure", "citizens", "threads", "value",
                "per CPU-s", "unit");
        List<BenchRow> rows = new ArrayList<>();
        java.util.function.Consumer<String> progress = line -> {
            if (!quiet) {
                System.err.println("bench: " + line);
            }
        };
        java.util.function.Consumer<BenchRow> out = row -> {
            rows.add(row);
            System.out.println(format(row));
            System.out.flush();
        };
        if (calibration) {
            List<String> size = List.of("population.size=" + calibrationSize, "ticks=" + calibrationTicks);
            List<String> bare = new ArrayList<>(size);
            bare.add("warm_up=0");
            CalibrationBench.run(load(size), load(bare), new CalibrationBench.Plan(threads, calibrationSimulations, seed), progress, out);
        } else if (large != null) {
            LargeRunBench.run(withoutWarmUp(List.of("population.size=" + large, "ticks=" + largeTicks)), seed, threads,
                    progress, out);
        } else {
            Bench.Plan plan = new Bench.Plan(n, peer, threads, seconds, sweepSize, sweepTicks,
                    sweepReplications != null ? sweepReplications : 0, sweepSeconds, quick ? 3 : 10, seed);
            Path work = Files.createTempDirectory("radsim-bench");
            try {
                Bench.run(this::withoutWarmUp, plan, work, progress, out);
            } finally {
                Files.deleteIfExists(work);
            }
        }
        if (csv != null) {
            writeCsv(rows, csv);
            System.out.println("csv: " + csv.toAbsolutePath().normalize());
        }
        return 0;
    }

    /** The scenario under test with the command's --set options and then {@code overrides}. */
    /**
     * The scenario without its warm-up ({@code warm_up=0}, before the user's --set values, which may still set one):
     * the model, large-run and sweep figures time construction and stepping, and a warm-up's ticks are stepping
     * that would be counted as construction. {@code --calibration} times whole simulations, warm-up included.
     */
    private org.radsim.core.scenario.Scenario withoutWarmUp(List<String> overrides)
            throws org.radsim.core.scenario.ScenarioException {
        List<String> all = new ArrayList<>();
        all.add("warm_up=0");
        all.addAll(scenarioOptions.all());
        all.addAll(overrides);
        return ScenarioLoader.load(scenario, all);
    }

    private org.radsim.core.scenario.Scenario load(List<String> overrides)
            throws org.radsim.core.scenario.ScenarioException {
        List<String> all = new ArrayList<>(scenarioOptions.all());
        all.addAll(overrides);
        return ScenarioLoader.load(scenario, all);
    }

    static String format(BenchRow r) {
        return String.format(Locale.ROOT, "%-58s %10s %7s %14s %14s  %s", r.measure(), r.citizens() == 0 ? "" : r.citizens(),
                r.threads() == 0 ? "" : r.threads(), figure(r.value()), figure(r.perCpu()), r.unit());
    }

    private static String figure(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Math.abs(v) >= 1e5) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        return String.format(Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%.2f", v);
    }

    static void writeCsv(List<BenchRow> rows, Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter p = Csv.printer(w)) {
            p.printRecord(COLUMNS);
            for (BenchRow r : rows) {
                p.printRecord(FormulaEscape.escape(r.measure()), r.citizens(), r.threads(), Csv.num(r.value()),
                        Double.isNaN(r.perCpu()) ? "" : Csv.num(r.perCpu()), FormulaEscape.escape(r.unit()));
            }
        }
    }

    private static String machine() {
        Runtime rt = Runtime.getRuntime();
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", " + rt.availableProcessors()
                + " cores, max heap " + rt.maxMemory() / 1048576 + " MiB";
    }
}
