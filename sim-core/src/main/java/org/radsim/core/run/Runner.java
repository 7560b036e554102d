package org.radsim.core.run;

import java.io.BufferedWriter;
import java.io.IOException;
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
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVPrinter;
import org.radsim.core.output.Csv;
import org.radsim.core.output.FormulaEscape;
import org.radsim.core.output.Manifest;
import org.radsim.core.output.ResultsFolderException;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * Runs the replications of one scenario into a results folder. Replication r uses the seed
 * {@link Seeds#replication(long, int) derived from (master seed, r)} only; replications run on a pool of threads,
 * each streaming its rows into {@code parts/rNNNNNN.partial/}, renamed to {@code parts/rNNNNNN/} when complete (the
 * rename is the done marker). When every replication is done the parts are joined, in replication order, into
 * {@code timeseries.csv}, {@code regions.csv} and {@code summary.csv} — byte-identical on any thread count. An
 * interrupted run leaves a manifest saying so and its finished parts; {@code resume} runs only what is missing.
 */
public final class Runner {

    /** Files and folders a run writes; {@code force} removes only these. */
    public static final List<String> OUTPUTS = List.of("manifest.json", "manifest.json.tmp", "scenario.yaml",
            "timeseries.csv", "regions.csv", "summary.csv", "summary-stats.csv", "timeseries-stats.csv",
            "regions-stats.csv", "parts", "charts", "report.html");

    private final Scenario scenario;
    private final RunOptions options;
    private final Path folder;
    private final Path parts;
    private Manifest manifest;
    private volatile boolean done;

    private Runner(Scenario scenario, RunOptions options) {
        this.scenario = scenario;
        this.options = options;
        this.folder = options.out();
        this.parts = folder.resolve("parts");
    }

    /** Runs the scenario as {@code options} say and returns where the results are. */
    public static RunResult run(Scenario scenario, RunOptions options) throws IOException, ResultsFolderException {
        return new Runner(scenario, options).execute();
    }

    private RunResult execute() throws IOException, ResultsFolderException {
        prepareFolder();
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

    private void prepareFolder() throws IOException, ResultsFolderException {
        String hash = ScenarioLoader.hash(scenario.resolved());
        boolean exists = Files.isDirectory(folder) && !isEmpty(folder);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ResultsFolderException(folder + " exists and is not a folder");
        }
        if (exists && options.resume()) {
            if (!Files.exists(folder.resolve("manifest.json"))) {
                throw new ResultsFolderException(folder + " has no manifest.json: it is not a radsim results folder, nothing to resume");
            }
            manifest = Manifest.read(folder);
            if (!hash.equals(manifest.get("scenario_hash"))) {
                throw new ResultsFolderException(folder + " holds results of a different scenario (hash "
                        + manifest.get("scenario_hash") + "); resume needs the same scenario and --set values");
            }
            if ("completed".equals(manifest.get("status"))) {
                throw new ResultsFolderException(folder + " is already complete; nothing to resume");
            }
            manifest.put("status", "running");
            manifest.put("resumed", Instant.now().toString());
        } else {
            if (exists && !options.force()) {
                throw new ResultsFolderException("results folder " + folder + " already exists; use --resume to complete it, "
                        + "--force to overwrite it, or --out to choose another");
            }
            if (exists) {
                for (String name : OUTPUTS) {
                    deleteTree(folder.resolve(name));
                }
            }
            Files.createDirectories(folder);
            manifest = Manifest.create(folder, baseManifest(hash));
            Files.writeString(folder.resolve("scenario.yaml"), "# resolved scenario, rerun with: radsim run " + "scenario.yaml\n"
                    + ScenarioLoader.toYaml(scenario.resolved()), StandardCharsets.UTF_8);
        }
        Files.createDirectories(parts);
        try (Stream<Path> s = Files.list(parts)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".partial")).toList()) {
                deleteTree(p);
            }
        }
        manifest.write();
    }

    private Map<String, Object> baseManifest(String hash) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "radsim");
        m.put("version", ToolVersion.version());
        m.put("git_commit", ToolVersion.gitCommit().orElse(null));
        m.put("status", "running");
        m.put("scenario_name", scenario.name());
        m.put("scenario_hash", hash);
        m.put("model", scenario.model());
        m.put("master_seed", scenario.seed());
        m.put("replications", new ArrayList<>());
        m.put("threads", options.threads());
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("started", Instant.now().toString());
        m.put("ended", null);
        m.put("wall_seconds", null);
        m.put("scenario", scenario.resolved());
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
                options.progress().update(summaries.size(), errors.size(), stopAt);
                recordReplications(total, summaries, errors);
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
        recordReplications(stopAt, summaries, errors);
        String status = errors.isEmpty() ? "completed" : "failed";
        merge(summaries.keySet().stream().toList(), status.equals("completed"));
        manifest.put("status", status);
        manifest.put("ended", Instant.now().toString());
        manifest.put("wall_seconds", (System.nanoTime() - t0) / 1e9);
        manifest.write();
        return new RunResult(folder, status, summaries.size(), errors.size(), stopReason);
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

    private void recordReplications(int total, Map<Integer, Map<String, Double>> summaries, Map<Integer, String> errors)
            throws IOException {
        List<Map<String, Object>> reps = new ArrayList<>();
        for (int r = 0; r < total; r++) {
            LinkedHashMap<String, Object> e = new LinkedHashMap<>();
            e.put("index", r);
            e.put("seed", Seeds.replication(scenario.seed(), r));
            e.put("status", summaries.containsKey(r) ? "completed" : errors.containsKey(r) ? "failed" : "pending");
            e.put("error", errors.get(r));
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
            Replication rep = Models.create(scenario, seed, innerThreads);
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

    private static Map<String, Double> readSummary(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("summary.csv"), StandardCharsets.UTF_8);
        String[] h = lines.get(0).split(",");
        String[] v = lines.get(1).split(",");
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        for (int i = 2; i < h.length; i++) {
            out.put(h[i], Double.parseDouble(v[i]));
        }
        return out;
    }

    /** Joins the parts into the final tables, in replication order. */
    private void merge(List<Integer> completed, boolean removeParts) throws IOException {
        Replication probe = Models.create(scenario, scenario.seed(), 1);
        MetricLayout layout = probe.layout();
        List<String> ts = new ArrayList<>(List.of("replication", "tick"));
        ts.addAll(layout.global());
        List<String> rg = new ArrayList<>(List.of("replication", "tick", "region"));
        rg.addAll(layout.regional());
        joinInto("timeseries.csv", Csv.headerLine(ts), completed, false);
        joinInto("regions.csv", Csv.headerLine(rg), completed, false);
        String summaryHeader = completed.isEmpty()
                ? Csv.headerLine(List.of("replication", "seed"))
                : Files.readAllLines(parts.resolve(partName(completed.get(0))).resolve("summary.csv")).get(0) + "\r\n";
        joinInto("summary.csv", summaryHeader, completed, true);
        if (removeParts) {
            deleteTree(parts);
        }
    }

    private void joinInto(String name, String header, List<Integer> completed, boolean skipHeader) throws IOException {
        Path tmp = folder.resolve(name + ".tmp");
        try (var out = Files.newOutputStream(tmp)) {
            out.write(header.getBytes(StandardCharsets.UTF_8));
            for (int r : completed) {
                Path part = parts.resolve(partName(r)).resolve(name);
                if (!skipHeader) {
                    Files.copy(part, out);
                } else {
                    byte[] all = Files.readAllBytes(part);
                    int nl = 0;
                    while (nl < all.length && all[nl] != '\n') {
                        nl++;
                    }
                    out.write(all, nl + 1, all.length - nl - 1);
                }
            }
        }
        Files.move(tmp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String partName(int r) {
        return String.format(java.util.Locale.ROOT, "r%06d", r);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
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
