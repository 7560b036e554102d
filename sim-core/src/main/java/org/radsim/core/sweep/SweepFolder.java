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

    /** plan.json as read back. */
    public PlanInfo plan() throws IOException {
        Path p = dir.resolve(Plan.PLAN_JSON);
        if (!Files.isRegularFile(p)) {
            throw new IOException(dir + " is not a sweep folder (no " + Plan.PLAN_JSON + ")");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = new ObjectMapper().readValue(p.toFile(), Map.class);
        return PlanInfo.from(m);
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
        String text = Files.readString(file);
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

    /** The run index at the start of a row. */
    static long runOf(String row) {
        int c = row.indexOf(',');
        return Long.parseLong(c < 0 ? row : row.substring(0, c));
    }
}
