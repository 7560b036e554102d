package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calibration process killed with SIGKILL in the middle of a generation resumes with {@code --resume} and ends
 * with the same posterior.csv, byte for byte, as an uninterrupted run.
 */
class CalibrateKillTest {

    @Test
    void sigkillMidGenerationThenResumeGivesTheSamePosterior(@TempDir Path dir) throws Exception {
        Path f = CalibrateCommandTest.write(dir, CalibrateCommandTest.GOOD.replace("particles: 30", "particles: 60")
                .replace("stop: {max_generations: 3}", "stop: {max_generations: 5}"));
        Path fresh = dir.resolve("fresh");
        assertEquals(0, CliRun.of("calibrate", f.toString(), "--out", fresh.toString(), "--quiet", "--no-report").exit());
        byte[] reference = Files.readAllBytes(fresh.resolve("posterior.csv"));

        Path out = dir.resolve("killed");
        Process p = JavaProcess.radsim("calibrate", f.toString(), "--out", out.toString(), "--quiet", "--no-report",
                "--threads", "2").redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        // kill once generation 2 has some but not all of its particles
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < deadline && count(out.resolve("parts/g002")) < 10) {
            Thread.sleep(20);
        }
        p.destroyForcibly().waitFor();
        long kept = count(out.resolve("parts/g002"));
        assertTrue(kept > 0 && !Files.exists(out.resolve("posterior.csv")), "killed mid-calibration (" + kept + " particles kept)");

        CliRun r = CliRun.of("calibrate", f.toString(), "--out", out.toString(), "--resume", "--quiet", "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertArrayEquals(reference, Files.readAllBytes(out.resolve("posterior.csv")));
    }

    private static long count(Path d) throws Exception {
        if (!Files.isDirectory(d)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(x -> x.toString().endsWith(".csv")).count();
        }
    }
}
