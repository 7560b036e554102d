package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killing {@code sweep run} midway and rerunning it finishes only the missing runs; the table equals an uninterrupted run. */
class SweepResumeTest {

    @TempDir
    Path tmp;

    @Test
    void aKilledSweepResumesWithOnlyTheMissingRuns() throws Exception {
        Files.copy(Path.of("src/test/resources/sweep/small.yaml"), tmp.resolve("small.yaml"));
        Path sweep = tmp.resolve("resume.yaml");
        Files.copy(Path.of("src/test/resources/sweep/resume.yaml"), sweep);
        Path out = tmp.resolve("killed");
        Path partial = out.resolve("shards/shard-0-of-1.csv.partial");

        Process p = JavaProcess.radsim("sweep", "run", sweep.toString(), "--out", out.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("first.log").toFile()).start();
        long rowsAtKill = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (Files.exists(partial)) {
                rowsAtKill = Files.readAllLines(partial, StandardCharsets.UTF_8).size() - 1;
                if (rowsAtKill >= 2) {
                    break;
                }
            }
            Thread.sleep(10);
        }
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(rowsAtKill >= 2, "the first run wrote rows before it was killed: " + Files.readString(tmp.resolve("first.log")));
        assertTrue(Files.exists(partial) && !Files.exists(out.resolve("results.csv")),
                "killed midway: a partial shard and no results (24 runs take longer than the first rows)");
        long kept = Files.readAllLines(partial).size() - 1;

        Process again = JavaProcess.radsim("sweep", "run", sweep.toString(), "--out", out.toString(), "--threads", "2")
                .redirectErrorStream(true).start();
        String log = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, again.waitFor(), log);
        Matcher m = Pattern.compile("24 runs \\((\\d+) already done, (\\d+) run now\\)").matcher(log);
        assertTrue(m.find(), log);
        assertEquals(kept, Long.parseLong(m.group(1)), "every row kept from the killed run counts as done");
        assertEquals(24 - kept, Long.parseLong(m.group(2)), "only the missing runs ran");

        Path fresh = tmp.resolve("uninterrupted");
        assertEquals(0, CliRun.of("sweep", "run", sweep.toString(), "--out", fresh.toString(), "--quiet").exit());
        assertArrayEquals(Files.readAllBytes(fresh.resolve("results.csv")), Files.readAllBytes(out.resolve("results.csv")));
    }
}
