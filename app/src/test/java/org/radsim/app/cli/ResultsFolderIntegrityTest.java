package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.output.FolderLock;
import org.radsim.core.output.Manifest;
import org.radsim.core.run.Progress;
import org.radsim.core.run.RunOptions;
import org.radsim.core.run.Runner;
import org.radsim.core.scenario.ScenarioLoader;

/** Issue 11: resume never loses work, readers refuse damaged or incomplete folders, comparisons must be comparable. */
class ResultsFolderIntegrityTest {

    static final String BASE = """
            name: tiny
            seed: 7
            ticks: 12
            replications: 3
            population: {size: 500}
            regions:
              - {name: east, share: 0.6, language: pashto, neighbours: [west]}
              - {name: west, share: 0.4, language: dari, neighbours: [east]}
            propaganda: {languages: [pashto, dari]}
            """;

    static final List<String> TABLES = List.of("timeseries.csv", "regions.csv", "summary.csv");

    @TempDir
    Path dir;

    private Path scenario() throws Exception {
        Path f = dir.resolve("tiny.yaml");
        Files.writeString(f, BASE);
        return f;
    }

    static void assertSameTables(Path a, Path b) throws Exception {
        for (String t : TABLES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(t)), Files.readAllBytes(b.resolve(t)), t);
        }
    }

    /** A folder of {@code total} replications interrupted after {@code done} (as a kill leaves it). */
    private Path interrupted(Path f, int total, int done) throws Exception {
        Path cut = dir.resolve("cut");
        Progress stop = new Progress() {
            @Override
            public void update(int d, int failed, int t) {
                if (d >= done) {
                    throw new IllegalStateException("killed");
                }
            }

            @Override
            public void finish() {
            }
        };
        assertThrows(IllegalStateException.class, () -> Runner.run(ScenarioLoader.load(f.toString(), List.of()),
                new RunOptions(cut, 1, total, false, false, stop, null, total)
                        .with("radsim run " + f + " --replications " + total + " --out " + cut + " --resume", null)));
        return cut;
    }

    @Test
    void resumeWithoutReplicationsContinuesWithTheFolderCountNotTheScenarioDefault() throws Exception {
        Path f = scenario();
        Path cut = interrupted(f, 6, 2);
        CliRun r = CliRun.of("run", f.toString(), "--out", cut.toString(), "--resume", "--quiet", "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertEquals(7, Files.readAllLines(cut.resolve("summary.csv")).size(), "6 replications, not the scenario's 3");
        CliRun whole = CliRun.of("run", f.toString(), "--replications", "6", "--out", dir.resolve("w").toString(),
                "--quiet", "--no-report");
        assertEquals(0, whole.exit(), whole.err());
        assertSameTables(dir.resolve("w"), cut);
    }

    @Test
    void resumeWithFewerReplicationsOrOtherSettingsIsRefusedNamingOldAndNew() throws Exception {
        Path f = scenario();
        Path cut = interrupted(f, 6, 2);
        CliRun fewer = CliRun.of("run", f.toString(), "--replications", "3", "--out", cut.toString(), "--resume");
        assertEquals(2, fewer.exit());
        assertTrue(fewer.err().contains("--replications: 6 in the folder, 3 now"), fewer.err());
        CliRun ticks = CliRun.of("run", f.toString(), "--ticks", "20", "--out", cut.toString(), "--resume");
        assertEquals(2, ticks.exit());
        assertTrue(ticks.err().contains("ticks: 12 in the folder, 20 now"), ticks.err());
        CliRun precision = CliRun.of("run", f.toString(), "--precision", "5", "--out", cut.toString(), "--resume");
        assertEquals(2, precision.exit());
        assertTrue(precision.err().contains("--precision: (none) in the folder, 5.0 now"), precision.err());
        assertTrue(Files.isDirectory(cut.resolve("parts/r000000")) && Files.isDirectory(cut.resolve("parts/r000001")),
                "finished replications are kept");
    }

    @Test
    void aCompletedRunIsExtendedByResumeWithMoreReplications() throws Exception {
        Path f = scenario();
        Path k = dir.resolve("k");
        assertEquals(0, CliRun.of("run", f.toString(), "--out", k.toString(), "--quiet").exit());
        CliRun more = CliRun.of("run", f.toString(), "--out", k.toString(), "--resume", "--replications", "5", "--quiet");
        assertEquals(0, more.exit(), more.err());
        assertEquals(0, CliRun.of("run", f.toString(), "--replications", "5", "--out", dir.resolve("five").toString(),
                "--quiet").exit());
        assertSameTables(dir.resolve("five"), k);
        for (String s : List.of("summary-stats.csv", "timeseries-stats.csv", "regions-stats.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("five").resolve(s)), Files.readAllBytes(k.resolve(s)), s);
        }
        CliRun again = CliRun.of("run", f.toString(), "--out", k.toString(), "--resume", "--quiet");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("already complete"), again.err());
    }

    @Test
    void theFoldersScenarioYamlReproducesTheFolder() throws Exception {
        Path f = scenario();
        Path a = dir.resolve("a");
        assertEquals(0, CliRun.of("run", f.toString(), "--replications", "4", "--ticks", "9", "--out", a.toString(),
                "--quiet", "--no-report").exit());
        String yaml = Files.readString(a.resolve("scenario.yaml"));
        assertTrue(yaml.contains("replications: 4") && yaml.contains("ticks: 9"), yaml);
        Path b = dir.resolve("b");
        CliRun r = CliRun.of("run", a.resolve("scenario.yaml").toString(), "--out", b.toString(), "--quiet", "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertSameTables(a, b);
    }

    @Test
    void aKilledRunsFolderSaysIncompleteAndTheExactResumeCommand() throws Exception {
        Path f = scenario();
        Path cut = interrupted(f, 6, 2);
        CliRun r = CliRun.of("report", cut.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("incomplete: 2 of 6 replications") && r.err().contains("resume with: radsim run "
                + f + " --replications 6 --out " + cut + " --resume"), r.err());
        assertFalse(Files.exists(cut.resolve("report.html")));
    }

    @Test
    void theResumeCommandIsTheUsersCommandWithResumeAndWithoutForce() throws Exception {
        Path f = scenario();
        Path o = dir.resolve("o");
        assertEquals(0, CliRun.of("run", f.toString(), "--set", "population.size=400", "--out", o.toString(), "--force",
                "--quiet", "--no-report").exit());
        assertEquals("radsim run " + f + " --set population.size=400 --out " + o + " --quiet --no-report --resume",
                Manifest.read(o).get("resume_command"));
    }

    @Test
    void reportCheckVerifiesEveryFileAndNamesAStatisticsTableCutMidNumber() throws Exception {
        Path f = scenario();
        Path k = dir.resolve("k");
        assertEquals(0, CliRun.of("run", f.toString(), "--out", k.toString(), "--quiet").exit());
        CliRun ok = CliRun.of("report", "--check", k.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("intact"), ok.out());
        Path stats = k.resolve("regions-stats.csv");
        byte[] b = Files.readAllBytes(stats);
        Files.write(stats, java.util.Arrays.copyOf(b, b.length - 3));
        CliRun cut = CliRun.of("report", "--check", k.toString());
        assertEquals(2, cut.exit());
        assertTrue(cut.err().contains("regions-stats.csv: " + (b.length - 3) + " bytes, the manifest records "
                + b.length), cut.err());
        // report (rebuild) rewrites a damaged derived file, and then the folder verifies again
        CliRun rebuild = CliRun.of("report", k.toString());
        assertEquals(0, rebuild.exit(), rebuild.err());
        assertArrayEquals(b, Files.readAllBytes(stats));
        assertEquals(0, CliRun.of("report", "--check", k.toString()).exit());
    }

    @Test
    void aSecondWriterOfTheSameFolderGetsExitTwoNamingTheWriter() throws Exception {
        Path f = scenario();
        Path k = dir.resolve("k");
        try (FolderLock held = FolderLock.acquire(k)) {
            CliRun r = CliRun.of("run", f.toString(), "--out", k.toString(), "--force", "--quiet");
            assertEquals(2, r.exit());
            assertTrue(r.err().contains(k + " is being written by process " + ProcessHandle.current().pid() + " since "),
                    r.err());
            CliRun c = CliRun.of("compare", f.toString(), f.toString(), "--out", k.toString(), "--quiet");
            assertEquals(2, c.exit());
            assertTrue(c.err().contains("is being written by process"), c.err());
        }
    }

    @Test
    void compareRefusesOtherModelsAndHorizonsNamingTheSettings() throws Exception {
        Path f = scenario();
        Path longer = dir.resolve("longer.yaml");
        Files.writeString(longer, BASE.replace("name: tiny", "name: longer").replace("ticks: 12", "ticks: 20"));
        CliRun r = CliRun.of("compare", f.toString(), longer.toString(), "--out", dir.resolve("c").toString(), "--quiet");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("ticks: \"longer\" has 20, the baseline \"tiny\" has 12"), r.err());
        assertFalse(Files.exists(dir.resolve("c")), "nothing is run");
        CliRun m = CliRun.of("compare", "baseline", "contagion", "--out", dir.resolve("m").toString(), "--quiet");
        assertEquals(2, m.exit());
        assertTrue(m.err().contains("model: \"") && m.err().contains("has contagion"), m.err());
        Path perYear = dir.resolve("py.yaml");
        Files.writeString(perYear, BASE.replace("name: tiny", "name: monthly") + "ticks_per_year: 12\n");
        CliRun p = CliRun.of("compare", f.toString(), perYear.toString(), "--out", dir.resolve("p").toString(), "--quiet");
        assertEquals(2, p.exit());
        assertTrue(p.err().contains("ticks_per_year: \"monthly\" has 12"), p.err());
    }

    @Test
    void compareWarnsOfAnInterventionThatStartsAfterTheLastTick() throws Exception {
        Path f = scenario();
        Path late = dir.resolve("late.yaml");
        Files.writeString(late, BASE.replace("name: tiny", "name: late") + """
                interventions:
                  - {type: counter_narrative, start: 40, coverage: 0.5}
                """);
        CliRun r = CliRun.of("compare", f.toString(), late.toString(), "--replications", "2", "--out",
                dir.resolve("c").toString(), "--quiet", "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("warning: \"late\": intervention 0 (counter_narrative) starts at tick 40, after "
                + "the last tick 12: it has no effect"), r.err());
    }

    @Test
    void compareResumeRunsOnlyTheMissingScenarioAndEndsIdentical() throws Exception {
        Path f = scenario();
        Path alt = dir.resolve("alt.yaml");
        Files.writeString(alt, BASE.replace("name: tiny", "name: cn") + """
                interventions:
                  - {type: counter_narrative, start: 3, coverage: 0.5, unit_cost: 10}
                """);
        Path whole = dir.resolve("whole");
        assertEquals(0, CliRun.of("compare", f.toString(), alt.toString(), "--out", whole.toString(), "--quiet").exit());
        // a compare stopped during the alternative: the baseline is complete, the alternative has 1 of 3
        Path cut = dir.resolve("cut");
        assertEquals(0, CliRun.of("compare", f.toString(), alt.toString(), "--out", cut.toString(), "--quiet",
                "--no-report").exit());
        String baseStarted = (String) Manifest.read(cut.resolve("00-tiny")).get("started");
        Runner.run(ScenarioLoader.load(alt.toString(), List.of("seed=7")),
                RunOptions.simple(dir.resolve("scratch"), 1, 1));
        deleteTree(cut.resolve("01-cn"));
        Manifest cmp = Manifest.readFile(cut.resolve("compare.json"));
        cmp.put("status", "running");
        cmp.write();
        CliRun report = CliRun.of("report", cut.toString());
        assertEquals(2, report.exit());
        assertTrue(report.err().contains("resume with: radsim compare"), report.err());

        CliRun other = CliRun.of("compare", f.toString(), alt.toString(), "--replications", "4", "--out", cut.toString(),
                "--resume", "--quiet");
        assertEquals(2, other.exit());
        assertTrue(other.err().contains("--replications: 3 in the folder, 4 now"), other.err());

        CliRun r = CliRun.of("compare", f.toString(), alt.toString(), "--out", cut.toString(), "--resume", "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals(baseStarted, Manifest.read(cut.resolve("00-tiny")).get("started"), "the baseline was not rerun");
        for (String t : List.of("comparison.csv", "costs.csv", "ranking.csv", "direction-checks.csv", "parameters.csv",
                "00-tiny/summary.csv", "01-cn/timeseries.csv", "01-cn/regions.csv", "01-cn/summary.csv")) {
            assertEquals(Files.readString(whole.resolve(t), StandardCharsets.UTF_8),
                    Files.readString(cut.resolve(t), StandardCharsets.UTF_8), t);
        }
        assertEquals(0, CliRun.of("report", "--check", cut.toString()).exit());
    }

    static void deleteTree(Path p) throws Exception {
        try (var s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
