package org.radsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.run.RunOptions;
import org.radsim.core.run.Runner;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * The guard for refactorings that must not change what a run computes: every shipped scenario (the top-level
 * files and {@code validation/}) runs at a small size and the SHA-256 of every results table it writes
 * ({@code *.csv}; not {@code manifest.json}, which holds times) must equal the one pinned in
 * {@code src/test/resources/output-checksums.txt}.
 *
 * <p>Size: radicalization scenarios with {@code population.size=2000, ticks=104}; classic models with
 * {@code ticks=200}; every scenario with 2 replications, its own seed, 2 threads (outputs are identical on any
 * thread count, so the thread count is no part of the pin).
 *
 * <p>Re-pin only for a deliberate change of outputs, stating the reason in the commit message:
 * {@code mvn -B -o -pl scenarios -am test -Dtest=OutputsUnchangedTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dradsim.repin=true}.
 */
class OutputsUnchangedTest {

    private static final Path PIN = Path.of("src/test/resources/output-checksums.txt");
    private static final int REPLICATIONS = 2;

    @TempDir
    Path tmp;

    @Test
    void everyResultsTableOfEveryShippedScenarioIsByteIdenticalToItsPin() throws Exception {
        TreeMap<String, String> now = new TreeMap<>();
        for (Path file : scenarioFiles()) {
            String name = file.toString().replace('\\', '/');
            Scenario full = ScenarioLoader.load(name, List.of());
            List<String> overrides = "radicalization".equals(full.model())
                    ? List.of("population.size=2000", "ticks=104") : List.of("ticks=200");
            Scenario s = ScenarioLoader.load(name, overrides);
            Path out = tmp.resolve(name.replace('/', '_'));
            Runner.run(s, RunOptions.simple(out, 2, REPLICATIONS));
            try (Stream<Path> tables = Files.list(out)) {
                for (Path t : tables.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                    now.put(name + " " + t.getFileName(), sha256(Files.readAllBytes(t)));
                }
            }
        }
        assertFalse(now.isEmpty(), "the scenarios wrote tables");
        if (Boolean.getBoolean("radsim.repin")) {
            List<String> lines = new ArrayList<>();
            lines.add("# SHA-256 of every results table of the shipped scenarios, written by OutputsUnchangedTest");
            lines.add("# (population.size=2000 ticks=104 for radicalization, ticks=200 for classic models, 2 replications).");
            lines.add("# Re-pin (-Dradsim.repin=true) ONLY for a deliberate change of outputs, with the reason in the commit message.");
            now.forEach((k, v) -> lines.add(k + " " + v));
            Files.write(PIN, lines, StandardCharsets.UTF_8);
        }
        TreeMap<String, String> pinned = new TreeMap<>();
        for (String line : Files.readAllLines(PIN, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int cut = line.lastIndexOf(' ');
                pinned.put(line.substring(0, cut), line.substring(cut + 1));
            }
        }
        List<String> differences = new ArrayList<>();
        for (String key : union(pinned, now)) {
            if (!String.valueOf(pinned.get(key)).equals(String.valueOf(now.get(key)))) {
                differences.add(key + ": pinned " + pinned.get(key) + ", now " + now.get(key));
            }
        }
        assertEquals(List.of(), differences, "results tables differ from " + PIN + " (outputs changed)");
    }

    private static List<String> union(TreeMap<String, String> a, TreeMap<String, String> b) {
        TreeMap<String, String> all = new TreeMap<>(a);
        all.putAll(b);
        return new ArrayList<>(all.keySet());
    }

    /** The shipped scenarios: the YAML files at the top of the module and in {@code validation/}. */
    private static List<Path> scenarioFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("."), Path.of("validation"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".yaml")).map(p -> dir.equals(Path.of(".")) ? p.getFileName() : p)
                        .forEach(files::add);
            }
        }
        files.sort(null);
        return files;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
