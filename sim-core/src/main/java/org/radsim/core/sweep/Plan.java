package org.radsim.core.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.radsim.core.replication.Seeds;
import org.radsim.core.run.ToolVersion;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * A sweep expanded to runs {@code 0..N−1}: run i is design point {@code i / R}, replication {@code i mod R}
 * (R = replications), with seed {@code Seeds.derive(masterSeed, i)} — from the master seed and the run index only,
 * so any shard computes any run alone. The plan's hash covers everything that decides the runs (design, factors,
 * metrics, seeds, the resolved base scenario) and is checked before a shard runs and when shards are merged.
 *
 * <p>A sweep folder holds {@code plan.json} (the settings and the hash), {@code plan.csv} (run, point, replication,
 * seed, factor values) and {@code design.csv} (each point's unit-hypercube coordinates, for analysis).
 */
public final class Plan {

    public static final String PLAN_JSON = "plan.json";
    public static final String PLAN_CSV = "plan.csv";
    public static final String DESIGN_CSV = "design.csv";

    private final Sweep sweep;
    private final List<double[]> points;
    private final String baseHash;
    private final Map<String, Object> descriptor;
    private final String hash;

    private Plan(Sweep sweep, List<double[]> points, String baseHash) {
        this.sweep = sweep;
        this.points = points;
        this.baseHash = baseHash;
        this.descriptor = descriptor();
        this.hash = sha256(json(descriptor) + "\n" + planCsv() + designCsv());
    }

    /** Expands a sweep; for a scenario sweep the base (with {@code set:}) is resolved to record its hash. */
    public static Plan of(Sweep sweep) throws ScenarioException {
        String baseHash = sweep.model() != null ? "" : ScenarioLoader.hash(
                ScenarioLoader.resolve(ScenarioLoader.readTree(sweep.base()), sweep.set()).resolved());
        return new Plan(sweep, Designs.points(sweep), baseHash);
    }

    public Sweep sweep() {
        return sweep;
    }

    public String hash() {
        return hash;
    }

    public int pointCount() {
        return points.size();
    }

    public long runs() {
        return (long) points.size() * sweep.replications();
    }

    public int point(long run) {
        return (int) (run / sweep.replications());
    }

    public int replication(long run) {
        return (int) (run % sweep.replications());
    }

    public long seed(long run) {
        return Seeds.derive(sweep.seed(), run);
    }

    /** Unit coordinates of a point (NaN = base value). */
    public double[] coordinates(int point) {
        return points.get(point).clone();
    }

    /** The factor values of a point as text; null where the base value is kept. */
    public List<String> values(int point) {
        double[] u = points.get(point);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < u.length; i++) {
            out.add(Double.isNaN(u[i]) ? null : sweep.factors().get(i).valueAt(u[i]));
        }
        return out;
    }

    /** Columns of the result rows: run, point, replication, seed, factors, status, error, metrics. */
    public List<String> header() {
        List<String> h = new ArrayList<>(List.of("run", "point", "replication", "seed"));
        h.addAll(sweep.factorNames());
        h.add("status");
        h.add("error");
        h.addAll(sweep.metrics());
        return h;
    }

    /** Writes plan.json, plan.csv and design.csv into {@code dir} (created if needed). */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> json = new LinkedHashMap<>(descriptor);
        json.put("hash", hash);
        json.put("tool_version", ToolVersion.version());
        json.put("git_commit", ToolVersion.gitCommit().orElse(null));
        json.put("base", sweep.base());
        json.put("sweep_file", sweep.source().toAbsolutePath().normalize().toString());
        // each table's own checksum, so that a reader names the damaged file
        Map<String, Object> files = new LinkedHashMap<>();
        files.put(PLAN_CSV, sha256(planCsv()));
        files.put(DESIGN_CSV, sha256(designCsv()));
        json.put("files", files);
        // data files first, plan.json last: a folder with plan.json has a whole plan
        writeAtomically(dir.resolve(PLAN_CSV), planCsv());
        writeAtomically(dir.resolve(DESIGN_CSV), designCsv());
        writeAtomically(dir.resolve(PLAN_JSON), json(json) + "\n");
    }

    /**
     * Writes via a temporary file and a rename, so that shards starting together never read half a file. The
     * temporary file is created like any other file, with the user's umask (so collaborators on a shared cluster
     * file system can read the results), not with {@link Files#createTempFile}'s owner-only permissions.
     */
    static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = null;
        for (int attempt = 0; tmp == null; attempt++) {
            Path candidate = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Files.writeString(candidate, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
                tmp = candidate;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
        try {
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Map<String, Object> descriptor() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "radsim-sweep-plan/1");
        m.put("name", sweep.name());
        m.put("description", sweep.description());
        m.put("model", sweep.model() != null ? sweep.model().id() : "scenario");
        m.put("base_scenario_hash", baseHash);
        m.put("set", sweep.set());
        m.put("master_seed", sweep.seed());
        m.put("replications", sweep.replications());
        m.put("design", sweep.design().settings());
        List<Map<String, Object>> fs = new ArrayList<>();
        for (Factor f : sweep.factors()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.name());
            fm.put("path", f.path());
            if (f.isList()) {
                fm.put("values", f.values());
            } else {
                fm.put("min", f.min());
                fm.put("max", f.max());
                fm.put("scale", f.log() ? "log" : "uniform");
            }
            fm.put("levels", f.levels());
            fm.put("integer", f.integer());
            fs.add(fm);
        }
        m.put("factors", fs);
        m.put("metrics", sweep.metrics());
        m.put("points", points.size());
        m.put("runs", runs());
        return m;
    }

    private String planCsv() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", header().subList(0, 4 + sweep.factors().size()))).append(Csv.EOL);
        for (long r = 0; r < runs(); r++) {
            int p = point(r);
            sb.append(r).append(',').append(p).append(',').append(replication(r)).append(',').append(seed(r));
            for (String v : values(p)) {
                sb.append(',').append(v == null ? "" : Csv.field(v));
            }
            sb.append(Csv.EOL);
        }
        return sb.toString();
    }

    private String designCsv() {
        StringBuilder sb = new StringBuilder("point");
        sweep.factorNames().forEach(n -> sb.append(',').append(n));
        sb.append(Csv.EOL);
        for (int p = 0; p < points.size(); p++) {
            sb.append(p);
            for (double u : points.get(p)) {
                sb.append(',').append(Double.isNaN(u) ? "" : Double.toString(u));
            }
            sb.append(Csv.EOL);
        }
        return sb.toString();
    }

    /** Keys of plan.json that are not part of the hashed descriptor. */
    private static final java.util.Set<String> UNHASHED = java.util.Set.of("hash", "tool_version", "git_commit", "base",
            "sweep_file", "files");

    /** The plan hash recomputed from plan.json as read back and the two tables' text. */
    static String hashOf(Map<String, Object> planJson, String planCsv, String designCsv) {
        Map<String, Object> d = new LinkedHashMap<>(planJson);
        d.keySet().removeAll(UNHASHED);
        return sha256(json(d) + "\n" + planCsv + designCsv);
    }

    /** The settings this plan was made from, as plan.json records them (for comparing with a folder's). */
    Map<String, Object> descriptorAsJson() {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = new ObjectMapper().readValue(json(descriptor), Map.class);
            return m;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(Object o) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
