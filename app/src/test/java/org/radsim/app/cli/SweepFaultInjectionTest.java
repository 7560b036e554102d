package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 items 3 and 6, fault injection on sweep folders: for every table and record of a merged, analysed sweep
 * folder (plan.json, plan.csv, design.csv, a shard table and its record, results.csv) and every fault (truncate at
 * a random byte, truncate at a row boundary, delete, duplicate a row, flip a number to text), {@code sweep merge}
 * and {@code analyze} either do not read that file (and then end exactly as on the intact folder) or answer exit 2
 * naming the file; and nothing already computed is deleted or changed.
 */
class SweepFaultInjectionTest {

    @TempDir
    static Path tmp;

    static Path pristine;

    private static final List<String> FILES = List.of("plan.json", "plan.csv", "design.csv", "shards/shard-0-of-2.csv",
            "shards/shard-1-of-2.json", "results.csv");
    private static final List<String> FAULTS = List.of("truncate-random", "truncate-row", "delete", "duplicate-row",
            "number-to-text");

    @BeforeAll
    static void sweep() throws Exception {
        Path file = tmp.resolve("sobol.yaml");
        Files.writeString(file, """
                name: faults
                model: ishigami
                seed: 3
                replications: 1
                factors:
                  - {path: x1, min: -3.14, max: 3.14}
                  - {path: x2, min: -3.14, max: 3.14}
                design: {type: sobol, n: 16}
                metrics: [y]
                """);
        pristine = tmp.resolve("pristine");
        for (int i = 0; i < 2; i++) {
            CliRun r = CliRun.of("sweep", "run", file.toString(), "--shard", "" + i, "--shards", "2", "--out",
                    pristine.toString(), "--quiet", "--threads", "1");
            assertEquals(0, r.exit(), r.err());
        }
        assertEquals(0, CliRun.of("sweep", "merge", pristine.toString()).exit());
        CliRun a = CliRun.of("analyze", pristine.toString(), "--resamples", "20", "--quiet");
        assertEquals(0, a.exit(), a.err());
    }

    /** Every file of a folder with its bytes, by relative path. */
    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    /** Applies {@code fault} to {@code file}; the random generator picks where. */
    static void damage(Path file, String fault, Random rng) throws IOException {
        byte[] b = Files.readAllBytes(file);
        String text = new String(b, StandardCharsets.UTF_8);
        List<Integer> rowEnds = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                rowEnds.add(i + 1);
            }
        }
        switch (fault) {
            case "truncate-random" -> {
                int at = rng.nextInt(b.length - 1) + 1;
                while (rowEnds.contains(at)) {
                    at = rng.nextInt(b.length - 1) + 1;
                }
                Files.write(file, java.util.Arrays.copyOf(b, at));
            }
            case "truncate-row" -> Files.writeString(file, text.substring(0, rowEnds.get(rng.nextInt(rowEnds.size() - 1))));
            case "delete" -> Files.delete(file);
            case "duplicate-row" -> {
                int k = 1 + rng.nextInt(rowEnds.size() - 1);
                String row = text.substring(rowEnds.get(k - 1), rowEnds.get(k));
                Files.writeString(file, text.substring(0, rowEnds.get(k)) + row + text.substring(rowEnds.get(k)));
            }
            case "number-to-text" -> {
                String changed;
                if (file.toString().endsWith(".json")) {
                    changed = text.replaceFirst(": (\\d+)", ": \"abc\"");
                } else {
                    // the last field of the second line (a metric, factor value or coordinate)
                    int start = rowEnds.get(0);
                    int end = rowEnds.get(1);
                    String line = text.substring(start, end).stripTrailing();
                    String flipped = line.substring(0, line.lastIndexOf(',') + 1) + "abc";
                    changed = text.substring(0, start) + flipped + text.substring(start + line.length());
                }
                if (changed.equals(text)) {
                    fail("no number to flip in " + file);
                }
                Files.writeString(file, changed);
            }
            default -> throw new IllegalArgumentException(fault);
        }
    }

    @Test
    void everyReaderAnswersExitTwoNamingTheDamagedFileAndKeepsWhatWasComputed() throws Exception {
        Map<String, byte[]> intact = snapshot(pristine);
        Random rng = new Random(20261202L);
        int case_ = 0;
        for (String name : FILES) {
            for (String fault : FAULTS) {
                for (String command : List.of("merge", "analyze")) {
                    Path dir = tmp.resolve("case-" + case_++);
                    copy(pristine, dir);
                    damage(dir.resolve(name), fault, rng);
                    Map<String, byte[]> before = snapshot(dir);
                    CliRun r = "merge".equals(command) ? CliRun.of("sweep", "merge", dir.toString())
                            : CliRun.of("analyze", dir.toString(), "--resamples", "20", "--quiet");
                    String what = command + " with " + name + " " + fault + ": exit " + r.exit() + "\n" + r.err();
                    boolean reads = "merge".equals(command) ? !name.equals("results.csv") : !name.startsWith("shards/");
                    if (reads) {
                        assertEquals(2, r.exit(), what);
                        String leaf = Path.of(name).getFileName().toString();
                        assertTrue(r.err().contains(leaf), "the message names " + leaf + ": " + what);
                        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), what);
                        Map<String, byte[]> after = snapshot(dir);
                        assertEquals(before.keySet(), after.keySet(), "nothing deleted or added: " + what);
                        for (String f : before.keySet()) {
                            assertArrayEquals(before.get(f), after.get(f), f + " unchanged: " + what);
                        }
                    } else {
                        // the command does not read that file: it ends as on the intact folder
                        assertEquals(0, r.exit(), what);
                        String out = "merge".equals(command) ? "results.csv" : "analysis/sobol.csv";
                        assertArrayEquals(intact.get(out), Files.readAllBytes(dir.resolve(out)), out + ": " + what);
                    }
                }
            }
        }
    }
}
