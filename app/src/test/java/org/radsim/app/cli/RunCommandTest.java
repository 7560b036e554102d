package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** The command line as a user meets it: exit codes, one-line messages, no stack traces. */
class RunCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) { }

    static Result radsim(String... args) {
        CommandLine cl = Radsim.commandLine();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        int code = cl.execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertNoStackTrace(Result r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in"), "no stack trace: " + r.err());
    }

    @Test
    void aMisspeltKeyExitsWithTwoAndNamesFileLineAndSuggestion() throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "name: x\npopulation:\n  size: 100\nrecruiter: {initial: 2}\n");
        Result r = radsim("run", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.yaml:4:1"), r.err());
        assertTrue(r.err().contains("did you mean 'recruiters'?"), r.err());
        assertNoStackTrace(r);
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written for a bad scenario");
    }

    @Test
    void aMissingScenarioFileExitsWithTwo() {
        Result r = radsim("run", dir.resolve("nope.yaml").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file"), "err=" + r.err() + " out=" + r.out());
        assertNoStackTrace(r);
    }

    @Test
    void aBadSetOverrideExitsWithTwo() {
        Result r = radsim("run", "baseline", "--set", "population.size=-5", "--out", dir.resolve("o").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("population.size") && r.err().contains("out of range"), r.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Result r = radsim("run", "baseline", "--replicatoins", "3");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--replicatoins"), r.err());
    }

    @Test
    void aRunWritesTheResultsFolderAndRefusesToOverwriteIt() {
        Path out = dir.resolve("res");
        Result r = radsim("run", "baseline", "--set", "population.size=1500", "--ticks", "20", "--replications", "2",
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("results: "), r.out());
        for (String f : List.of("manifest.json", "scenario.yaml", "timeseries.csv", "regions.csv", "summary.csv")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        Result again = radsim("run", "baseline", "--set", "population.size=1500", "--ticks", "20", "--replications", "2",
                "--out", out.toString(), "--quiet");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
        assertNoStackTrace(again);
    }

    @Test
    void theSchemaCommandPrintsJsonSchema() throws Exception {
        Result r = radsim("schema");
        assertEquals(0, r.code());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals("object", n.get("type").asText());
    }

    @Test
    void theScenariosCommandListsTheLibraryWithQuestions() {
        Result r = radsim("scenarios");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("baseline"), r.out());
        assertTrue(r.out().contains("counter_narrative"), r.out());
    }

    /** Runs the real launcher main in a child JVM, as a user's shell would. */
    private static Process child(Path workDir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Radsim.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true).start();
    }

    @Test
    void aKilledRunLeavesAnInterruptedManifestAndResumeCompletesItIdentically() throws Exception {
        String[] common = {"--set", "population.size=4000", "--ticks", "200", "--replications", "6", "--threads", "1", "--quiet"};
        Path whole = dir.resolve("whole");
        List<String> a = new ArrayList<>(List.of("run", "baseline", "--out", whole.toString()));
        a.addAll(List.of(common));
        Process p = child(dir, a.toArray(String[]::new));
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));

        Path cut = dir.resolve("cut");
        List<String> b = new ArrayList<>(List.of("run", "baseline", "--out", cut.toString()));
        b.addAll(List.of(common));
        Process q = child(dir, b.toArray(String[]::new));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.isDirectory(cut.resolve("parts/r000001")) && System.nanoTime() < deadline && q.isAlive()) {
            Thread.sleep(20);
        }
        assertTrue(q.isAlive(), "the run was still going when it was killed");
        // Ctrl-C: SIGINT
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(q.pid())).start().waitFor());
        assertTrue(q.waitFor(30, TimeUnit.SECONDS));
        String said = new String(q.getInputStream().readAllBytes());
        assertTrue(said.contains("Resume with: radsim run baseline --out " + cut + " --set population.size=4000"
                + " --ticks 200 --replications 6 --threads 1 --quiet --resume"), said);
        JsonNode m = new ObjectMapper().readTree(cut.resolve("manifest.json").toFile());
        assertEquals("interrupted", m.get("status").asText());
        assertTrue(Files.isDirectory(cut.resolve("parts/r000000")), "finished replications are intact");
        assertFalse(Files.exists(cut.resolve("summary.csv")));

        List<String> c = new ArrayList<>(b);
        c.add("--resume");
        Result r = radsim(c.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        for (String t : List.of("timeseries.csv", "regions.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(t)), Files.readAllBytes(cut.resolve(t)), t);
        }
    }
}
