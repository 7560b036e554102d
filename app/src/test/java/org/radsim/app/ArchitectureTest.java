package org.radsim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every package of every module imports only lower floors ({@link FloorMap}, docs/ARCHITECTURE.md); the app/gui
 * rules hold. The checker itself is shown to catch an upward import, an unmapped package and a GUI coupling.
 */
class ArchitectureTest {

    /** The main sources of every module, relative to app/ (where the tests run). */
    private static final List<String> MODULES = List.of("sim-core", "scenarios", "analysis", "app", "bench");

    private final FloorMap floors = new FloorMap();

    @Test
    void everyModulesMainSourcesImportOnlyLowerFloors() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (String module : MODULES) {
            Path src = Path.of("..", module, "src", "main", "java");
            if (!Files.isDirectory(src)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(src)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    files++;
                    String shown = Path.of("..").relativize(p).toString().replace('\\', '/');
                    floors.check(shown, read(p)).forEach(v -> violations.add(v.message()));
                }
            }
        }
        assertTrue(files > 200, "the scan found the sources of every module (" + files + " files)");
        assertEquals(List.of(), violations, "floor map:\n" + String.join("\n", FloorMap.describe()) + "\n");
    }

    @Test
    void anUpwardImportIsReportedWithTheFileTheImportAndBothFloors() {
        String source = """
                package org.radsim.core.mechanism;

                import org.radsim.core.population.Population;
                import org.radsim.core.intervention.CounterNarrative;

                final class Bad {
                }
                """;
        List<FloorMap.Violation> v = floors.check("sim-core/src/main/java/org/radsim/core/mechanism/Bad.java", source);
        assertEquals(1, v.size(), v.toString());
        assertEquals("org.radsim.core.intervention.CounterNarrative", v.get(0).reference());
        assertEquals("sim-core/src/main/java/org/radsim/core/mechanism/Bad.java imports "
                + "org.radsim.core.intervention.CounterNarrative: org.radsim.core.mechanism is on floor 3 (sim-core), "
                + "org.radsim.core.intervention on floor 4 (sim-core); a package may import only lower floors",
                v.get(0).message());
    }

    @Test
    void aSameFloorImportAStaticImportAWildcardAndAQualifiedUseAreReported() {
        String source = """
                package org.radsim.core.intervention;

                import static org.radsim.core.model.RadicalizationModel.something;
                import org.radsim.core.run.*;

                final class Bad {
                    // org.radsim.core.sweep.Sweep in a comment is no dependency
                    String s = "org.radsim.core.sweep.Sweep";
                    Object o = new org.radsim.core.classic.contagion.ContagionModel(null);
                }
                """;
        List<String> refs = floors.check("Bad.java", source).stream().map(FloorMap.Violation::reference).toList();
        assertEquals(List.of("org.radsim.core.classic.contagion.ContagionModel",
                "org.radsim.core.model.RadicalizationModel", "org.radsim.core.run.*"), refs);
    }

    @Test
    void aDownwardImportPasses() {
        String source = "package org.radsim.core.model;\nimport org.radsim.core.mechanism.Levers;\n"
                + "import org.radsim.core.replication.Blocks;\nclass Good {}\n";
        assertEquals(List.of(), floors.check("Good.java", source));
    }

    @Test
    void anUnmappedPackageFailsUntilItIsAddedToTheMap() {
        List<FloorMap.Violation> own = floors.check("X.java", "package org.radsim.core.util;\nclass X {}\n");
        assertEquals(1, own.size());
        assertTrue(own.get(0).message().contains("add it to the floor map"), own.get(0).message());
        List<FloorMap.Violation> used = floors.check("Y.java",
                "package org.radsim.app.cli;\nimport org.radsim.core.helpers.Tool;\nclass Y {}\n");
        assertEquals(1, used.size());
        assertTrue(used.get(0).message().contains("org.radsim.core.helpers is on no floor"), used.get(0).message());
    }

    @Test
    void aPortrayalNamingAGuiAndAGuiNamingAnotherModelsGuiAreReported() {
        List<FloorMap.Violation> portrayal = floors.check("app/src/main/java/org/radsim/app/gui/TiesPortrayal.java",
                "package org.radsim.app.gui;\nclass TiesPortrayal { RadicalizationGui gui; }\n");
        assertEquals(1, portrayal.size(), portrayal.toString());
        assertTrue(portrayal.get(0).message().contains("supplier of the shown state"));
        List<FloorMap.Violation> gui = floors.check("app/src/main/java/org/radsim/app/gui/ContagionGui.java",
                "package org.radsim.app.gui;\nclass ContagionGui extends ScenarioGui {\n"
                        + "  Object s = CivilViolenceGui.builtin(\"contagion\");\n}\n");
        assertEquals(List.of("CivilViolenceGui"), gui.stream().map(FloorMap.Violation::reference).toList());
        List<FloorMap.Violation> base = floors.check("app/src/main/java/org/radsim/app/gui/ScenarioGui.java",
                "package org.radsim.app.gui;\nclass ScenarioGui { Object g = new ContagionGui(null); }\n");
        assertEquals(List.of("ContagionGui"), base.stream().map(FloorMap.Violation::reference).toList());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
