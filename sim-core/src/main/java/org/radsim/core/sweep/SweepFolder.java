package org.radsim.core.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The layout of a sweep folder: {@code plan.json}, {@code plan.csv}, {@code design.csv}; {@code shards/} with
 * {@code shard-I-of-N.csv.partial} while shard I of N runs, renamed to {@code shard-I-of-N.csv} when it completes
 * (the rename is the done marker) next to {@code shard-I-of-N.json} (plan hash, counts); {@code results.csv}, the
 * merged table; {@code slurm/} with the job scripts and logs.
 */
public final class SweepFolder {

    public static final String RESULTS_CSV = "results.csv";
    private static final Pattern SHARD = Pattern.compile("shard-(\\d+)-of-(\\d+)\\.csv(\\.partial)?");

    private final Path dir;

    public SweepFolder(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    public Path shards() {
        return dir.resolve("shards");
    }

    public Path slurm() {
        return dir.resolve("slurm");
    }

    public Path results() {
        return dir.resolve(RESULTS_CSV);
    }

    public Path shardFile(int shard, int shards) {
        return shards().resolve("shard-" + shard + "-of-" + shards + ".csv");
    }

    public Path partialFile(int shard, int shards) {
        return shards().resolve("shard-" + shard + "-of-" + shards + ".csv.partial");
    }

    public Path shardInfo(int shard, int shards) {
        return shards().resolve("shard-" + shard + "-of-" + shards + ".json");
    }

    public boolean hasPlan() {
        return Files.isRegularFile(dir.resolve(Plan.PLAN_JSON));
    }

    /** plan.json as read back; a damaged one is a {@link SweepFolderException} naming it. */
    public PlanInfo plan() throws IOException {
        Map<String, Object> m = planJson();
        try {
            PlanInfo info = PlanInfo.from(m);
            if (info.hash() == null || info.runs() != (long) info.points() * info.replications() || info.runs() < 0
                    || info.metrics() == null || info.design() == null || info.designType() == null) {
                throw new IllegalArgumentException("inconsistent counts or a missing key");
            }
            return info;
        } catch (RuntimeException e) {
            throw new SweepFolderException(dir.resolve(Plan.PLAN_JSON) + " is damaged: a key is missing or has the "
                    + "wrong type (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                    + org.radsim.core.scenario.Excerpt.of(e.getMessage())) + "); the folder cannot be used");
        }
    }

    /** plan.json as a JSON object; missing, not JSON or not an object is a {@link SweepFolderException}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> planJson() throws IOException {
        Path p = dir.resolve(Plan.PLAN_JSON);
        if (!Files.isRegularFile(p)) {
            throw new SweepFolderException(dir + " is not a sweep folder (no " + Plan.PLAN_JSON + ")");
        }
        try {
            Object o = new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .readValue(p.toFile(), Object.class);
            if (!(o instanceof Map<?, ?> m)) {
                throw new SweepFolderException(p + " is damaged: not a JSON object");
            }
            return (Map<String, Object>) m;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new SweepFolderException(p + " is damaged: not valid JSON ("
                    + org.radsim.core.scenario.Excerpt.of(e.getOriginalMessage()) + ")");
        }
    }

    /**
     * Checks plan.json, plan.csv and design.csv against each other: each CSV has the plan's rows and the SHA-256
     * recorded in plan.json (folders written before the per-file hashes: the plan hash over all three).
     *
     * @return the lines of plan.csv without line ends, header first
     */
    public List<String> verifiedPlanRows() throws IOException {
        PlanInfo info = plan();
        Map<String, Object> json = planJson();
        Path planCsv = dir.resolve(Plan.PLAN_CSV);
        Path designCsv = dir.resolve(Plan.DESIGN_CSV);
        String planText = readWhole(planCsv);
        String designText = readWhole(designCsv);
        Object files = json.get("files");
        if (files instanceof Map<?, ?> f) {
            checkSha(planCsv, planText, f.get(Plan.PLAN_CSV));
            checkSha(designCsv, designText, f.get(Plan.DESIGN_CSV));
        }
        List<String> plan = lines(planCsv, planText, info.runs() + 1);
        lines(designCsv, designText, info.points() + 1L);
        if (!Plan.hashOf(json, planText, designText).equals(info.hash())) {
            throw new SweepFolderException(dir.resolve(Plan.PLAN_JSON) + " does not match " + Plan.PLAN_CSV + " and "
                    + Plan.DESIGN_CSV + " (its plan hash differs): a file of the plan was edited or damaged");
        }
        return plan;
    }

    private static String readWhole(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new SweepFolderException(file + " is missing; the sweep folder is damaged");
        }
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SweepFolderException(file + " cannot be read: " + e.getMessage());
        }
    }

    private static void checkSha(Path file, String text, Object expected) throws SweepFolderException {
        if (expected != null && !Plan.sha256(text).equals(expected)) {
            throw new SweepFolderException(file + " is damaged: its SHA-256 differs from the one in " + Plan.PLAN_JSON);
        }
    }

    private static List<String> lines(Path file, String text, long expected) throws SweepFolderException {
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new SweepFolderException(file + " is damaged: its last line is cut (no line end)");
        }
        List<String> out = splitLines(text);
        if (out.size() != expected) {
            throw new SweepFolderException(file + " is damaged: " + Math.max(0, out.size() - 1) + " rows, the plan has "
                    + (expected - 1));
        }
        return out;
    }

    private static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(text.substring(start, end));
                start = i + 1;
            }
        }
        return out;
    }

    /** The shard counts N for which shard files exist (normally one). */
    public TreeSet<Integer> shardCounts() throws IOException {
        TreeSet<Integer> out = new TreeSet<>();
        if (!Files.isDirectory(shards())) {
            return out;
        }
        try (Stream<Path> s = Files.list(shards())) {
            for (Path p : s.toList()) {
                Matcher m = SHARD.matcher(p.getFileName().toString());
                if (m.matches()) {
                    out.add(Integer.parseInt(m.group(2)));
                }
            }
        }
        return out;
    }

    /** The shard count to use: {@code requested} if positive, else the only one present (or the one in slurm/). */
    public int shardCount(int requested) throws IOException {
        if (requested > 0) {
            return requested;
        }
        Path submitted = slurm().resolve("shards.txt");
        if (Files.isRegularFile(submitted)) {
            return Integer.parseInt(Files.readString(submitted).trim());
        }
        TreeSet<Integer> counts = shardCounts();
        if (counts.size() == 1) {
            return counts.first();
        }
        if (counts.isEmpty()) {
            throw new IOException("no shard files in " + shards() + " (nothing has run yet)");
        }
        throw new IOException("shards of several splits are present (" + counts + "); say which with --shards N");
    }

    /**
     * The complete lines of a shard table, without their CRLF (a trailing line without its line feed is an
     * interrupted write and is left out).
     */
    static List<String> completeLines(Path file) throws IOException {
        return splitLines(readWhole(file));
    }

    /** Whether the file's last line has its line end (a completed table always has). */
    static boolean endsWithLineEnd(Path file) throws IOException {
        String text = readWhole(file);
        return text.isEmpty() || text.endsWith("\n");
    }

    /** The run index at the start of a row. */
    static long runOf(String row) {
        int c = row.indexOf(',');
        return Long.parseLong(c < 0 ? row : row.substring(0, c));
    }
}
