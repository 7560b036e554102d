package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Slurm run: the sweep as 4 array tasks plus the dependent merge job, compared byte for byte with a local
 * run; then one shard is removed on purpose, {@code sweep status} must name it, and the command it prints reruns
 * the shard and merges again. Needs {@code sbatch} on the PATH (CI starts the local single-node Slurm of
 * ../shared/cluster and sets RADSIM_REQUIRE_SLURM=1, which turns a missing Slurm into a failure).
 */
class SlurmSweepTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsSlurm() throws Exception {
        boolean present = org.radsim.core.sweep.SlurmScript.sbatchAvailable() && controllerAnswers();
        if (!present && "1".equals(System.getenv("RADSIM_REQUIRE_SLURM"))) {
            fail("RADSIM_REQUIRE_SLURM=1 but sbatch is not on the PATH or no Slurm controller answers (SLURM_CONF="
                    + System.getenv("SLURM_CONF") + ")");
        }
        Assumptions.assumeTrue(present, "no running Slurm; start ../shared/cluster/start-slurm.sh to run this test");
    }

    /** Slurm packages may be installed without a running controller: then sinfo fails. */
    private static boolean controllerAnswers() throws Exception {
        Process p = new ProcessBuilder("sinfo", "-h", "-o", "%T").redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0;
    }

    @Test
    void aSlurmArraySweepMergesToTheLocalTableAndAFailedShardIsRerun() throws Exception {
        Files.copy(Path.of("src/test/resources/sweep/small.yaml"), tmp.resolve("small.yaml"));
        Path sweep = tmp.resolve("real-lhs.yaml");
        Files.copy(Path.of("src/test/resources/sweep/real-lhs.yaml"), sweep);

        Path local = tmp.resolve("local");
        assertEquals(0, CliRun.of("sweep", "run", sweep.toString(), "--out", local.toString(), "--quiet").exit());
        byte[] reference = Files.readAllBytes(local.resolve("results.csv"));

        Path cluster = tmp.resolve("cluster");
        CliRun submit = CliRun.of("sweep", "submit", sweep.toString(), "--slurm", "--shards", "4", "--out", cluster.toString());
        assertEquals(0, submit.exit(), submit.out() + submit.err());
        Matcher ids = Pattern.compile("array job (\\d+), merge job (\\d+)").matcher(submit.out());
        assertTrue(ids.find(), submit.out());
        waitFor(ids.group(1) + "," + ids.group(2), cluster);
        assertTrue(Files.exists(cluster.resolve("results.csv")), "the merge job wrote results.csv; logs: " + logs(cluster));
        assertArrayEquals(reference, Files.readAllBytes(cluster.resolve("results.csv")), "Slurm table = local table");
        for (int i = 0; i < 4; i++) {
            assertTrue(Files.exists(cluster.resolve("shards/shard-" + i + "-of-4.csv")));
        }

        // fail shard 2 on purpose: its table and record disappear, as if its task had died
        Files.delete(cluster.resolve("shards/shard-2-of-4.csv"));
        Files.delete(cluster.resolve("shards/shard-2-of-4.json"));
        Files.delete(cluster.resolve("results.csv"));
        CliRun status = CliRun.of("sweep", "status", cluster.toString());
        assertEquals(SweepStatusCommand.UNFINISHED, status.exit(), status.out());
        assertTrue(status.out().contains("shard 2: missing"), status.out());
        String rerun = status.out().lines().filter(l -> l.contains("sbatch --parsable --array=2 ")).findFirst()
                .orElseThrow(() -> new AssertionError("no sbatch rerun command in:\n" + status.out())).trim();

        Process p = new ProcessBuilder("bash", "-c", rerun + " && echo \"$job\"").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor(), out);
        List<String> lines = out.lines().toList();
        // the merge job's "Submitted batch job N", then the array job id echoed from $job
        String mergeJob = lines.get(0).replaceAll(".*?(\\d+)\\s*$", "$1");
        String arrayJob = lines.get(lines.size() - 1).split(";")[0].trim();
        waitFor(arrayJob + "," + mergeJob, cluster);
        assertEquals(0, CliRun.of("sweep", "status", cluster.toString()).exit());
        assertArrayEquals(reference, Files.readAllBytes(cluster.resolve("results.csv")), "rerun and merged again");
    }

    private static void waitFor(String jobs, Path cluster) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            Process q = new ProcessBuilder("squeue", "-h", "-j", jobs).redirectErrorStream(true).start();
            String out = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            q.waitFor();
            if (out.isEmpty() || out.contains("Invalid job id")) {
                return;
            }
            Thread.sleep(500);
        }
        fail("jobs " + jobs + " still queued after 240 s; logs: " + logs(cluster));
    }

    private static String logs(Path cluster) throws Exception {
        StringBuilder sb = new StringBuilder();
        File[] files = cluster.resolve("slurm/logs").toFile().listFiles();
        if (files != null) {
            for (File f : files) {
                sb.append("\n== ").append(f.getName()).append('\n').append(Files.readString(f.toPath()));
            }
        }
        return sb.toString();
    }
}
