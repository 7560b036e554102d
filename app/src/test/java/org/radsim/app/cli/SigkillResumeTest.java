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
 * uninterrupted run, every time. The kill moments are drawn (fixed seed) from the times measured on an uninterrupted
 * run in a child JVM (the real command line): half uniformly while its replications run (from the first manifest to
 * the joined summary.csv), half uniformly over the rest (join, statistics, charts, report).
 */
class SigkillResumeTest {

    private static final List<String> COMPARED = List.of("timeseries.csv", "regions.csv", "summary.csv",
            "summary-stats.csv", "timeseries-stats.csv", "regions-stats.csv", "scenario.yaml");

    @TempDir
    Path dir;

    private Process start(Path scenario, Path out) throws Exception {
        ProcessBuilder pb = JavaProcess.radsim("run", scenario.toString(), "--ticks", "24", "--replications", "3",
                "--threads", "1", "--out", out.toString(), "--quiet");
        // a short-lived JVM starts faster with the client compiler only; the outputs do not depend on it
        pb.command().addAll(1, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        return pb.redirectErrorStream(true).redirectOutput(dir.resolve(out.getFileName() + ".log").toFile()).start();
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
        long replicating = waitFor(whole.resolve("summary.csv"), w) - t0;
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
            // stratified: even kills while the replications run, odd ones while tables, statistics, report are written
            long delay = k % 2 == 0 ? (long) (rng.nextDouble() * replicating)
                    : replicating + (long) (rng.nextDouble() * (work - replicating));
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
        System.out.println("SigkillResumeTest: " + duringReplications + " kills while replicating, " + afterTables
                + " while statistics and report were written: " + log);
        assertTrue(duringReplications >= 1 && afterTables >= 1,
                "kills fell both while replicating and while the statistics and report were written: " + log);
    }
}
