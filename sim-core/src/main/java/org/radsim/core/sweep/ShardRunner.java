package org.radsim.core.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

import org.radsim.core.scenario.Excerpt;
import org.radsim.core.output.Csv;

/**
 * Runs shard {@code i} of {@code n} of a plan: the runs whose index is {@code ≡ i (mod n)}, on K threads. Each run
 * becomes one row of {@code shard-i-of-n.csv.partial}, written and flushed as soon as the run ends; when every run of
 * the shard has a row, a {@code shard-i-of-n.json} (plan hash, counts) is written and the partial file is renamed to
 * {@code shard-i-of-n.csv}. A restarted shard keeps the complete rows it has and runs only the others, so killing,
 * preemption, {@code --requeue} and reruns are safe. A run that throws becomes an error row (status {@code failed},
 * the message in {@code error}) and the shard goes on. Rows do not depend on the thread count or on which shard ran
 * them; their order in a shard file does, and {@link Merger} sorts them.
 */
public final class ShardRunner {

    /** Progress after each run: runs finished so far in this shard (including earlier attempts), failed, total. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long failed, long total, long ranNow, double seconds);
    }

    /** What a shard did. */
    public record Result(long total, long alreadyDone, long ran, long failed, Path file) { }

    private final Plan plan;
    private final SweepFolder folder;
    private final RunTarget target;
    private final SeriesParts series;

    public ShardRunner(Plan plan, SweepFolder folder) {
        this.plan = plan;
        this.folder = folder;
        this.target = RunTarget.of(plan.sweep());
        this.series = new SeriesParts(folder.dir(), plan.sweep().records(Sweep.TIMESERIES),
                plan.sweep().records(Sweep.REGIONS));
    }

    /** Writes the plan into the folder, or checks that the folder's plan is this one. */
    public static void preparePlan(Plan plan, SweepFolder folder) throws IOException, SweepFolderException {
        if (folder.hasPlan()) {
            String existing = folder.plan().hash();
            if (!plan.hash().equals(existing)) {
                throw new SweepFolderException(folder.dir() + " holds another plan (hash " + Excerpt.of(existing).substring(0,
                        Math.min(12, existing.length())) + ", this sweep's is " + plan.hash().substring(0, 12) + "): "
                        + String.join("; ", changes(plan, folder.planJson()))
                        + ". Runs of the two plans cannot be mixed: restore the files, or use a new --out folder");
            }
            return;
        }
        plan.write(folder.dir());
    }

    /** What differs between the folder's plan ({@code old}, as plan.json) and this one, in the user's words. */
    static List<String> changes(Plan plan, Map<String, Object> old) {
        Map<String, Object> now = plan.descriptorAsJson();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : now.entrySet()) {
            Object was = old.get(e.getKey());
            if (java.util.Objects.equals(was, e.getValue())) {
                continue;
            }
            switch (e.getKey()) {
                case "base_scenario_hash" -> out.add("the base scenario " + plan.sweep().base()
                        + " (resolved, with its extends: chain and set:) changed since the folder was planned");
                case "points", "runs" -> { }
                default -> out.add(e.getKey() + " was " + Excerpt.of(String.valueOf(was)) + ", now "
                        + Excerpt.of(String.valueOf(e.getValue())));
            }
        }
        if (out.isEmpty()) {
            out.add("the settings are the same but the planned runs differ (plan.csv or design.csv; made by another "
                    + "radsim version?)");
        }
        return out;
    }

    public Result run(int shard, int shards, int threads, Progress progress) throws IOException, SweepFolderException {
        if (shards < 1 || shard < 0 || shard >= shards) {
            throw new IllegalArgumentException("shard " + shard + " of " + shards + ": need 0 ≤ shard < shards");
        }
        preparePlan(plan, folder);
        Files.createDirectories(folder.shards());
        Path done = folder.shardFile(shard, shards);
        List<Long> mine = new ArrayList<>();
        for (long r = shard; r < plan.runs(); r += shards) {
            mine.add(r);
        }
        String header = String.join(",", plan.header());
        if (Files.exists(done)) {
            String hash = ShardInfo.read(folder.shardInfo(shard, shards)).planHash();
            if (!hash.equals(plan.hash())) {
                throw new SweepFolderException(done + " belongs to another plan; delete it to rerun this shard");
            }
            return new Result(mine.size(), mine.size(), 0, ShardInfo.read(folder.shardInfo(shard, shards)).failed(), done);
        }
        Path partial = folder.partialFile(shard, shards);
        Set<Long> have = new HashSet<>();
        long failedBefore = 0;
        if (Files.exists(partial)) {
            List<String> lines = SweepFolder.completeLines(partial);
            List<String> keep = new ArrayList<>();
            if (!lines.isEmpty() && lines.get(0).equals(header)) {
                List<String> planRows = folder.verifiedPlanRows();
                PlanInfo info = folder.plan();
                for (String row : lines.subList(1, lines.size())) {
                    // a damaged row (not the plan's run, not numbers) is dropped and its run done again
                    if (Merger.checkRow(row, plan.header().size(), 4 + plan.sweep().factors().size(), info, planRows,
                            shard, shards) != null) {
                        continue;
                    }
                    long r = SweepFolder.runOf(row);
                    if (r % shards == shard && r < plan.runs() && have.add(r)) {
                        keep.add(row);
                        if (Csv.split(row).get(4 + plan.sweep().factors().size()).equals("failed")) {
                            failedBefore++;
                        }
                    }
                }
            }
            // rewrite without a half-written last line (the process was killed while writing it)
            StringBuilder sb = new StringBuilder(header).append(Csv.EOL);
            keep.forEach(row -> sb.append(row).append(Csv.EOL));
            Plan.writeAtomically(partial, sb.toString());
        } else {
            Files.writeString(partial, header + Csv.EOL, StandardCharsets.UTF_8);
        }
        List<Long> todo = mine.stream().filter(r -> !have.contains(r)).toList();
        long start = System.nanoTime();
        long[] counts = {have.size(), failedBefore, 0};
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "sweep-run");
            t.setDaemon(true);
            return t;
        });
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            List<Future<?>> futures = new ArrayList<>();
            for (long r : todo) {
                futures.add(pool.submit(() -> {
                    Row row = runOne(r);
                    synchronized (counts) {
                        try {
                            out.write(row.text());
                            out.write(Csv.EOL);
                            out.flush();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        counts[0]++;
                        counts[2]++;
                        if (row.failed()) {
                            counts[1]++;
                        }
                        if (progress != null) {
                            progress.update(counts[0], counts[1], mine.size(), counts[2], (System.nanoTime() - start) / 1e9);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    Throwable c = e.getCause();
                    if (c instanceof UncheckedIOException u) {
                        throw u.getCause();
                    }
                    throw new IOException("a sweep run could not be recorded: " + c, c);
                } catch (InterruptedException e) {
                    pool.shutdownNow();
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted; rerun the same command to resume", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        new ShardInfo(plan.hash(), shard, shards, mine.size(), counts[1]).write(folder.shardInfo(shard, shards));
        Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
        return new Result(mine.size(), have.size(), counts[2], counts[1], done);
    }

    private record Row(String text, boolean failed) { }

    private Row runOne(long run) {
        int point = plan.point(run);
        long seed = plan.seed(run);
        List<String> values = plan.values(point);
        StringBuilder sb = new StringBuilder();
        sb.append(run).append(',').append(point).append(',').append(plan.replication(run)).append(',').append(seed);
        for (String v : values) {
            sb.append(',').append(v == null ? "" : Csv.field(v));
        }
        Map<String, Double> summary;
        String error = null;
        SeriesParts.Run rows = null;
        try {
            rows = series.any() ? series.open(run, point, plan.replication(run)) : null;
            summary = target.run(values, seed, rows);
            for (String m : plan.sweep().metrics()) {
                if (!summary.containsKey(m)) {
                    throw new IllegalStateException("the model did not report metric " + m);
                }
            }
            if (rows != null) {
                // the series are complete before the result row says the run is done
                rows.commit();
            }
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            if (rows != null) {
                try {
                    rows.close();
                } catch (IOException ignored) {
                    // the partial series is removed when the run is done again
                }
            }
            summary = new LinkedHashMap<>();
            String msg = e.getMessage() == null ? "" : e.getMessage().strip();
            error = e instanceof org.radsim.core.scenario.ScenarioException ? msg.replaceAll("\\s*\\n\\s*", "; ")
                    : e.getClass().getSimpleName() + (msg.isEmpty() ? "" : ": " + msg);
        }
        sb.append(',').append(error == null ? "ok" : "failed").append(',').append(error == null ? "" : Csv.field(error));
        for (String m : plan.sweep().metrics()) {
            Double v = summary.get(m);
            sb.append(',').append(v == null ? "" : Factor.format(v));
        }
        return new Row(sb.toString(), error != null);
    }
}
