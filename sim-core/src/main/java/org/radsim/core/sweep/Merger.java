package org.radsim.core.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.radsim.core.output.Csv;
import org.radsim.core.run.DataDictionary;

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

    /** At most this many row problems are listed (then "… and N more"). */
    private static final int MAX_LISTED = 20;

    /** @param requestedShards the shard count, or 0 to use the one present in the folder */
    public static Merged merge(SweepFolder folder, int requestedShards) throws IOException, SweepFolderException {
        PlanInfo plan = folder.plan();
        List<String> planRows = folder.verifiedPlanRows();
        int n = folder.shardCount(requestedShards);
        String header = String.join(",", plan.header());
        int columns = plan.header().size();
        int statusColumn = 4 + plan.factors().size();
        String[] rows = new String[Math.toIntExact(plan.runs())];
        List<String> problems = new ArrayList<>();
        int rowProblems = 0;
        List<Integer> missing = new ArrayList<>();
        long failed = 0;
        for (int i = 0; i < n; i++) {
            java.nio.file.Path file = folder.shardFile(i, n);
            String name = folder.dir().relativize(file).toString();
            if (!Files.exists(file)) {
                missing.add(i);
                continue;
            }
            ShardInfo info = ShardInfo.read(folder.shardInfo(i, n));
            if (!plan.hash().equals(info.planHash())) {
                problems.add(name + " belongs to another plan (hash " + abbreviate(info.planHash()) + ")");
                continue;
            }
            List<String> lines = SweepFolder.completeLines(file);
            if (lines.isEmpty() || !lines.get(0).equals(header)) {
                problems.add(name + " line 1: not the plan's header (" + abbreviate(lines.isEmpty() ? "empty file" : lines.get(0)) + ")");
                continue;
            }
            if (!SweepFolder.endsWithLineEnd(file)) {
                problems.add(name + " line " + (lines.size() + 1) + ": cut in the middle of a row (no line end)");
            }
            long expected = i < plan.runs() ? (plan.runs() - 1 - i) / n + 1 : 0;
            if (lines.size() - 1 != expected) {
                problems.add(name + " has " + (lines.size() - 1) + " rows; its plan share is " + expected);
            }
            for (int l = 1; l < lines.size(); l++) {
                String row = lines.get(l);
                String bad = checkRow(row, columns, statusColumn, plan, planRows, i, n);
                long r = bad == null ? SweepFolder.runOf(row) : -1;
                if (bad == null && rows[(int) r] != null) {
                    bad = "run " + r + " appears twice";
                }
                if (bad != null) {
                    if (rowProblems++ < MAX_LISTED) {
                        problems.add(name + " line " + (l + 1) + ": " + bad);
                    }
                    continue;
                }
                rows[(int) r] = row;
                if ("failed".equals(Csv.split(row).get(statusColumn))) {
                    failed++;
                }
            }
        }
        if (rowProblems > MAX_LISTED) {
            problems.add("… and " + (rowProblems - MAX_LISTED) + " more damaged rows");
        }
        if (!missing.isEmpty()) {
            problems.add(0, missing.size() + " of " + n + " shards missing or unfinished: " + SweepStatus.compact(missing)
                    + " (e.g. " + folder.dir().relativize(folder.shardFile(missing.get(0), n)) + ")");
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
            throw new SweepFolderException("cannot merge " + folder.dir() + " (nothing was changed):\n  "
                    + String.join("\n  ", problems)
                    + "\n(see `radsim sweep status " + folder.dir() + "` for the commands that rerun shards)");
        }
        StringBuilder sb = new StringBuilder(header).append(Csv.EOL);
        for (String row : rows) {
            sb.append(row).append(Csv.EOL);
        }
        Plan.writeAtomically(folder.results(), sb.toString());
        new SeriesParts(folder.dir(), plan.outputs().contains(Sweep.TIMESERIES), plan.outputs().contains(Sweep.REGIONS))
                .join(folder.dir(), plan.runs());
        DataDictionary.describeSweep(folder.dir(), plan.factorNames());
        return new Merged(plan.runs(), failed, n);
    }

    /**
     * What is wrong with one result row of shard {@code shard} of {@code n}, or null: the field count, the run
     * index (a whole number, one of this shard's runs), the planned point, replication, seed and factor values
     * (exactly as in plan.csv), the status (ok or failed), and every metric of an ok row being a number.
     */
    static String checkRow(String row, int columns, int statusColumn, PlanInfo plan, List<String> planRows, int shard, int n) {
        List<String> c = Csv.split(row);
        if (c.size() != columns) {
            return c.size() + " fields, the header has " + columns;
        }
        long r;
        try {
            r = Long.parseLong(c.get(0));
        } catch (NumberFormatException e) {
            return "run '" + abbreviate(c.get(0)) + "' is not a whole number";
        }
        if (r < 0 || r >= plan.runs() || r % n != shard) {
            return "run " + r + " is not one of this shard's runs";
        }
        if (!row.startsWith(planRows.get((int) r + 1) + ",")) {
            return "run " + r + ": point, replication, seed or factor values differ from " + Plan.PLAN_CSV;
        }
        String status = c.get(statusColumn);
        if (!status.equals("ok") && !status.equals("failed")) {
            return "status '" + abbreviate(status) + "' is neither ok nor failed";
        }
        for (int j = statusColumn + 2; j < c.size(); j++) {
            String v = c.get(j);
            if (status.equals("failed") && v.isEmpty()) {
                continue;
            }
            try {
                Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return "metric " + plan.metrics().get(j - statusColumn - 2) + " = '" + abbreviate(v) + "' is not a number";
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return org.radsim.core.scenario.Excerpt.of(s);
    }
}
