package org.radsim.core.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Slurm job scripts of a sweep (CLUSTER.md): a job array whose task {@code i} runs shard {@code i} of
 * {@code n} ({@code --array=0-(n−1)%k}; the shard count is written into the script, never taken from
 * {@code SLURM_ARRAY_TASK_COUNT}, which is wrong after a partial resubmission), and a merge job meant to depend on
 * it ({@code --dependency=afterok}). All paths are absolute and quoted (in the {@code #SBATCH} lines too); the
 * results folder must be on a filesystem shared by the nodes. The log folder is created here because Slurm fails a
 * job whose output folder is missing. The launcher given runs a copy of radsim taken at submit time (see
 * {@code radsim sweep submit}), so a rebuild while array tasks wait does not change what they run.
 */
public final class SlurmScript {

    public static final String ARRAY_SCRIPT = "sweep-array.sh";
    public static final String MERGE_SCRIPT = "sweep-merge.sh";
    /** Largest array a plan may use: real clusters usually keep Slurm's MaxArraySize = 1001. */
    public static final int MAX_TASKS = 1000;

    /**
     * @param shards    array tasks n
     * @param parallel  at most k tasks at once ({@code %k})
     * @param launcher  the command that starts radsim, e.g. {@code [/usr/bin/java, -jar, /abs/radsim-all.jar]}
     * @param prologue  shell lines run before radsim in each job (e.g. {@code module load java/17})
     * @param time      {@code --time}, null to leave out (likewise mem, partition, account)
     */
    public record Options(int shards, int parallel, int cpusPerTask, String time, String mem, String partition,
                          String account, List<String> prologue, List<String> launcher) {
        public Options {
            prologue = List.copyOf(prologue);
            launcher = List.copyOf(launcher);
            if (shards < 1 || shards > MAX_TASKS) {
                throw new IllegalArgumentException("--shards must be between 1 and " + MAX_TASKS + " (got " + shards + ")");
            }
        }
    }

    /** The written scripts. */
    public record Scripts(Path array, Path merge, Path logs) { }

    private SlurmScript() {
    }

    public static Scripts write(SweepFolder folder, Path sweepFile, String name, Options o) throws IOException {
        Files.createDirectories(folder.slurm());
        Path logs = Files.createDirectories(folder.slurm().resolve("logs"));
        Files.createDirectories(folder.shards());
        String job = "radsim-" + name.replaceAll("[^A-Za-z0-9_.-]", "_");
        String sweep = sweepFile.toAbsolutePath().normalize().toString();
        String dir = folder.dir().toString();

        List<String> array = new ArrayList<>();
        array.add("#!/bin/bash");
        array.add("# radsim sweep: task i of this array runs shard i of " + o.shards() + " (runs with index mod "
                + o.shards() + " == i).");
        array.add("# Rerun some shards (see radsim sweep status) with: sbatch --array=I,J,... "
                + SweepStatus.shellQuote(folder.slurm().resolve(ARRAY_SCRIPT).toString()));
        array.add("#SBATCH --job-name=" + quote(job));
        array.add("#SBATCH --array=0-" + (o.shards() - 1) + "%" + Math.max(1, Math.min(o.parallel(), o.shards())));
        array.add("#SBATCH --output=" + quote(logs.resolve("shard-%a-job-%A.log").toString()));
        options(array, o);
        array.add("set -euo pipefail");
        array.addAll(o.prologue());
        array.add("exec " + command(o.launcher()) + " sweep run " + SweepStatus.shellQuote(sweep)
                + " --shard \"$SLURM_ARRAY_TASK_ID\" --shards " + o.shards() + " --threads " + o.cpusPerTask()
                + " --out " + SweepStatus.shellQuote(dir) + " --plain-progress");

        List<String> merge = new ArrayList<>();
        merge.add("#!/bin/bash");
        merge.add("# radsim sweep: merges the " + o.shards() + " shards once the array has succeeded.");
        merge.add("#SBATCH --job-name=" + quote(job + "-merge"));
        merge.add("#SBATCH --output=" + quote(logs.resolve("merge-job-%j.log").toString()));
        options(merge, new Options(o.shards(), o.parallel(), 1, o.time(), o.mem(), o.partition(), o.account(),
                o.prologue(), o.launcher()));
        merge.add("set -euo pipefail");
        merge.addAll(o.prologue());
        merge.add("exec " + command(o.launcher()) + " sweep merge " + SweepStatus.shellQuote(dir) + " --shards " + o.shards());

        Path a = folder.slurm().resolve(ARRAY_SCRIPT);
        Path m = folder.slurm().resolve(MERGE_SCRIPT);
        writeScript(a, array);
        writeScript(m, merge);
        Files.writeString(folder.slurm().resolve("shards.txt"), o.shards() + "\n", StandardCharsets.UTF_8);
        return new Scripts(a, m, logs);
    }

    private static void options(List<String> lines, Options o) {
        lines.add("#SBATCH --cpus-per-task=" + o.cpusPerTask());
        if (o.time() != null) {
            lines.add("#SBATCH --time=" + quote(o.time()));
        }
        if (o.mem() != null) {
            lines.add("#SBATCH --mem=" + quote(o.mem()));
        }
        if (o.partition() != null) {
            lines.add("#SBATCH --partition=" + quote(o.partition()));
        }
        if (o.account() != null) {
            lines.add("#SBATCH --account=" + quote(o.account()));
        }
    }

    /**
     * A value of an {@code #SBATCH} line: sbatch reads these lines itself (no shell), splitting at white space
     * and honouring double quotes, so a value with a space, quote or {@code #} is written in double quotes (a
     * double quote inside cannot be written and is refused).
     */
    static String quote(String value) {
        if (value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("an #SBATCH value cannot hold a double quote or a line break: "
                    + org.radsim.core.scenario.Excerpt.of(value));
        }
        return value.matches("[A-Za-z0-9_./=:@%+,-]+") ? value : "\"" + value + "\"";
    }

    /**
     * The JVM heap option for a job: 75 % of {@code --mem} (Slurm's unit defaults to megabytes) so that the job's
     * memory limit leaves room for the JVM's own memory, or, without {@code --mem}, 75 % of the memory the job
     * may use ({@code -XX:MaxRAMPercentage}, read from the job's cgroup).
     */
    public static String heapOption(String mem) {
        if (mem == null) {
            return "-XX:MaxRAMPercentage=75";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)([KkMmGgTt]?)").matcher(mem.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--mem " + org.radsim.core.scenario.Excerpt.of(mem)
                    + ": expected a size such as 4000, 4000M or 4G");
        }
        long mb = Long.parseLong(m.group(1));
        switch (m.group(2).toUpperCase(java.util.Locale.ROOT)) {
            case "K" -> mb = Math.max(1, mb / 1024);
            case "G" -> mb *= 1024;
            case "T" -> mb *= 1024 * 1024;
            default -> { }
        }
        return "-Xmx" + Math.max(64, mb * 3 / 4) + "m";
    }

    private static String command(List<String> launcher) {
        return String.join(" ", launcher.stream().map(SweepStatus::shellQuote).toList());
    }

    private static void writeScript(Path p, List<String> lines) throws IOException {
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX filesystem: sbatch reads the script, it need not be executable
        }
    }

    /** The commands that submit the array and the merge job depending on it. */
    public static String submitCommands(Scripts s) {
        return "job=$(sbatch --parsable " + SweepStatus.shellQuote(s.array().toString()) + ") && sbatch --dependency=afterok:${job%%;*} "
                + "--kill-on-invalid-dep=yes " + SweepStatus.shellQuote(s.merge().toString());
    }

    /** Job ids of a submission. */
    public record Submission(String arrayJob, String mergeJob) { }

    /** Submits with {@code sbatch} (which must be on the PATH): the array, then the merge job after it. */
    public static Submission submit(Scripts s) throws IOException {
        String a = sbatch(List.of("sbatch", "--parsable", s.array().toString()));
        String m = sbatch(List.of("sbatch", "--parsable", "--dependency=afterok:" + a, "--kill-on-invalid-dep=yes",
                s.merge().toString()));
        return new Submission(a, m);
    }

    private static String sbatch(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (p.waitFor() != 0) {
                throw new IOException("sbatch failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while submitting", e);
        }
        String last = out.lines().reduce((x, y) -> y).orElse("");
        int semi = last.indexOf(';');
        return semi < 0 ? last : last.substring(0, semi);
    }

    /** Whether {@code sbatch} is on the PATH. */
    public static boolean sbatchAvailable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, "sbatch"))) {
                return true;
            }
        }
        return false;
    }
}
