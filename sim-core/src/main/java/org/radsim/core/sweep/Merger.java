package org.radsim.core.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges the shard tables of a sweep folder into {@code results.csv}: checks that every shard is present and
 * complete, belongs to the folder's plan (hash), and that each run index appears exactly once; then writes the
 * rows sorted by run index. Rows are copied byte for byte, so the merged table of any split into shards (and any
 * thread count) is byte-identical to a single-process run of the same plan.
 */
public final class Merger {

    /** What was merged. */
    public record Merged(long runs, long failed, int shards) { }

    private Merger() {
    }

    /** @param requestedShards the shard count, or 0 to use the one present in the folder */
    public static Merged merge(SweepFolder folder, int requestedShards) throws IOException, SweepFolderException {
        PlanInfo plan = folder.plan();
        int n = folder.shardCount(requestedShards);
        String header = String.join(",", plan.header());
        int statusColumn = 4 + plan.factors().size();
        String[] rows = new String[Math.toIntExact(plan.runs())];
        List<String> problems = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        long failed = 0;
        for (int i = 0; i < n; i++) {
            if (!Files.exists(folder.shardFile(i, n))) {
                missing.add(i);
                continue;
            }
            ShardInfo info = ShardInfo.read(folder.shardInfo(i, n));
            if (!info.planHash().equals(plan.hash())) {
                problems.add("shard " + i + " belongs to another plan (hash " + info.planHash().substring(0, 12) + ")");
                continue;
            }
            List<String> lines = SweepFolder.completeLines(folder.shardFile(i, n));
            if (lines.isEmpty() || !lines.get(0).equals(header)) {
                problems.add("shard " + i + " has another header than the plan's");
                continue;
            }
            long expected = i < plan.runs() ? (plan.runs() - 1 - i) / n + 1 : 0;
            if (lines.size() - 1 != expected) {
                problems.add("shard " + i + " has " + (lines.size() - 1) + " rows; its plan share is " + expected);
            }
            for (String row : lines.subList(1, lines.size())) {
                long r;
                try {
                    r = SweepFolder.runOf(row);
                } catch (NumberFormatException e) {
                    problems.add("shard " + i + " has a malformed row: " + abbreviate(row));
                    continue;
                }
                if (r < 0 || r >= plan.runs() || r % n != i) {
                    problems.add("shard " + i + " has run " + r + ", which is not one of its runs");
                } else if (rows[(int) r] != null) {
                    problems.add("run " + r + " appears twice");
                } else {
                    rows[(int) r] = row;
                    if ("failed".equals(Csv.split(row).get(statusColumn))) {
                        failed++;
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            problems.add(0, missing.size() + " of " + n + " shards missing or unfinished: " + SweepStatus.compact(missing));
        }
        if (problems.isEmpty()) {
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    problems.add("run " + r + " is missing");
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SweepFolderException("cannot merge " + folder.dir() + ":\n  " + String.join("\n  ", problems)
                    + "\n(see `radsim sweep status " + folder.dir() + "` for the commands that rerun them)");
        }
        StringBuilder sb = new StringBuilder(header).append(Csv.EOL);
        for (String row : rows) {
            sb.append(row).append(Csv.EOL);
        }
        Plan.writeAtomically(folder.results(), sb.toString());
        return new Merged(plan.runs(), failed, n);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
