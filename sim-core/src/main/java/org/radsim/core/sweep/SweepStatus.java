package org.radsim.core.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.radsim.core.output.Csv;

/**
 * The state of each shard of a sweep folder — done (with its failed runs), partial (running or killed), missing —
 * and the exact commands that rerun the unfinished ones: the {@code sbatch --array=…} of the folder's job script
 * (with the merge job depending on it) when the sweep was submitted to Slurm, and the local {@code radsim sweep run}.
 */
public record SweepStatus(PlanInfo plan, int shards, List<Shard> shardStates, boolean merged) {

    /** One shard: state is done, partial or missing; rows written so far; failed runs among them. */
    public record Shard(int index, String state, long rows, long expected, long failed) { }

    public static SweepStatus of(SweepFolder folder, int requestedShards) throws IOException {
        PlanInfo plan = folder.plan();
        int n = folder.shardCount(requestedShards);
        int statusColumn = 4 + plan.factors().size();
        List<Shard> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long expected = i < plan.runs() ? (plan.runs() - 1 - i) / n + 1 : 0;
            java.nio.file.Path f = folder.shardFile(i, n);
            java.nio.file.Path p = folder.partialFile(i, n);
            String state;
            java.nio.file.Path read = null;
            if (Files.exists(f)) {
                boolean ours = Files.exists(folder.shardInfo(i, n))
                        && ShardInfo.read(folder.shardInfo(i, n)).planHash().equals(plan.hash());
                state = ours ? "done" : "other-plan";
                read = f;
            } else if (Files.exists(p)) {
                state = "partial";
                read = p;
            } else {
                state = "missing";
            }
            long rows = 0;
            long failed = 0;
            if (read != null) {
                List<String> lines = SweepFolder.completeLines(read);
                for (String row : lines.subList(Math.min(1, lines.size()), lines.size())) {
                    rows++;
                    List<String> cells = Csv.split(row);
                    if (cells.size() > statusColumn && "failed".equals(cells.get(statusColumn))) {
                        failed++;
                    }
                }
                if (state.equals("done") && rows != expected) {
                    state = "corrupt";
                }
            }
            out.add(new Shard(i, state, rows, expected, failed));
        }
        boolean merged = Files.exists(folder.results());
        return new SweepStatus(plan, n, out, merged);
    }

    /** Shards that must run again: everything not done. */
    public List<Integer> unfinished() {
        return shardStates.stream().filter(s -> !s.state().equals("done")).map(Shard::index).toList();
    }

    public long failedRuns() {
        return shardStates.stream().mapToLong(Shard::failed).sum();
    }

    /** A human report, with the rerun commands when shards are unfinished. */
    public String render(SweepFolder folder) {
        StringBuilder sb = new StringBuilder();
        long done = shardStates.stream().filter(s -> s.state().equals("done")).count();
        sb.append("sweep ").append(plan.name()).append(": ").append(plan.runs()).append(" runs in ").append(shards)
                .append(" shards; ").append(done).append(" done, ").append(unfinished().size()).append(" unfinished; ")
                .append(failedRuns()).append(" failed runs recorded").append(merged ? "; merged: " + folder.results() : "")
                .append('\n');
        for (Shard s : shardStates) {
            if (!s.state().equals("done") || s.failed() > 0) {
                sb.append(String.format(java.util.Locale.ROOT, "  shard %d: %s, %d/%d rows%s%n", s.index(), s.state(),
                        s.rows(), s.expected(), s.failed() > 0 ? ", " + s.failed() + " failed runs" : ""));
            }
        }
        List<Integer> todo = unfinished();
        if (!todo.isEmpty()) {
            sb.append("unfinished shards: ").append(compact(todo)).append('\n');
            java.nio.file.Path array = folder.slurm().resolve(SlurmScript.ARRAY_SCRIPT);
            java.nio.file.Path merge = folder.slurm().resolve(SlurmScript.MERGE_SCRIPT);
            for (int i : todo) {
                if (shardStates.get(i).state().equals("corrupt") || shardStates.get(i).state().equals("other-plan")) {
                    sb.append("first remove the bad file: rm ").append(shellQuote(folder.shardFile(i, shards).toString()))
                            .append(' ').append(shellQuote(folder.shardInfo(i, shards).toString())).append('\n');
                }
            }
            if (Files.exists(array)) {
                sb.append("rerun on Slurm:\n  job=$(sbatch --parsable --array=").append(join(todo)).append(' ')
                        .append(shellQuote(array.toString())).append(") && sbatch --dependency=afterok:${job%%;*} --kill-on-invalid-dep=yes ")
                        .append(shellQuote(merge.toString())).append('\n');
            }
            if (plan.sweepFile() != null) {
                sb.append("or locally:\n");
                for (int i : todo) {
                    sb.append("  radsim sweep run ").append(shellQuote(plan.sweepFile())).append(" --shard ").append(i)
                            .append(" --shards ").append(shards).append(" --out ").append(shellQuote(folder.dir().toString())).append('\n');
                }
                sb.append("  radsim sweep merge ").append(shellQuote(folder.dir().toString())).append('\n');
            }
        } else if (!merged) {
            sb.append("all shards done; merge with: radsim sweep merge ").append(shellQuote(folder.dir().toString())).append('\n');
        }
        return sb.toString();
    }

    static String join(List<Integer> xs) {
        return String.join(",", xs.stream().map(String::valueOf).toList());
    }

    /** Shard lists for messages: {@code 0,3,7} (at most 20 shown). */
    static String compact(List<Integer> xs) {
        return xs.size() <= 20 ? join(xs) : join(xs.subList(0, 20)) + ",… (" + xs.size() + " in all)";
    }

    static String shellQuote(String s) {
        return s.matches("[A-Za-z0-9_./=:@%+-]+") ? s : "'" + s.replace("'", "'\"'\"'") + "'";
    }
}
