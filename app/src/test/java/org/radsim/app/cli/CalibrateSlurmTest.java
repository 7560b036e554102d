package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calibration on a real Slurm: each generation as one job array of 3 tasks ({@code calibrate --slurm --shards 3}),
 * then a local {@code --resume} that only assembles the tables; posterior.csv must equal the local run's byte for
 * byte. Skipped unless Slurm answers; RADSIM_REQUIRE_SLURM=1 turns a missing Slurm into a failure (as
 * {@link SlurmSweepTest}).
 */
class CalibrateSlurmTest {

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
    void eachGenerationAsAJobArrayEqualsTheLocalRun() throws Exception {
        Path f = CalibrateCommandTest.write(tmp, CalibrateCommandTest.GOOD);
        Path local = tmp.resolve("local");
        assertEquals(0, CliRun.of("calibrate", f.toString(), "--out", local.toString(), "--quiet", "--no-report").exit());
        byte[] reference = Files.readAllBytes(local.resolve("posterior.csv"));

        Path cluster = tmp.resolve("cluster");
        for (int g = 0; g < 10; g++) {
            CliRun submit = CliRun.of("calibrate", f.toString(), "--out", cluster.toString(), "--slurm", "--shards", "3",
                    "--threads", "1");
            assertEquals(0, submit.exit(), submit.out() + submit.err());
            Matcher id = Pattern.compile("array job (\\d+)").matcher(submit.out());
            assertTrue(id.find(), submit.out());
            waitFor(id.group(1));
            String logs = logs(cluster);
            if (logs.contains("the calibration has stopped")) {
                break;
            }
            assertTrue(logs.contains("shard 2/3 done"), logs);
        }
        CliRun assemble = CliRun.of("calibrate", f.toString(), "--out", cluster.toString(), "--resume", "--quiet", "--no-report");
        assertEquals(0, assemble.exit(), assemble.err());
        assertArrayEquals(reference, Files.readAllBytes(cluster.resolve("posterior.csv")), "Slurm posterior = local posterior");
    }

    private static void waitFor(String job) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            Process q = new ProcessBuilder("squeue", "-h", "-j", job).redirectErrorStream(true).start();
            String out = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            q.waitFor();
            if (out.isEmpty() || out.contains("Invalid job id")) {
                return;
            }
            Thread.sleep(500);
        }
        fail("job " + job + " still queued after 240 s");
    }

    private static String logs(Path cluster) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (var s = Files.list(cluster.resolve("slurm/logs"))) {
            for (Path p : s.sorted().toList()) {
                sb.append("\n== ").append(p.getFileName()).append('\n').append(Files.readString(p));
            }
        }
        // only the latest array's logs matter: clear them for the next generation
        try (var s = Files.list(cluster.resolve("slurm/logs"))) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        return sb.toString();
    }
}
