package org.radsim.app.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.radsim.core.sweep.Plan;
import org.radsim.core.sweep.ShardRunner;
import org.radsim.core.sweep.SlurmScript;
import org.radsim.core.sweep.SweepFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radsim sweep submit SWEEP --slurm}: a Slurm job array of shards and a dependent merge job. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Write the plan, an sbatch job-array script (task i runs shard i of n) and a merge job that "
                + "depends on it (afterok), with absolute paths; submit both when sbatch is on the PATH, else print "
                + "the commands. The sweep folder must be on a filesystem shared by the nodes.")
final class SweepSubmitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SWEEP", description = "The sweep file (YAML).")
    Path sweepFile;

    @Option(names = "--slurm", required = true, description = "Submit to Slurm (the only scheduler supported).")
    boolean slurm;

    @Option(names = "--out", paramLabel = "DIR", description = "Sweep folder (default: results/sweep-<name>).")
    Path out;

    @Option(names = "--shards", paramLabel = "N", description = "Array tasks; each runs about runs/N runs (default: min(runs, 100); at most 1000).")
    Integer shards;

    @Option(names = "--parallel", paramLabel = "K", description = "At most K array tasks at once (--array=0-(N-1)%%K; default: N).")
    Integer parallel;

    @Option(names = "--cpus-per-task", paramLabel = "C", defaultValue = "1", description = "CPUs per task; runs use that many threads (default: ${DEFAULT-VALUE}).")
    int cpus;

    @Option(names = "--time", description = "sbatch --time, e.g. 02:00:00.")
    String time;

    @Option(names = "--mem", description = "sbatch --mem, e.g. 4G.")
    String mem;

    @Option(names = "--partition", description = "sbatch --partition.")
    String partition;

    @Option(names = "--account", description = "sbatch --account.")
    String account;

    @Option(names = "--prologue", paramLabel = "LINE", description = "A shell line run before radsim in every job (repeatable), e.g. 'module load java/17'.")
    List<String> prologue = new ArrayList<>();

    @Option(names = "--java", paramLabel = "PATH", description = "The java the jobs run (default: this JVM's, by absolute path; say 'java' to use the PATH after a module load).")
    String java;

    @Option(names = "--no-submit", description = "Write the scripts and print the sbatch commands, even when sbatch is available.")
    boolean noSubmit;

    @Override
    public Integer call() throws Exception {
        Plan plan = SweepFiles.plan(sweepFile);
        int n = shards != null ? shards : (int) Math.min(plan.runs(), 100);
        if (n < 1 || n > SlurmScript.MAX_TASKS) {
            throw new BadInput("--shards must be between 1 and " + SlurmScript.MAX_TASKS
                    + " (pack many runs into each array task; clusters usually cap arrays at 1001)");
        }
        if (n > plan.runs()) {
            throw new BadInput("--shards " + n + " is more than the " + plan.runs() + " runs of the plan");
        }
        if (cpus < 1) {
            throw new BadInput("--cpus-per-task must be at least 1");
        }
        SweepFolder folder = new SweepFolder(SweepFiles.out(out, plan));
        ShardRunner.preparePlan(plan, folder);
        String heap;
        try {
            heap = SlurmScript.heapOption(mem);
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
        SlurmScript.Options o = new SlurmScript.Options(n, parallel != null ? parallel : n, cpus, time, mem, partition,
                account, prologue, launcher(folder, heap));
        SlurmScript.Scripts s = SlurmScript.write(folder, sweepFile, plan.sweep().name(), o);
        out().printf("sweep %s: %d runs in %d array tasks (about %d runs each)%n", plan.sweep().name(), plan.runs(),
                n, (plan.runs() + n - 1) / n);
        out().printf("scripts: %s, %s%nlogs: %s%n", s.array(), s.merge(), s.logs());
        if (!noSubmit && SlurmScript.sbatchAvailable()) {
            SlurmScript.Submission sub = SlurmScript.submit(s);
            Files.writeString(folder.slurm().resolve("jobs.txt"), "array " + sub.arrayJob() + "\nmerge " + sub.mergeJob() + "\n");
            out().printf("submitted: array job %s, merge job %s (after it succeeds)%n", sub.arrayJob(), sub.mergeJob());
            out().printf("check with: squeue -j %s,%s ; radsim sweep status %s%n", sub.arrayJob(), sub.mergeJob(), folder.dir());
        } else {
            out().println((noSubmit ? "not submitted" : "sbatch is not on the PATH") + "; submit with:");
            out().println("  " + SlurmScript.submitCommands(s));
        }
        return 0;
    }

    /**
     * How a job starts radsim: {@code java -jar} a copy of this jar, or {@code java -cp} a copy of this class path
     * (development), taken now into {@code slurm/code/<time>/}, so that a rebuild while array tasks are pending
     * does not change what they run. Jars of the local Maven repository are immutable releases and are used in
     * place, except SNAPSHOT ones. {@code heap} sets the JVM heap of the job.
     */
    private List<String> launcher(SweepFolder folder, String heap) throws URISyntaxException, IOException {
        String javaBin = java != null ? java : Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(javaBin, heap, "-Djava.awt.headless=true"));
        // the jobs record the same tool commit as this process (set by the ./radsim launcher)
        org.radsim.core.run.ToolVersion.gitCommit().ifPresent(c -> cmd.add("-Dradsim.commit=" + c));
        Path codeDir = folder.slurm().resolve("code").resolve(LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + ProcessHandle.current().pid());
        Files.createDirectories(codeDir);
        Path code = Path.of(Radsim.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isRegularFile(code) && code.toString().endsWith(".jar") && isShaded(code)) {
            Path copy = codeDir.resolve("radsim.jar");
            Files.copy(code, copy, StandardCopyOption.REPLACE_EXISTING);
            cmd.add("-jar");
            cmd.add(copy.toAbsolutePath().toString());
        } else {
            Path repo = Path.of(System.getProperty("user.home"), ".m2", "repository").toAbsolutePath().normalize();
            List<String> cp = new ArrayList<>();
            int i = 0;
            for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (e.isBlank()) {
                    continue;
                }
                Path entry = Path.of(e).toAbsolutePath().normalize();
                if (!Files.exists(entry) || (entry.startsWith(repo) && !entry.toString().contains("SNAPSHOT"))) {
                    cp.add(entry.toString());
                } else {
                    Path copy = codeDir.resolve(String.format(Locale.ROOT, "%02d-%s", i++, entry.getFileName()));
                    copyTree(entry, copy);
                    cp.add(copy.toString());
                }
            }
            cmd.add("-cp");
            cmd.add(String.join(File.pathSeparator, cp));
            cmd.add(Radsim.class.getName());
        }
        return cmd;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Whether {@code jar} carries its dependencies (the fat jar), so {@code java -jar} alone runs it. */
    private static boolean isShaded(Path jar) {
        try (var j = new java.util.jar.JarFile(jar.toFile())) {
            return j.getEntry("picocli/CommandLine.class") != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
