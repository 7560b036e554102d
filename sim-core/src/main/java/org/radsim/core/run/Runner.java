package org.radsim.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;


import org.radsim.core.output.AtomicFile;
import org.radsim.core.output.FolderLock;
import org.radsim.core.output.FolderVerifier;
import org.radsim.core.output.Manifest;
import org.radsim.core.output.ResultsFolderException;
import org.radsim.core.replication.Replication;
import org.radsim.core.replication.Seeds;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * Runs the replications of one scenario into a results folder. Replication r uses the seed
 * {@link Seeds#replication(long, int) derived from (master seed, r)} only; replications run on a pool of threads,
 * each streaming its rows into {@code parts/rNNNNNN.partial/}, renamed to {@code parts/rNNNNNN/} when complete (the
 * rename is the done marker). When every replication is done the parts are joined, in replication order, into
 * {@code timeseries.csv}, {@code regions.csv} and {@code summary.csv} — byte-identical on any thread count — then
 * the {@linkplain RunOptions#finish() finish step} writes statistics and report, the manifest records every file's
 * size and SHA-256 and only then says {@code completed}, and the parts go.
 *
 * <p>The folder is locked ({@link FolderLock}) while the run writes it. An interrupted run leaves a manifest saying
 * so and its finished parts; {@code resume} runs only what is missing, after checking that the scenario and every
 * option that shapes the outputs are the same (naming each difference). A resume never deletes a finished
 * replication: asking for fewer replications than the folder holds is refused; asking for more extends the run,
 * ending identical to a fresh run of that many.
 *
 * <p>The pieces: {@link ReplicationParts} runs one replication into its part, joins the parts into the tables
 * and splits them back; {@link SequentialStop} applies the stop rule in index order; {@link ResumeCheck} refuses a
 * resume with other settings; {@link RunFolder} knows the files a run writes; {@link DataDictionary} describes
 * them. This class owns the folder's lifecycle (lock, manifest, interruption) and schedules the replications.
 */
public final class Runner {

    /** How often, at most, the manifest's list of replications is rewritten while they run: once a second. */
    private static final long RECORD_INTERVAL_NANOS = 1_000_000_000L;

    private final Scenario scenario;
    private final RunOptions options;
    private final Path folder;
    private final ReplicationParts parts;
    private final Map<String, Object> resolved;
    private volatile Manifest manifest;
    private volatile boolean done;
    private boolean alreadyComplete;

    private Runner(Scenario scenario, RunOptions options) {
        this.scenario = scenario;
        this.options = options;
        this.folder = options.out();
        this.parts = new ReplicationParts(scenario, folder, options.ensemble());
        // the folder records the replications actually asked for, so that its scenario.yaml reruns it
        LinkedHashMap<String, Object> r = new LinkedHashMap<>(scenario.resolved());
        r.put("replications", options.replications());
        this.resolved = r;
    }

    /** Runs the scenario as {@code options} say and returns where the results are. */
    public static RunResult run(Scenario scenario, RunOptions options) throws IOException, ResultsFolderException {
        return new Runner(scenario, options).execute();
    }

    /**
     * The replications an existing results folder was asked for (what {@code --resume} uses when no
     * {@code --replications} is given); empty when {@code folder} has no manifest.
     */
    public static OptionalInt recordedReplications(Path folder) throws IOException {
        if (!Files.isRegularFile(folder.resolve(Manifest.FILE))) {
            return OptionalInt.empty();
        }
        Manifest m = Manifest.read(folder);
        if (m.get("run_options") instanceof Map<?, ?> o && o.get("replications") instanceof Integer n) {
            return OptionalInt.of(n);
        }
        return m.get("replications") instanceof List<?> l ? OptionalInt.of(l.size()) : OptionalInt.empty();
    }

    private RunResult execute() throws IOException, ResultsFolderException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ResultsFolderException(folder + " exists and is not a folder");
        }
        try (FolderLock lock = FolderLock.acquire(folder)) {
            prepareFolder();
            if (alreadyComplete) {
                RunFolder.deleteTree(parts.dir());
                return new RunResult(folder, "completed", completedCount(), 0, (String) manifest.get("stop_reason"),
                        true);
            }
            Thread hook = new Thread(this::markInterrupted, "radsim-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                return runAll();
            } finally {
                done = true;
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already exiting; the hook records the interruption
                }
            }
        }
    }

    private List<Integer> completedIndices() {
        List<Integer> done = new ArrayList<>();
        for (Map<String, Object> r : manifest.replications()) {
            if ("completed".equals(r.get("status"))) {
                done.add(((Number) r.get("index")).intValue());
            }
        }
        return done;
    }

    private int completedCount() {
        return (int) manifest.replications().stream().filter(r -> "completed".equals(r.get("status"))).count();
    }

    private void markInterrupted() {
        if (done || manifest == null) {
            return;
        }
        try {
            manifest.put("status", "interrupted");
            manifest.put("ended", Instant.now().toString());
            manifest.write();
        } catch (IOException | RuntimeException e) {
            System.err.println("radsim: could not record the interruption in " + folder + ": " + e.getMessage());
        }
    }

    private Map<String, Object> runOptions() {
        LinkedHashMap<String, Object> o = new LinkedHashMap<>();
        o.put("replications", options.replications());
        if (options.stopRule() != null) {
            o.putAll(new java.util.TreeMap<>(options.stopRule().settings()));
        }
        if (options.ensemble() != null) {
            o.put("ensemble", options.ensemble().identity());
        }
        return o;
    }

    private void prepareFolder() throws IOException, ResultsFolderException {
        String hash = ScenarioLoader.hash(resolved);
        boolean exists = !RunFolder.isEmpty(folder);
        if (exists && options.resume() && !Files.exists(folder.resolve(Manifest.FILE)) && RunFolder.onlyOutputs(folder)) {
            // killed before its manifest existed: nothing was computed yet
            RunFolder.clearOutputs(folder);
            exists = false;
        }
        if (exists && options.resume()) {
            if (!Files.exists(folder.resolve(Manifest.FILE))) {
                throw new ResultsFolderException(folder.resolve(Manifest.FILE) + ": missing, so " + folder + " cannot be "
                        + "resumed safely (nothing in it was changed; --force starts it again, --out picks another folder)");
            }
            FolderVerifier.verifyManifest(folder);
            manifest = Manifest.read(folder);
            ResumeCheck.refuseOtherRun(folder, manifest, resolved, runOptions(), options.replications());
            if ("completed".equals(manifest.get("status"))) {
                FolderVerifier.verifyRun(folder, FolderVerifier.Need.COMPLETE);
                if (recordedReplications(folder).orElse(0) >= options.replications()) {
                    alreadyComplete = true;
                    return;
                }
                parts.split(completedIndices());
            }
            manifest.put("status", "running");
            manifest.put("tables_joined", false);
            manifest.put("resumed", Instant.now().toString());
            manifest.put("run_options", runOptions());
            manifest.put("scenario_hash", hash);
            manifest.put("scenario", resolved);
            manifest.put("threads", options.threads());
            if (options.resumeCommand() != null) {
                manifest.put("resume_command", options.resumeCommand());
            }
            RunFolder.deleteTemporaries(folder);
        } else {
            if (exists && !options.force()) {
                throw new ResultsFolderException("results folder " + folder + " already exists; use --resume to complete it, "
                        + "--force to overwrite it, or --out to choose another");
            }
            if (exists) {
                RunFolder.clearOutputs(folder);
            }
            Files.createDirectories(folder);
            manifest = Manifest.create(folder, baseManifest(hash));
            manifest.write();
            writeScenarioYaml(resolved);
        }
        Files.createDirectories(parts.dir());
        try (Stream<Path> s = Files.list(parts.dir())) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".partial")).toList()) {
                RunFolder.deleteTree(p);
            }
        }
        manifest.write();
    }

    private void writeScenarioYaml(Map<String, Object> tree) throws IOException {
        AtomicFile.writeString(folder.resolve("scenario.yaml"), "# resolved scenario, rerun with: radsim run "
                + "scenario.yaml\n" + ScenarioLoader.toYaml(tree));
    }

    private Map<String, Object> baseManifest(String hash) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "radsim");
        m.put("version", ToolVersion.version());
        m.put("git_commit", ToolVersion.gitCommit().orElse(null));
        m.put("status", "running");
        m.put("tables_joined", false);
        m.put("scenario_name", scenario.name());
        m.put("scenario_hash", hash);
        m.put("model", scenario.model());
        m.put("master_seed", scenario.seed());
        m.put("run_options", runOptions());
        m.put("resume_command", options.resumeCommand());
        m.put("replications", new ArrayList<>());
        m.put("threads", options.threads());
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("started", Instant.now().toString());
        m.put("ended", null);
        m.put("wall_seconds", null);
        m.put("files", new LinkedHashMap<>());
        m.put("scenario", resolved);
        return m;
    }

    private RunResult runAll() throws IOException {
        long t0 = System.nanoTime();
        int total = options.stopRule() == null ? options.replications() : Math.max(options.replications(), options.maxReplications());
        TreeMap<Integer, Map<String, Double>> summaries = new TreeMap<>();
        TreeMap<Integer, String> errors = new TreeMap<>();
        for (int r = 0; r < total; r++) {
            if (parts.isDone(r)) {
                summaries.put(r, parts.summary(r));
            }
        }
        int outer = Math.max(1, Math.min(options.threads(), total));
        int inner = total == 1 ? options.threads() : 1;
        ExecutorService pool = Executors.newFixedThreadPool(outer, r -> {
            Thread t = new Thread(r, "radsim-replication");
            t.setDaemon(true);
            return t;
        });
        CompletionService<ReplicationResult> cs = new ExecutorCompletionService<>(pool);
        // the manifest's list is rewritten at most every RECORD_INTERVAL, so that a thread that has finished does
        // not wait while this one writes it (it is O(replications) to write, and the part files, not the list, are
        // what a resume trusts); one replication in flight per thread, so a stopped run has nothing half-queued
        long recorded = System.nanoTime();
        int next = 0;
        int inFlight = 0;
        SequentialStop stop = options.stopRule() == null ? null
                : new SequentialStop(options.stopRule(), options.replications(), total);
        options.progress().update(summaries.size(), 0, total);
        // the full list (pending, or completed by an earlier attempt) exists from the start, so a folder killed
        // before the first rewrite still says how many replications it is missing
        recordReplications(total, summaries, errors, Map.of());
        try {
            while (true) {
                while (inFlight < outer && next < (stop == null ? total : stop.stopAt())) {
                    int r = next++;
                    if (summaries.containsKey(r)) {
                        continue;
                    }
                    cs.submit(() -> parts.run(r, inner));
                    inFlight++;
                }
                if (inFlight == 0) {
                    break;
                }
                ReplicationResult res = take(cs);
                inFlight--;
                if (res.isFailed()) {
                    errors.put(res.replication(), res.error());
                } else {
                    summaries.put(res.replication(), res.summary());
                }
                if (System.nanoTime() - recorded >= RECORD_INTERVAL_NANOS) {
                    recordReplications(total, summaries, errors, Map.of());
                    recorded = System.nanoTime();
                }
                options.progress().update(summaries.size(), errors.size(), stop == null ? total : stop.stopAt());
                if (stop != null) {
                    stop.judge(summaries, errors);
                }
            }
        } finally {
            pool.shutdownNow();
            options.progress().finish();
        }
        int stopAt = stop == null ? total : stop.stopAt();
        String stopReason = null;
        if (stop != null) {
            stopReason = stop.reason(summaries, errors, total);
            for (int r : new ArrayList<>(summaries.keySet())) {
                if (r >= stopAt) {
                    summaries.remove(r);
                    parts.delete(r);
                }
            }
            manifest.put("stop_reason", stopReason);
        }
        recordReplications(stopAt, summaries, errors, Map.of());
        String status = errors.isEmpty() ? "completed" : "failed";
        Map<Integer, long[]> rows = parts.join(summaries.keySet().stream().toList());
        recordReplications(stopAt, summaries, errors, rows);
        LinkedHashMap<String, Object> actual = new LinkedHashMap<>(resolved);
        actual.put("replications", stopAt);
        writeScenarioYaml(actual);
        DataDictionary.describeResults(folder);
        FolderVerifier.recordFiles(manifest, folder);
        manifest.put("tables_joined", true);
        manifest.write();
        if (options.finish() != null) {
            options.finish().write(folder);
            DataDictionary.describeResults(folder);
            FolderVerifier.recordFiles(manifest, folder);
        }
        // "completed" only now that every file exists and is recorded; then the parts are no longer needed
        manifest.put("status", status);
        manifest.put("ended", Instant.now().toString());
        manifest.put("wall_seconds", (System.nanoTime() - t0) / 1e9);
        manifest.write();
        if (status.equals("completed")) {
            RunFolder.deleteTree(parts.dir());
        }
        return new RunResult(folder, status, summaries.size(), errors.size(), stopReason, false);
    }

    private static ReplicationResult take(CompletionService<ReplicationResult> cs) throws IOException {
        try {
            return cs.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void recordReplications(int total, Map<Integer, Map<String, Double>> summaries, Map<Integer, String> errors,
                                    Map<Integer, long[]> rows) throws IOException {
        List<Map<String, Object>> reps = new ArrayList<>();
        for (int r = 0; r < total; r++) {
            LinkedHashMap<String, Object> e = new LinkedHashMap<>();
            e.put("index", r);
            e.put("seed", Seeds.replication(scenario.seed(), r));
            e.put("status", summaries.containsKey(r) ? "completed" : errors.containsKey(r) ? "failed" : "pending");
            e.put("error", errors.get(r));
            if (options.ensemble() != null) {
                e.put("ensemble", options.ensemble().values(r, Seeds.replication(scenario.seed(), r)));
            }
            if (rows.containsKey(r)) {
                e.put("ticks", rows.get(r)[0]);
                e.put("region_rows", rows.get(r)[1]);
            }
            reps.add(e);
        }
        manifest.put("replications", reps);
        manifest.write();
    }
}
