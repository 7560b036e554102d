package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.output.FolderLock;

/**
 * Fault injection (issue 11): for each table and the manifest of a run folder and of a compare folder, five kinds of
 * damage — cut at a random byte, cut at a row boundary, deleted, a row duplicated, a number turned into text — and
 * every reader ({@code report}, {@code run --resume}, {@code report} of a compare folder, {@code compare --resume})
 * answers exit 2 naming the damaged file, and changes or deletes nothing in the folder. The random positions come
 * from a fixed seed per case.
 */
class DamagedFolderTest {

    @TempDir
    static Path shared;

    static Path scenario;
    static Path alt;
    static Path run;
    static Path compare;

    @BeforeAll
    static void folders() throws Exception {
        scenario = shared.resolve("tiny.yaml");
        Files.writeString(scenario, ResultsFolderIntegrityTest.BASE);
        alt = shared.resolve("alt.yaml");
        Files.writeString(alt, ResultsFolderIntegrityTest.BASE.replace("name: tiny", "name: cn") + """
                interventions:
                  - {type: counter_narrative, start: 3, coverage: 0.5, unit_cost: 10}
                """);
        run = shared.resolve("run");
        CliRun r = CliRun.of("run", scenario.toString(), "--out", run.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        compare = shared.resolve("compare");
        CliRun c = CliRun.of("compare", scenario.toString(), alt.toString(), "--out", compare.toString(), "--quiet");
        assertEquals(0, c.exit(), c.err());
    }

    enum Fault { CUT_AT_RANDOM_BYTE, CUT_AT_ROW_BOUNDARY, DELETED, ROW_DUPLICATED, NUMBER_TO_TEXT }

    @TestFactory
    Stream<DynamicTest> everyReaderRefusesEveryDamageNamingTheFileAndKeepsEverything() {
        List<DynamicTest> tests = new ArrayList<>();
        long seed = 11;
        for (String file : List.of("manifest.json", "summary.csv", "timeseries.csv", "regions.csv")) {
            for (Fault fault : Fault.values()) {
                long s = seed++;
                tests.add(DynamicTest.dynamicTest("run folder: " + file + " " + fault, () -> {
                    Path copy = copy(run, "run-" + s);
                    damage(copy.resolve(file), fault, new Random(s));
                    readersRefuse(copy, file, List.of(
                            new String[] {"report", copy.toString()},
                            new String[] {"report", "--check", copy.toString()},
                            new String[] {"run", scenario.toString(), "--out", copy.toString(), "--resume", "--quiet"}));
                }));
            }
        }
        for (String file : List.of("compare.json", "00-tiny/manifest.json", "00-tiny/summary.csv",
                "01-cn/timeseries.csv", "01-cn/regions.csv")) {
            for (Fault fault : Fault.values()) {
                long s = seed++;
                tests.add(DynamicTest.dynamicTest("compare folder: " + file + " " + fault, () -> {
                    Path copy = copy(compare, "cmp-" + s);
                    damage(copy.resolve(file), fault, new Random(s));
                    readersRefuse(copy, Path.of(file).getFileName().toString(), List.of(
                            new String[] {"report", copy.toString()},
                            new String[] {"compare", scenario.toString(), alt.toString(), "--out", copy.toString(),
                                    "--resume", "--quiet"}));
                }));
            }
        }
        return tests.stream();
    }

    private static void readersRefuse(Path folder, String fileName, List<String[]> readers) throws Exception {
        Map<String, byte[]> before = snapshot(folder);
        for (String[] args : readers) {
            CliRun r = CliRun.of(args);
            String cmd = String.join(" ", Arrays.asList(args).subList(0, 2));
            assertEquals(2, r.exit(), cmd + ": " + r.err() + r.out());
            assertTrue(r.err().contains(fileName), cmd + " names " + fileName + ": " + r.err());
            assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), "no internal message: " + r.err());
            Map<String, byte[]> after = snapshot(folder);
            assertEquals(before.keySet(), after.keySet(), cmd + " deletes or adds nothing");
            for (String k : before.keySet()) {
                assertTrue(Arrays.equals(before.get(k), after.get(k)), cmd + " leaves " + k + " unchanged");
            }
        }
    }

    private static Path copy(Path from, String name) throws Exception {
        Path to = shared.resolve(name);
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q);
                }
            }
        }
        return to;
    }

    private static Map<String, byte[]> snapshot(Path folder) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().equals(FolderLock.FILE)) {
                    out.put(folder.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    static void damage(Path file, Fault fault, Random rng) throws Exception {
        byte[] b = Files.readAllBytes(file);
        List<Integer> rowEnds = new ArrayList<>();
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                rowEnds.add(i + 1);
            }
        }
        switch (fault) {
            case CUT_AT_RANDOM_BYTE -> Files.write(file, Arrays.copyOf(b, 1 + rng.nextInt(b.length - 2)));
            // a boundary strictly inside the file: at least the first row survives, at least one row is lost
            case CUT_AT_ROW_BOUNDARY -> Files.write(file,
                    Arrays.copyOf(b, rowEnds.get(rng.nextInt(rowEnds.size() - 1))));
            case DELETED -> Files.delete(file);
            case ROW_DUPLICATED -> {
                int k = 1 + rng.nextInt(rowEnds.size() - 2);
                int from = rowEnds.get(k - 1);
                int to = rowEnds.get(k);
                byte[] out = new byte[b.length + to - from];
                System.arraycopy(b, 0, out, 0, to);
                System.arraycopy(b, from, out, to, b.length - from);
                Files.write(file, out);
            }
            case NUMBER_TO_TEXT -> {
                String text = new String(b, StandardCharsets.UTF_8);
                // a number after the header (a field of a data row, a value in the JSON)
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<=[,:] ?)-?\\d+(\\.\\d+)?(?=[,\\r\\n])")
                        .matcher(text);
                List<int[]> spans = new ArrayList<>();
                int headerEnd = rowEnds.get(0);
                while (m.find()) {
                    if (m.start() >= headerEnd) {
                        spans.add(new int[] {m.start(), m.end()});
                    }
                }
                int[] at = spans.get(rng.nextInt(spans.size()));
                Files.writeString(file, text.substring(0, at[0]) + "abc" + text.substring(at[1]), StandardCharsets.UTF_8);
            }
            default -> throw new IllegalArgumentException(fault.toString());
        }
    }
}
