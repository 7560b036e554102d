package org.radsim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.radsim.analysis.report.OptimisationReport;
import org.radsim.core.optimisation.Evaluation;
import org.radsim.core.optimisation.Optimisation;
import org.radsim.core.optimisation.OptimisationLoader;
import org.radsim.core.optimisation.Optimiser;
import org.radsim.core.output.AtomicFile;
import org.radsim.core.run.ToolVersion;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radsim optimize OPTIMIZATION.yaml}: the best packages of interventions for a budget (a Pareto front). */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = "Searches the packages of interventions an optimisation file allows (coverage, start, target "
                + "group per intervention) for the Pareto front of its objectives under the budget, with NSGA-II or "
                + "epsilon-NSGA-II (MOEA Framework): every candidate runs K replications with the same seeds (common "
                + "random numbers). Writes front.csv, packages.csv (the shipped packages against the front), "
                + "charts/pareto, report.html and manifest.json; a checkpoint after every generation lets an "
                + "interrupted search resume (--resume). problem: zdt1 or dtlz2 runs a test problem instead.")
final class OptimizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "OPTIMIZATION", description = "The optimisation file (YAML).")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/optimise-<name>).")
    Path out;

    @picocli.CommandLine.Mixin
    ParallelOptions parallel;

    @Option(names = "--resume", description = "Continue from the folder's checkpoint.")
    boolean resume;

    @Option(names = "--force", description = "Start again in a folder that holds an earlier search.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        FolderNames.checkOut(out, "--out");
        parallel.threads();
        if (!Files.isRegularFile(file)) {
            throw new BadInput("no optimisation file " + file);
        }
        Optimisation opt = OptimisationLoader.load(file);
        Path folder = (out != null ? out : Path.of("results", "optimise-" + FolderNames.safe(opt.name())))
                .toAbsolutePath();
        Path checkpoint = folder.resolve("checkpoint.bin");
        if (Files.exists(checkpoint) && !resume && !force) {
            throw new BadInput(folder + " holds an earlier search; continue it with --resume or start again with "
                    + "--force");
        }
        if (force) {
            Files.deleteIfExists(checkpoint);
        }
        Files.createDirectories(folder);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        long start = System.nanoTime();
        Instant started = Instant.now();
        Evaluation base = null;
        Map<String, Evaluation> packages = new LinkedHashMap<>();
        if (opt.problem() == null) {
            if (opt.budget() > 0) {
                Evaluation cheapest = Optimiser.evaluateCheapest(opt);
                double c = mean(cheapest.cost());
                if (c > opt.budget()) {
                    throw new BadInput(String.format(Locale.ROOT, "%s: budget %s is below every package the levers "
                            + "allow: the cheapest (every coverage at its minimum) costs %s on average", file,
                            num(opt.budget()), num(c)));
                }
            }
            base = Optimiser.evaluateBase(opt);
            for (String p : opt.compare()) {
                packages.put(Path.of(p).getFileName().toString().replaceFirst("\\.yaml$", ""), Optimiser.evaluate(opt, p));
            }
        }
        int total = opt.algorithm().generations();
        Optimiser.Result result;
        try {
            result = Optimiser.run(opt, parallel.threads(), checkpoint, hash, g -> {
                if (!parallel.quiet) {
                    System.err.printf(Locale.ROOT, "generation %d/%d%n", g, total);
                }
            });
        } catch (IllegalArgumentException e) {
            // a checkpoint of another file, or a damaged one
            throw new BadInput(e.getMessage());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int modelRuns = opt.problem() == null ? result.evaluations() * opt.replications() : 0;
        List<String> facts = new ArrayList<>();
        facts.add(String.format(Locale.ROOT, "%d candidate evaluations in %d generations%s, %.1f s wall time on %d "
                        + "threads%s", result.evaluations(), result.generations(),
                result.resumedAt() > 0 ? " (resumed at generation " + result.resumedAt() + ")" : "", seconds, parallel.threads(),
                opt.problem() == null ? String.format(Locale.ROOT, " (%d model replications, %.2f s each per thread)",
                        modelRuns, seconds * parallel.threads() / Math.max(1, modelRuns)) : ""));
        facts.add("seed " + opt.seed() + "; the file's SHA-256 " + hash.substring(0, 12) + "…");
        OptimisationReport.Outcome o = OptimisationReport.write(opt, result, base, packages, folder, facts);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("tool_version", ToolVersion.version());
        manifest.put("status", "completed");
        manifest.put("optimisation_file", file.toAbsolutePath().toString());
        manifest.put("optimisation_sha256", hash);
        manifest.put("seed", opt.seed());
        manifest.put("algorithm", opt.algorithm().type());
        manifest.put("population", opt.algorithm().population());
        manifest.put("generations", result.generations());
        manifest.put("resumed_at_generation", result.resumedAt());
        manifest.put("evaluations", result.evaluations());
        manifest.put("model_replications", modelRuns);
        manifest.put("threads", parallel.threads());
        manifest.put("front_points", result.front().size());
        manifest.put("wall_seconds", seconds);
        manifest.put("started", started.toString());
        manifest.put("finished", Instant.now().toString());
        if (!Double.isNaN(o.hypervolumeRatio())) {
            manifest.put("hypervolume_ratio", o.hypervolumeRatio());
        }
        AtomicFile.writeString(folder.resolve("manifest.json"),
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(manifest) + "\n");
        var w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "front: %d points, %d evaluations, %.1f s%n", result.front().size(),
                result.evaluations(), seconds);
        if (!Double.isNaN(o.hypervolumeRatio())) {
            w.printf(Locale.ROOT, "hypervolume ratio to the analytic front: %.4f%n", o.hypervolumeRatio());
        }
        for (OptimisationReport.Standing s : o.standings()) {
            w.println(s.name() + ": " + s.words());
        }
        w.println("report: " + folder.resolve("report.html"));
        return 0;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
