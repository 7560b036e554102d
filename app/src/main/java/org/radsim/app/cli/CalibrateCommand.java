package org.radsim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.radsim.analysis.calibration.CalibrationReport;
import org.radsim.core.calibration.AbcSmc;
import org.radsim.core.calibration.Calibration;
import org.radsim.core.calibration.CalibrationFolder;
import org.radsim.core.calibration.CalibrationLoader;
import org.radsim.core.calibration.CalibrationRunner;
import org.radsim.core.calibration.CalibrationSchema;
import org.radsim.core.calibration.Generation;
import org.radsim.core.calibration.ScenarioSimulator;
import org.radsim.core.output.FolderLock;
import org.radsim.core.scenario.JsonSchema;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radsim calibrate CALIBRATION.yaml}: ABC / ABC-SMC calibration into a calibration folder. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Calibrate parameters of a scenario to target patterns with approximate Bayesian computation "
                + "(ABC-SMC or rejection ABC). Writes a calibration folder: manifest.json, posterior.csv, statistics.csv, "
                + "generations.csv, targets.csv, predictive.csv, datapackage.json (the data dictionary), charts/ and "
                + "report.html. A calibration is a pure function of its "
                + "file: the same posterior.csv on any --threads, and rerunning with --resume continues a killed run. "
                + "With --shard I --shards N it computes only its share of the current generation (one Slurm array task).")
final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CALIBRATION", arity = "0..1", description = "The calibration file (YAML).")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Calibration folder (default: results/calibration-<name>).")
    Path out;

    @picocli.CommandLine.Mixin
    ParallelOptions parallel;

    @Option(names = "--resume", description = "Continue the calibration in --out (only missing particles are simulated).")
    boolean resume;

    @Option(names = "--force", description = "Start the folder again.")
    boolean force;

    @Option(names = "--shard", paramLabel = "I", description = "Compute only particles with index mod N == I of the current generation.")
    Integer shard;

    @Option(names = "--shards", paramLabel = "N", description = "Number of shards (with --shard).")
    Integer shards;

    @Option(names = "--slurm", description = "Submit the current generation as one Slurm job array of --shards tasks "
            + "(each runs --shard I); when it has finished, run this again for the next generation, or --resume locally.")
    boolean slurm;

    @Option(names = "--no-report", description = "Skip charts and report.html.")
    boolean noReport;

    @Option(names = "--schema", description = "Print the calibration file format as JSON Schema and exit.")
    boolean schema;

    @Override
    public Integer call() throws Exception {
        if (schema) {
            spec.commandLine().getOut().println(JsonSchema.of(CalibrationSchema.root())
                    .replaceFirst("\"title\" : \"radsim scenario\"", "\"title\" : \"radsim calibration\""));
            return 0;
        }
        if (file == null) {
            throw new BadInput("give a calibration file (see radsim calibrate --help)");
        }
        parallel.threads();
        if (slurm) {
            if (shards == null || shards < 1 || shard != null) {
                throw new BadInput("--slurm needs --shards N (N >= 1, the array size) and no --shard");
            }
        } else if ((shard == null) != (shards == null) || (shards != null && (shards < 1 || shard < 0 || shard >= shards))) {
            throw new BadInput("--shard I and --shards N go together, with 0 <= I < N");
        }
        Calibration cal = CalibrationLoader.load(file);
        Path dir = FolderNames.checkOut(out, "--out");
        if (dir == null) {
            dir = Path.of("results", "calibration-" + FolderNames.safe(cal.name()));
        }
        boolean started = Files.isDirectory(dir.resolve("parts")) || Files.exists(dir.resolve("manifest.json"));
        if (started && !resume && !force && shard == null && !slurm) {
            throw new BadInput(dir + " already holds a calibration; pass --resume to continue it or --force to start again");
        }
        Files.createDirectories(dir);
        if (slurm) {
            if (shards == null) {
                throw new BadInput("--slurm needs --shards N (the array size)");
            }
            return submit(cal, dir);
        }
        if (shard != null) {
            // array tasks of one generation write disjoint particle files atomically: no folder lock
            CalibrationFolder folder = new CalibrationFolder(dir, cal);
            int g = new AbcSmc(cal, new ScenarioSimulator(cal), folder, parallel.threads()).runShard(shard, shards);
            spec.commandLine().getOut().println(g < 0 ? "the calibration has stopped; nothing to do"
                    : "generation " + g + " shard " + shard + "/" + shards + " done");
            return 0;
        }
        try (FolderLock lock = FolderLock.acquire(dir)) {
            if (force) {
                deleteComputed(dir);
            }
            String command = "radsim calibrate " + file + " --out " + dir + " --resume";
            if (resume && Files.isRegularFile(dir.resolve("calibration.yaml"))
                    && !Files.readString(dir.resolve("calibration.yaml")).equals(Files.readString(file))) {
                throw new BadInput(dir + " was calibrated with a different calibration file; use --force to start again");
            }
            CalibrationRunner runner = new CalibrationRunner(cal, dir, command);
            long t0 = System.nanoTime();
            AbcSmc.Listener progress = parallel.quiet ? null : (g, sims, secs) -> progress(cal, g, sims, secs);
            CalibrationRunner.Outcome o = runner.run(new ScenarioSimulator(cal), parallel.threads(), progress);
            if (!noReport && !o.result().generations().isEmpty()) {
                CalibrationReport.write(dir, cal, o.result(), o.predictive());
            }
            runner.finish();
            double secs = (System.nanoTime() - t0) / 1e9;
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d generations, %d simulations in %.1f s (%.1f/s); stopped: %s -> %s%n",
                    cal.name(), o.result().generations().size(), o.result().simulations(), secs,
                    o.result().simulations() / secs, o.result().stopReason(), dir);
            return 0;
        }
    }

    /** Writes DIR/slurm/generation-array.sh for the current generation and submits it with sbatch. */
    private int submit(Calibration cal, Path dir) throws Exception {
        Path slurmDir = Files.createDirectories(dir.resolve("slurm"));
        Path logs = Files.createDirectories(slurmDir.resolve("logs"));
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        String launcher = q(javaBin) + " -cp " + q(cp) + " org.radsim.app.cli.Radsim";
        java.util.List<String> lines = java.util.List.of("#!/bin/bash",
                "# radsim calibration: task i computes the particles with index mod " + shards + " == i of the current generation.",
                "#SBATCH --job-name=" + q("radsim-cal-" + FolderNames.safe(cal.name())),
                "#SBATCH --array=0-" + (shards - 1),
                "#SBATCH --output=" + q(logs.resolve("task-%a-job-%A.log").toString()),
                "set -euo pipefail",
                "exec " + launcher + " calibrate " + q(file.toAbsolutePath().toString()) + " --out "
                        + q(dir.toAbsolutePath().toString()) + " --shard \"$SLURM_ARRAY_TASK_ID\" --shards " + shards
                        + " --threads " + parallel.threads() + " --quiet");
        Path script = slurmDir.resolve("generation-array.sh");
        Files.writeString(script, String.join("\n", lines) + "\n");
        if (!org.radsim.core.sweep.SlurmScript.sbatchAvailable()) {
            spec.commandLine().getOut().println("sbatch is not on the PATH; submit with: sbatch " + script);
            return 0;
        }
        Process p = new ProcessBuilder("sbatch", "--parsable", script.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new BadInput("sbatch failed: " + out);
        }
        spec.commandLine().getOut().println("array job " + out.split(";")[0] + " (" + shards + " tasks) for the current generation");
        return 0;
    }

    private static String q(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static void progress(Calibration cal, Generation g, long sims, double secs) {
        double rate = sims / Math.max(secs, 1e-9);
        long left = Math.max(0, cal.maxSimulations() - sims);
        System.err.printf(Locale.ROOT, "generation %d: epsilon %.4g, acceptance %.3f, ESS %.0f, %d simulations (%d in all, %.1f/s), "
                        + "elapsed %.0f s, ETA at most %.0f s (simulation budget)%n", g.index(), g.epsilon(), g.acceptance(),
                g.ess(), g.simulations(), sims, rate, secs, left / rate);
    }

    private static void deleteComputed(Path dir) throws java.io.IOException {
        for (String f : new String[] {"parts", "charts"}) {
            Path p = dir.resolve(f);
            if (Files.exists(p)) {
                try (var s = Files.walk(p)) {
                    for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(x);
                    }
                }
            }
        }
        for (String f : new String[] {"manifest.json", "posterior.csv", "statistics.csv", "generations.csv", "targets.csv",
                "predictive.csv", "datapackage.json", "report.html", "calibration.yaml"}) {
            Files.deleteIfExists(dir.resolve(f));
        }
    }
}
