package org.radsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radsim.core.replication.Replication;
import org.radsim.core.run.Models;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioLibrary;
import org.radsim.core.scenario.ScenarioLoader;

class ScenarioLibraryTest {

    /** Every YAML file of the module folder (the files users run by path). */
    static Stream<Path> files() throws IOException {
        Path root = Path.of(".");
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("target")
                            && !p.toString().contains("src") && !p.toString().contains("sweeps")
                            && !p.toString().contains("optimisation") && !p.toString().contains("calibration"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyScenarioFileLoadsAndRuns(Path file) throws Exception {
        Scenario full = ScenarioLoader.load(file.toString(), List.of());
        assertFalse(full.description().isBlank(), file + " says what question it answers in description:");
        assertTrue(Files.readString(file).lines().anyMatch(l -> l.startsWith("#")), file + " has an explanatory comment");
        Scenario s = "radicalization".equals(full.model())
                ? ScenarioLoader.load(file.toString(), List.of("population.size=1000", "ticks=10"))
                : ScenarioLoader.load(file.toString(), List.of("ticks=5"));
        Replication rep = Models.create(s, s.seed(), 1);
        int[] rows = {0};
        rep.run((t, g, r) -> rows[0]++);
        assertEquals(s.ticks() + 1, rows[0], file.toString());
    }

    @Test
    void everyFileIsAlsoABuiltInScenarioByName() throws IOException {
        List<String> names = ScenarioLibrary.names();
        for (Path f : files().toList()) {
            String rel = Path.of(".").relativize(f).toString().replace('\\', '/');
            assertTrue(names.contains(rel.substring(0, rel.length() - 5)), rel + " in " + names);
        }
        assertTrue(names.contains("baseline"));
    }

    @Test
    void everyInterventionTypeHasItsOwnScenario() {
        for (String type : org.radsim.core.scenario.ScenarioSchema.INTERVENTION_TYPES) {
            assertTrue(Files.exists(Path.of(type + ".yaml")), "scenarios/" + type + ".yaml");
        }
    }
}
