package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL at 20 random moments — while replications run, while the tables are joined, while the
 * statistics, charts and report are written — and then resumed ends with tables and statistics byte-identical to an
 * uninterrupted run, every time. The kill moments are drawn (fixed seed) uniformly over the measured time from the
 * folder's first manifest to the end of an uninterrupted run in a child JVM, the real command line.
 */
class SigkillResumeTest {

    private static final List<String> COMPARED = List.of("timeseries.csv", "regions.csv", "summary.csv",
            "summary-stats.csv", "timeseries-stats.csv", "regions-stats.csv", "scenario.yaml");

    @TempDir
    Path dir;

    private Process start(Path scenario, Path out) throws Exception {
        return JavaProcess.radsim("run", scenario.toString(), "--ticks", "24", "--replications", "3", "--threads", "1",
                        "--out", out.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve(out.getFileName() + ".log").toFile()).start();
    }

    private static long waitFor(Path file, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(file) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        return System.nanoTime();
    }

    @Test
    void aRunKilledAtTwentyRandomMomentsResumesToTheSameBytesEveryTime() throws Exception {
        Path scenario = dir.resolve("tiny.yaml");
        Files.writeString(scenario, ResultsFolderIntegrityTest.BASE.replace("size: 500", "size: 800"));
        Path whole = dir.resolve("whole");
        Process w = start(scenario, whole);
        long t0 = waitFor(whole.resolve("manifest.json"), w);
        assertTrue(w.waitFor(120, TimeUnit.SECONDS));
        long work = System.nanoTime() - t0;
        assertEquals(0, w.exitValue(), Files.readString(dir.resolve("whole.log")));

        Random rng = new Random(20261202);
        int duringReplications = 0;
        int afterTables = 0;
        List<String> log = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            Path cut = dir.resolve("cut" + k);
            Process p = start(scenario, cut);
            waitFor(cut.resolve("manifest.json"), p);
            long delay = (long) (rng.nextDouble() * work);
            TimeUnit.NANOSECONDS.sleep(delay);
            boolean tables = Files.exists(cut.resolve("summary.csv"));
            boolean alive = p.isAlive();
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            if (alive && tables) {
                afterTables++;
            } else if (alive) {
                duringReplications++;
            }
            log.add(k + ": " + delay / 1_000_000 + " ms, " + (alive ? tables ? "tables joined" : "replicating" : "done"));
            CliRun r = CliRun.of("run", scenario.toString(), "--ticks", "24", "--replications", "3", "--threads", "1",
                    "--out", cut.toString(), "--quiet", "--resume");
            assertEquals(0, r.exit(), "kill " + log.get(k) + ": " + r.err());
            for (String f : COMPARED) {
                assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(cut.resolve(f)),
                        "kill " + log.get(k) + ": " + f);
            }
            assertEquals(0, CliRun.of("report", "--check", cut.toString()).exit(), "kill " + log.get(k));
        }
        assertTrue(duringReplications >= 1 && afterTables >= 1,
                "kills fell both while replicating and while the statistics and report were written: " + log);
    }
}
