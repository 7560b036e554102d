package org.radsim.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.model.Scenarios;
import org.radsim.core.output.Manifest;
import org.radsim.core.output.ResultsFolderException;
import org.radsim.core.replication.Seeds;
import org.radsim.core.scenario.Scenario;

class RunnerTest {

    private static final List<String> TABLES = List.of("timeseries.csv", "regions.csv", "summary.csv");

    @TempDir
    Path dir;

    private static Scenario small() {
        return Scenarios.of(Scenarios.SMALL, "ticks=30", "population.size=2000", "replications=5");
    }

    private static void assertSameTables(Path a, Path b) throws IOException {
        for (String t : TABLES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(t)), Files.readAllBytes(b.resolve(t)), t);
        }
    }

    @Test
    void outputsAreByteIdenticalOnOneAndFourThreadsAndAcrossRuns() throws Exception {
        Runner.run(small(), RunOptions.simple(dir.resolve("k1"), 1, 5));
        Runner.run(small(), RunOptions.simple(dir.resolve("k4"), 4, 5));
        Runner.run(small(), RunOptions.simple(dir.resolve("k4again"), 4, 5));
        assertSameTables(dir.resolve("k1"), dir.resolve("k4"));
        assertSameTables(dir.resolve("k4"), dir.resolve("k4again"));
        assertFalse(Files.exists(dir.resolve("k1/parts")), "parts are removed once complete");
    }

    @Test
    void theResultsFolderIsCompleteAndSelfDescribing() throws Exception {
        Scenario s = small();
        Runner.run(s, RunOptions.simple(dir.resolve("r"), 2, 5));
        Manifest m = Manifest.read(dir.resolve("r"));
        assertEquals("completed", m.get("status"));
        assertEquals(5, m.replications().size());
        assertEquals(Seeds.replication(s.seed(), 3), ((Number) m.replications().get(3).get("seed")).longValue());
        assertTrue(m.asMap().containsKey("scenario_hash") && m.asMap().containsKey("jvm") && m.asMap().containsKey("wall_seconds"));
        List<String> ts = Files.readAllLines(dir.resolve("r/timeseries.csv"));
        assertEquals(1 + 5 * 31, ts.size());
        assertTrue(ts.get(0).startsWith("replication,tick,neutral,sympathizer"));
        List<String> sum = Files.readAllLines(dir.resolve("r/summary.csv"));
        assertEquals(6, sum.size());
        assertTrue(sum.get(0).startsWith("replication,seed,final_neutral"));
        assertEquals(1 + 5 * 31 * 2, Files.readAllLines(dir.resolve("r/regions.csv")).size());
        assertTrue(Files.readString(dir.resolve("r/scenario.yaml")).contains("name: small"));
    }

    @Test
    void anExistingFolderIsNeverOverwrittenWithoutForce() throws Exception {
        Runner.run(small(), RunOptions.simple(dir.resolve("x"), 2, 2));
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> Runner.run(small(), RunOptions.simple(dir.resolve("x"), 2, 2)));
        assertTrue(e.getMessage().contains("--resume") && e.getMessage().contains("--force"));
        Runner.run(small(), new RunOptions(dir.resolve("x"), 2, 3, false, true, null, null, 3));
        assertEquals(4, Files.readAllLines(dir.resolve("x/summary.csv")).size());
    }

    @Test
    void anInterruptedRunResumesOnlyWhatIsMissingAndEndsIdentical() throws Exception {
        Runner.run(small(), RunOptions.simple(dir.resolve("whole"), 2, 5));
        Progress stopAfterTwo = new Progress() {
            @Override
            public void update(int done, int failed, int total) {
                if (done >= 2) {
                    throw new IllegalStateException("simulated interruption");
                }
            }

            @Override
            public void finish() {
            }
        };
        Path broken = dir.resolve("broken");
        assertThrows(IllegalStateException.class,
                () -> Runner.run(small(), new RunOptions(broken, 1, 5, false, false, stopAfterTwo, null, 5)));
        assertEquals("running", Manifest.read(broken).get("status"));
        assertTrue(Files.isDirectory(broken.resolve("parts/r000000")));
        assertFalse(Files.exists(broken.resolve("summary.csv")));
        int[] ran = {0};
        Progress counting = new Progress() {
            @Override
            public void update(int done, int failed, int total) {
                ran[0] = done;
            }

            @Override
            public void finish() {
            }
        };
        Runner.run(small(), new RunOptions(broken, 2, 5, true, false, counting, null, 5));
        assertSameTables(dir.resolve("whole"), broken);
        assertEquals("completed", Manifest.read(broken).get("status"));
        // resuming a complete folder verifies it and runs nothing
        RunResult again = Runner.run(small(), new RunOptions(broken, 2, 5, true, false, null, null, 5));
        assertTrue(again.alreadyComplete());
        assertSameTables(dir.resolve("whole"), broken);
    }

    @Test
    void resumeRefusesAFolderOfAnotherScenario() throws Exception {
        Runner.run(small(), RunOptions.simple(dir.resolve("a"), 2, 2));
        Manifest m = Manifest.read(dir.resolve("a"));
        m.put("status", "interrupted");
        m.write();
        Scenario other = Scenarios.of(Scenarios.SMALL, "ticks=31", "population.size=2000");
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> Runner.run(other, new RunOptions(dir.resolve("a"), 2, 2, true, false, null, null, 2)));
        assertTrue(e.getMessage().contains("other settings") && e.getMessage().contains("ticks: 30 in the folder, 31 now"),
                e.getMessage());
    }

    @Test
    void aSequentialRunStopsAtTheFirstPrefixThatIsEnoughOnAnyThreadCount() throws Exception {
        StopRule afterFour = new StopRule() {
            @Override
            public boolean enough(List<Map<String, Double>> s) {
                return s.size() >= 4;
            }

            @Override
            public String describe(List<Map<String, Double>> s) {
                return s.size() + " replications";
            }
        };
        RunResult one = Runner.run(small(), new RunOptions(dir.resolve("s1"), 1, 2, false, false, null, afterFour, 9));
        RunResult three = Runner.run(small(), new RunOptions(dir.resolve("s3"), 3, 2, false, false, null, afterFour, 9));
        assertEquals(4, one.completed());
        assertEquals(4, three.completed());
        assertEquals("4 replications", one.stopReason());
        assertSameTables(dir.resolve("s1"), dir.resolve("s3"));
        assertEquals("4 replications", Manifest.read(dir.resolve("s3")).get("stop_reason"));
    }

    /** Progress that stops the run (as a kill would) once {@code n} replications are done. */
    private static Progress stopAfter(int n) {
        return new Progress() {
            @Override
            public void update(int done, int failed, int total) {
                if (done >= n) {
                    throw new IllegalStateException("simulated interruption");
                }
            }

            @Override
            public void finish() {
            }
        };
    }

    @Test
    void resumeWithFewerReplicationsIsRefusedAndKeepsEveryFinishedReplication() throws Exception {
        Path cut = dir.resolve("cut");
        assertThrows(IllegalStateException.class,
                () -> Runner.run(small(), new RunOptions(cut, 1, 5, false, false, stopAfter(3), null, 5)));
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> Runner.run(small(), new RunOptions(cut, 1, 2, true, false, null, null, 2)));
        assertTrue(e.getMessage().contains("--replications: 5 in the folder, 2 now"), e.getMessage());
        for (int r = 0; r < 3; r++) {
            assertTrue(Files.isDirectory(cut.resolve("parts/" + Runner.partName(r))), "replication " + r + " kept");
        }
        assertEquals(5, Runner.recordedReplications(cut).getAsInt(), "a resume without --replications continues with 5");
        Runner.run(small(), new RunOptions(cut, 2, 5, true, false, null, null, 5));
        Runner.run(small(), RunOptions.simple(dir.resolve("whole"), 2, 5));
        assertSameTables(dir.resolve("whole"), cut);
    }

    @Test
    void extendingACompletedRunEndsIdenticalToAFreshRunOfThatMany() throws Exception {
        Path grown = dir.resolve("grown");
        Runner.run(small(), RunOptions.simple(grown, 2, 3));
        RunResult more = Runner.run(small(), new RunOptions(grown, 2, 5, true, false, null, null, 5));
        assertEquals(5, more.completed());
        Runner.run(small(), RunOptions.simple(dir.resolve("fresh5"), 2, 5));
        assertSameTables(dir.resolve("fresh5"), grown);
        assertTrue(Files.readString(grown.resolve("scenario.yaml")).contains("replications: 5"),
                "scenario.yaml records the replications actually run");
        assertFalse(Files.exists(grown.resolve("parts")), "a completed run keeps no parts");
    }

    @Test
    void theManifestSaysCompletedWithTheSizeAndSha256OfEveryFile() throws Exception {
        Path f = dir.resolve("f");
        Runner.run(small(), RunOptions.simple(f, 2, 2));
        Manifest m = Manifest.read(f);
        assertEquals("completed", m.get("status"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> files = (Map<String, Map<String, Object>>) m.get("files");
        for (String t : List.of("timeseries.csv", "regions.csv", "summary.csv", "scenario.yaml")) {
            assertEquals(Files.size(f.resolve(t)), ((Number) files.get(t).get("bytes")).longValue(), t);
            assertEquals(org.radsim.core.output.FolderVerifier.sha256(f.resolve(t)), files.get(t).get("sha256"), t);
        }
        try (var s = Files.list(f)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList(),
                    "no temporary file is left");
        }
    }
}
