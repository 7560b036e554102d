package org.radsim.core.run;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.commons.csv.CSVPrinter;
import org.radsim.core.output.AtomicFile;
import org.radsim.core.output.Csv;
import org.radsim.core.output.FolderLock;
import org.radsim.core.output.FolderVerifier;
import org.radsim.core.output.FormulaEscape;
import org.radsim.core.output.Manifest;
import org.radsim.core.output.ResultsFolderException;
import org.radsim.core.replication.MetricLayout;
import org.radsim.core.replication.Replication;
import org.radsim.core.replication.Seeds;
import org.radsim.core.replication.TickSink;
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
 */
public final class Runner {

    /** Files and folders a run writes; {@code force} removes only these (and temporary files). */
    public static final List<String> OUTPUTS = List.of("manifest.json", "manifest.json.tmp", "scenario.yaml",
            "timeseries.csv", "regions.csv", "summary.csv", "summary-stats.csv", "timeseries-stats.csv",
            "regions-stats.csv", "parts", "charts", "report.html");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Scenario scenario;
    private final RunOptions options;
    private final Path folder;
    private final Path parts;
    private final Map<String, Object> resolved;
    private volatile Manifest manifest;
    private volatile boolean done;
    private boolean alreadyComplete;

    private Runner(Scenario scenario, RunOptions options) {
        this.scenario = scenario;
        this.options = options;
        this.folder = options.out();
        this.parts = folder.resolve("parts");
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
                deleteTree(parts);
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
        boolean exists = !isEmpty(folder);
        if (exists && options.resume() && !Files.exists(folder.resolve(Manifest.FILE)) && onlyOutputs(folder)) {
            // killed before its manifest existed: nothing was computed yet
            clearOutputs();
            exists = false;
        }
        if (exists && options.resume()) {
            if (!Files.exists(folder.resolve(Manifest.FILE))) {
                throw new ResultsFolderException(folder.resolve(Manifest.FILE) + ": missing, so " + folder + " cannot be "
                        + "resumed safely (nothing in it was changed; --force starts it again, --out picks another folder)");
            }
            FolderVerifier.verifyManifest(folder);
            manifest = Manifest.read(folder);
            refuseOtherRun();
            if ("completed".equals(manifest.get("status"))) {
                FolderVerifier.verifyRun(folder, FolderVerifier.Need.COMPLETE);
                if (recordedReplications(folder).orElse(0) >= options.replications()) {
                    alreadyComplete = true;
                    return;
                }
                splitTables();
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
            deleteTemporaries();
        } else {
            if (exists && !options.force()) {
                throw new ResultsFolderException("results folder " + folder + " already exists; use --resume to complete it, "
                        + "--force to overwrite it, or --out to choose another");
            }
            if (exists) {
                clearOutputs();
            }
            Files.createDirectories(folder);
            manifest = Manifest.create(folder, baseManifest(hash));
            manifest.write();
            writeScenarioYaml(resolved);
        }
        Files.createDirectories(parts);
        try (Stream<Path> s = Files.list(parts)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".partial")).toList()) {
                deleteTree(p);
            }
        }
        manifest.write();
    }

    private void writeScenarioYaml(Map<String, Object> tree) throws IOException {
        AtomicFile.writeString(folder.resolve("scenario.yaml"), "# resolved scenario, rerun with: radsim run "
                + "scenario.yaml\n" + ScenarioLoader.toYaml(tree));
    }

    /** Refuses to resume with another scenario or other run options, naming each difference (old, new). */
    private void refuseOtherRun() {
        List<String> diffs = new ArrayList<>();
        JsonNode oldTree = JSON.valueToTree(manifest.get("scenario"));
        JsonNode newTree = JSON.valueToTree(resolved);
        if (oldTree instanceof ObjectNode o && newTree instanceof ObjectNode n) {
            ObjectNode a = o.deepCopy();
            ObjectNode b = n.deepCopy();
            a.remove("replications");
            b.remove("replications");
            diff("", a, b, diffs);
        } else if (!java.util.Objects.equals(manifest.get("scenario_hash"), ScenarioLoader.hash(resolved))) {
            diffs.add("the scenario (hash " + manifest.get("scenario_hash") + ")");
        }
        Map<String, Object> oldOptions = manifest.get("run_options") instanceof Map<?, ?> m
                ? new LinkedHashMap<>(castMap(m)) : new LinkedHashMap<>();
        Map<String, Object> newOptions = runOptions();
        int oldReps = recordedOr(oldOptions);
        boolean sequential = oldOptions.containsKey("precision") || newOptions.containsKey("precision");
        for (String k : List.of("precision", "precision_metric", "max_replications", "ensemble")) {
            if (!java.util.Objects.equals(str(oldOptions.get(k)), str(newOptions.get(k)))) {
                diffs.add("--" + k.replace('_', '-') + ": " + show(oldOptions.get(k)) + " in the folder, "
                        + show(newOptions.get(k)) + " now");
            }
        }
        if (options.replications() < oldReps || (sequential && options.replications() != oldReps)) {
            diffs.add("--replications: " + oldReps + " in the folder, " + options.replications() + " now ("
                    + (sequential ? "a run with --precision resumes with the same --replications"
                    : "a resume never deletes finished replications: omit --replications, or give " + oldReps
                    + " or more to extend the run") + ")");
        }
        if (!diffs.isEmpty()) {
            throw new ResultsFolderException(folder + " was run with other settings; --resume needs the same scenario, "
                    + "--set values and options:\n  " + String.join("\n  ", diffs.subList(0, Math.min(diffs.size(), 12)))
                    + (diffs.size() > 12 ? "\n  … and " + (diffs.size() - 12) + " more" : "")
                    + "\n(use --force to start the folder again, or --out for another folder)");
        }
    }

    private int recordedOr(Map<String, Object> oldOptions) {
        if (oldOptions.get("replications") instanceof Integer n) {
            return n;
        }
        return manifest.replications().size();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static String str(Object v) {
        return v == null ? null : v instanceof Number n ? Double.toString(n.doubleValue()) : v.toString();
    }

    private static String show(Object v) {
        return v == null ? "(none)" : v.toString();
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            java.util.TreeSet<String> keys = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                diff(path.isEmpty() ? k : path + "." + k, a.path(k), b.path(k), out);
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                diff(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
        } else if (a.isNumber() && b.isNumber() && a.asDouble() == b.asDouble()) {
            return;
        } else {
            out.add(path + ": " + cut(a) + " in the folder, " + cut(b) + " now");
        }
    }

    private static String cut(JsonNode n) {
        String s = n.isMissingNode() ? "(absent)" : n.toString();
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    /** Whether {@code dir} holds nothing computed: at most the lock, temporary files, scenario.yaml, empty parts/. */
    private boolean onlyOutputs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                boolean nothing = n.equals(FolderLock.FILE) || n.endsWith(AtomicFile.TMP) || n.equals("scenario.yaml")
                        || (n.equals("parts") && isEmpty(p));
                if (!nothing) {
                    return false;
                }
            }
            return true;
        }
    }

    private void clearOutputs() throws IOException {
        for (String name : OUTPUTS) {
            deleteTree(folder.resolve(name));
        }
        deleteTemporaries();
    }

    private void deleteTemporaries() throws IOException {
        for (Path dir : List.of(folder, folder.resolve("charts"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.filter(p -> p.getFileName().toString().endsWith(AtomicFile.TMP)).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /**
     * Extending a completed run: gives every replication in the joined tables its part back (the exact bytes it
     * had there), so that the join after the new replications is the join of a fresh run.
     */
    private void splitTables() throws IOException {
        List<Integer> done = new ArrayList<>();
        for (Map<String, Object> r : manifest.replications()) {
            if ("completed".equals(r.get("status"))) {
                done.add(((Number) r.get("index")).intValue());
            }
        }
        Files.createDirectories(parts);
        Map<Integer, Map<String, ByteArrayOutputStream>> byRep = new TreeMap<>();
        for (String table : FolderVerifier.TABLES) {
            Path file = folder.resolve(table);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                byte[] header = line(in);
                for (byte[] l; (l = line(in)) != null; ) {
                    int r = Integer.parseInt(new String(l, 0, indexOf(l, (byte) ','), StandardCharsets.UTF_8));
                    ByteArrayOutputStream b = byRep.computeIfAbsent(r, k -> new TreeMap<>())
                            .computeIfAbsent(table, k -> new ByteArrayOutputStream());
                    if (table.equals("summary.csv") && b.size() == 0) {
                        b.write(header);
                    }
                    b.write(l);
                }
            }
        }
        for (int r : done) {
            if (Files.isDirectory(parts.resolve(partName(r)))) {
                continue;
            }
            Path partial = parts.resolve(partName(r) + ".partial");
            deleteTree(partial);
            Files.createDirectories(partial);
            Map<String, ByteArrayOutputStream> tables = byRep.getOrDefault(r, Map.of());
            for (String table : FolderVerifier.TABLES) {
                ByteArrayOutputStream b = tables.get(table);
                Files.write(partial.resolve(table), b == null ? new byte[0] : b.toByteArray());
            }
            Files.move(partial, parts.resolve(partName(r)), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static int indexOf(byte[] b, byte c) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return b.length;
    }

    /** The next line with its line end, or null at the end. */
    private static byte[] line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(256);
        for (int c; (c = in.read()) >= 0; ) {
            b.write(c);
            if (c == '\n') {
                break;
            }
        }
        return b.size() == 0 ? null : b.toByteArray();
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
            Path doneDir = parts.resolve(partName(r));
            if (Files.isDirectory(doneDir)) {
                summaries.put(r, readSummary(doneDir));
            }
        }
        int outer = Math.max(1, Math.min(options.threads(), total));
        int inner = total == 1 ? options.threads() : 1;
        ExecutorService pool = Executors.newFixedThreadPool(outer, r -> {
            Thread t = new Thread(r, "radsim-replication");
            t.setDaemon(true);
            return t;
        });
        CompletionService<Object[]> cs = new ExecutorCompletionService<>(pool);
        int next = 0;
        int inFlight = 0;
        String stopReason = null;
        int stopAt = total;
        int judged = 0;
        options.progress().update(summaries.size(), 0, total);
        try {
            while (true) {
                while (inFlight < outer && next < stopAt) {
                    int r = next++;
                    if (summaries.containsKey(r)) {
                        continue;
                    }
                    cs.submit(() -> runOne(r, inner));
                    inFlight++;
                }
                if (inFlight == 0) {
                    break;
                }
                Object[] res = take(cs);
                inFlight--;
                int r = (Integer) res[0];
                if (res[1] instanceof String err) {
                    errors.put(r, err);
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Double> s = (Map<String, Double>) res[1];
                    summaries.put(r, s);
                }
                recordReplications(total, summaries, errors, Map.of());
                options.progress().update(summaries.size(), errors.size(), stopAt);
                if (options.stopRule() != null && stopReason == null) {
                    // every prefix is judged in order, so the run stops at the first one that is enough whatever
                    // order the replications happen to finish in
                    List<Map<String, Double>> prefix = prefix(summaries, errors);
                    for (int len = Math.max(judged + 1, options.replications()); len <= prefix.size(); len++) {
                        List<Map<String, Double>> head = prefix.subList(0, len);
                        if (options.stopRule().enough(head)) {
                            stopReason = options.stopRule().describe(head);
                            stopAt = indexAfter(summaries, len);
                            break;
                        }
                    }
                    judged = Math.max(judged, prefix.size());
                }
            }
        } finally {
            pool.shutdownNow();
            options.progress().finish();
        }
        if (options.stopRule() != null) {
            if (stopReason == null) {
                stopReason = "reached max replications (" + total + ") before: "
                        + options.stopRule().describe(prefix(summaries, errors));
            }
            for (int r : new ArrayList<>(summaries.keySet())) {
                if (r >= stopAt) {
                    summaries.remove(r);
                    deleteTree(parts.resolve(partName(r)));
                }
            }
            manifest.put("stop_reason", stopReason);
        }
        recordReplications(stopAt, summaries, errors, Map.of());
        String status = errors.isEmpty() ? "completed" : "failed";
        Map<Integer, long[]> rows = merge(summaries.keySet().stream().toList());
        recordReplications(stopAt, summaries, errors, rows);
        LinkedHashMap<String, Object> actual = new LinkedHashMap<>(resolved);
        actual.put("replications", stopAt);
        writeScenarioYaml(actual);
        FolderVerifier.recordFiles(manifest, folder);
        manifest.put("tables_joined", true);
        manifest.write();
        if (options.finish() != null) {
            options.finish().write(folder);
            FolderVerifier.recordFiles(manifest, folder);
        }
        // "completed" only now that every file exists and is recorded; then the parts are no longer needed
        manifest.put("status", status);
        manifest.put("ended", Instant.now().toString());
        manifest.put("wall_seconds", (System.nanoTime() - t0) / 1e9);
        manifest.write();
        if (status.equals("completed")) {
            deleteTree(parts);
        }
        return new RunResult(folder, status, summaries.size(), errors.size(), stopReason, false);
    }

    private static List<Map<String, Double>> prefix(TreeMap<Integer, Map<String, Double>> s, TreeMap<Integer, String> errors) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (int r = 0; s.containsKey(r) || errors.containsKey(r); r++) {
            if (s.containsKey(r)) {
                out.add(s.get(r));
            }
        }
        return out;
    }

    /** The replication index just after the {@code len}-th completed replication. */
    private static int indexAfter(TreeMap<Integer, Map<String, Double>> s, int len) {
        int seen = 0;
        for (int r : s.keySet()) {
            if (++seen == len) {
                return r + 1;
            }
        }
        return s.isEmpty() ? 0 : s.lastKey() + 1;
    }

    private static Object[] take(CompletionService<Object[]> cs) throws IOException {
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

    /** Runs replication r into its partial folder; returns {r, summary} or {r, error text}. */
    private Object[] runOne(int r, int innerThreads) {
        Path partial = parts.resolve(partName(r) + ".partial");
        long seed = Seeds.replication(scenario.seed(), r);
        try {
            deleteTree(partial);
            Files.createDirectories(partial);
            Scenario sc = options.ensemble() == null ? scenario : options.ensemble().scenario(r, seed);
            Replication rep = Models.create(sc, seed, innerThreads);
            MetricLayout layout = rep.layout();
            Map<String, Double> summary;
            try (Writer ts = writer(partial.resolve("timeseries.csv"));
                 Writer rg = writer(partial.resolve("regions.csv"));
                 CSVPrinter tsp = Csv.printer(ts);
                 CSVPrinter rgp = Csv.printer(rg)) {
                RowWriter rows = new RowWriter(r, layout, tsp, rgp);
                SummaryAccumulator acc = new SummaryAccumulator(layout, rows);
                rep.run(acc);
                summary = acc.summary(rep.extraSummary());
                if (options.ensemble() != null) {
                    options.ensemble().values(r, seed).forEach((k, v) -> summary.put("ensemble_" + k, v));
                }
            }
            writeSummary(partial, r, seed, summary);
            Files.move(partial, parts.resolve(partName(r)), StandardCopyOption.ATOMIC_MOVE);
            return new Object[] {r, summary};
        } catch (IOException | UncheckedIOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            return new Object[] {r, "I/O: " + msg};
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return new Object[] {r, e.getClass().getSimpleName() + ": " + e.getMessage()};
        }
    }

    private static Writer writer(Path p) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Streams rows of one replication. */
    private record RowWriter(int replication, MetricLayout layout, CSVPrinter timeseries, CSVPrinter regions)
            implements TickSink {
        @Override
        public void tick(long tick, double[] global, double[][] regional) throws IOException {
            List<String> row = new ArrayList<>(global.length + 2);
            row.add(Integer.toString(replication));
            row.add(Long.toString(tick));
            for (double v : global) {
                row.add(Csv.num(v));
            }
            timeseries.printRecord(row);
            for (int g = 0; g < layout.regionNames().size() && g < regional.length; g++) {
                List<String> rr = new ArrayList<>(regional[g].length + 3);
                rr.add(Integer.toString(replication));
                rr.add(Long.toString(tick));
                rr.add(FormulaEscape.escape(layout.regionNames().get(g)));
                for (double v : regional[g]) {
                    rr.add(Csv.num(v));
                }
                regions.printRecord(rr);
            }
        }
    }

    private void writeSummary(Path dir, int r, long seed, Map<String, Double> summary) throws IOException {
        List<String> header = new ArrayList<>(List.of("replication", "seed"));
        header.addAll(summary.keySet());
        List<String> row = new ArrayList<>(List.of(Integer.toString(r), Long.toString(seed)));
        summary.values().forEach(v -> row.add(Csv.num(v)));
        try (Writer w = writer(dir.resolve("summary.csv")); CSVPrinter p = Csv.printer(w)) {
            p.printRecord(header);
            p.printRecord(row);
        }
    }

    /** The summary of a finished part; a damaged one is named, never silently rerun or skipped. */
    private static Map<String, Double> readSummary(Path dir) throws IOException {
        Path file = dir.resolve("summary.csv");
        List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        if (lines.size() != 2) {
            throw new ResultsFolderException(file + ": " + (lines.isEmpty() ? "missing or empty" : lines.size() + " lines")
                    + ", a finished replication has a header and one row (damaged; move the part away to rerun it)");
        }
        String[] h = lines.get(0).split(",");
        String[] v = lines.get(1).split(",");
        if (h.length != v.length || h.length < 2) {
            throw new ResultsFolderException(file + " line 2: " + v.length + " fields, the header has " + h.length);
        }
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        for (int i = 2; i < h.length; i++) {
            try {
                out.put(h[i], Double.parseDouble(v[i]));
            } catch (NumberFormatException e) {
                throw new ResultsFolderException(file + " line 2, column " + h[i] + ": '" + v[i] + "' is not a number");
            }
        }
        return out;
    }

    /** Joins the parts into the final tables, in replication order; returns the rows of each replication. */
    private Map<Integer, long[]> merge(List<Integer> completed) throws IOException {
        Replication probe = Models.create(scenario, scenario.seed(), 1);
        MetricLayout layout = probe.layout();
        List<String> ts = new ArrayList<>(List.of("replication", "tick"));
        ts.addAll(layout.global());
        List<String> rg = new ArrayList<>(List.of("replication", "tick", "region"));
        rg.addAll(layout.regional());
        Map<Integer, long[]> rows = new TreeMap<>();
        for (int r : completed) {
            rows.put(r, new long[2]);
        }
        joinInto("timeseries.csv", Csv.headerLine(ts), completed, false, rows, 0);
        joinInto("regions.csv", Csv.headerLine(rg), completed, false, rows, 1);
        String summaryHeader = completed.isEmpty()
                ? Csv.headerLine(List.of("replication", "seed"))
                : Files.readAllLines(parts.resolve(partName(completed.get(0))).resolve("summary.csv")).get(0) + "\r\n";
        joinInto("summary.csv", summaryHeader, completed, true, rows, -1);
        return rows;
    }

    private void joinInto(String name, String header, List<Integer> completed, boolean skipHeader,
                          Map<Integer, long[]> rows, int count) throws IOException {
        try (AtomicFile f = AtomicFile.create(folder.resolve(name))) {
            OutputStream out = f.stream();
            out.write(header.getBytes(StandardCharsets.UTF_8));
            for (int r : completed) {
                Path part = parts.resolve(partName(r)).resolve(name);
                byte[] all = Files.readAllBytes(part);
                int from = 0;
                if (skipHeader) {
                    while (from < all.length && all[from] != '\n') {
                        from++;
                    }
                    from++;
                }
                out.write(all, Math.min(from, all.length), Math.max(0, all.length - from));
                if (count >= 0) {
                    long lines = 0;
                    for (byte b : all) {
                        if (b == '\n') {
                            lines++;
                        }
                    }
                    rows.get(r)[count] = lines;
                }
            }
            f.commit();
        }
    }

    static String partName(int r) {
        return String.format(java.util.Locale.ROOT, "r%06d", r);
    }

    /** Whether {@code dir} is missing or holds nothing but its lock file. */
    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (!p.getFileName().toString().equals(FolderLock.FILE)) {
                    return false;
                }
            }
            return true;
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
