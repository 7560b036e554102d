package org.radsim.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.scenario.ScenarioException;

class SweepLoaderTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path p = dir.resolve("sweep.yaml");
        Files.writeString(p, yaml);
        return p;
    }

    private String problems(String yaml) throws IOException {
        Path p = write(yaml);
        return assertThrows(ScenarioException.class, () -> SweepLoader.load(p)).getMessage();
    }

    @Test
    void loadsATestModelSweep() throws Exception {
        Sweep s = SweepLoader.load(write("""
                name: t
                model: ishigami
                replications: 2
                factors:
                  - {path: x1, min: -1, max: 1}
                  - {name: second, path: x2, values: [0, 1]}
                design: {type: factorial, levels: 3}
                metrics: [y]
                """));
        assertEquals(TestFunction.ISHIGAMI, s.model());
        assertEquals(java.util.List.of("x1", "second"), s.factorNames());
        assertEquals(3, s.factors().get(0).levels());
        assertEquals(2, s.factors().get(1).levels(), "a list has as many levels as values");
        assertEquals(6, Designs.pointCount(s));
    }

    @Test
    void unknownKeyIsReportedWithLineColumnAndSuggestion() throws IOException {
        String msg = problems("""
                model: ishigami
                factors:
                  - {path: x1, min: -1, max: 1}
                design: {type: sobol, n: 8, second_ordr: true}
                metrics: [y]
                """);
        assertTrue(msg.contains("sweep.yaml:4:"), msg);
        assertTrue(msg.contains("did you mean 'second_order'"), msg);
    }

    @Test
    void designTypeMisspeltGetsSuggestion() throws IOException {
        String msg = problems("""
                model: ishigami
                factors:
                  - {path: x1, min: -1, max: 1}
                design: {type: sobol_, n: 8}
                metrics: [y]
                """);
        assertTrue(msg.contains("did you mean 'sobol'"), msg);
    }

    @Test
    void everyFactorProblemIsReportedTogether() throws IOException {
        String msg = problems("""
                model: ishigami
                factors:
                  - {path: x1, min: 2, max: 1}
                  - {path: x2}
                  - {path: x9, min: 0, max: 1}
                  - {path: x3, min: 0, max: 1, values: [1]}
                design: {type: lhs, n: 10}
                metrics: [y]
                """);
        assertTrue(msg.contains("min 2 must be below max 1"), msg);
        assertTrue(msg.contains("give a range (min:, max:) or a list (values:)"), msg);
        assertTrue(msg.contains("has inputs x1, x2, x3"), msg);
        assertTrue(msg.contains("either min/max or values"), msg);
    }

    @Test
    void baseAndModelAreExclusive() throws IOException {
        String msg = problems("""
                model: ishigami
                base: nowhere.yaml
                factors:
                  - {path: x1, min: -1, max: 1}
                design: {type: oat}
                metrics: [y]
                """);
        assertTrue(msg.contains("exactly one of base:"), msg);
    }

    @Test
    void misspeltFactorPathGetsTheScenarioSuggestionAtTheFactorsLine() throws Exception {
        Files.copy(Path.of("src/test/resources/sweep/small.yaml"), dir.resolve("small.yaml"));
        String msg = problems("""
                base: small.yaml
                factors:
                  - path: opinion.mu
                    min: 0.1
                    max: 0.3
                  - path: opinon.mu
                    min: 0.1
                    max: 0.3
                design: {type: oat}
                metrics: [final_radicalized]
                """);
        assertTrue(msg.contains("sweep.yaml:6:"), msg);
        assertTrue(msg.contains("did you mean 'opinion'"), msg);
    }

    @Test
    void unknownMetricGetsSuggestion() throws IOException {
        String msg = problems("""
                model: ishigami
                factors:
                  - {path: x1, min: -1, max: 1}
                design: {type: oat}
                metrics: [yy]
                """);
        assertTrue(msg.contains("no summary metric 'yy'"), msg);
    }

    @Test
    void integerScenarioKeysGetWholeValues() throws Exception {
        Files.copy(Path.of("src/test/resources/sweep/small.yaml"), dir.resolve("small.yaml"));
        Sweep s = SweepLoader.load(write("""
                base: small.yaml
                factors:
                  - {path: recruiters.initial, min: 1, max: 10}
                design: {type: lhs, n: 4}
                metrics: [final_radicalized]
                """));
        assertTrue(s.factors().get(0).integer());
        assertEquals("6", s.factors().get(0).valueAt(0.5), "1 + 0.5·9 = 5.5 rounds to 6 (half to even is 6)");
    }

    @Test
    void aFactorRangeBeyondTheKeysAllowedRangeIsRefusedAtPlanTime() throws Exception {
        Files.copy(Path.of("src/test/resources/sweep/small.yaml"), dir.resolve("small.yaml"));
        String msg = problems("""
                base: small.yaml
                factors:
                  - {path: opinion.mu, min: 0.1, max: 0.9}
                  - {path: population.size, values: [100, -3]}
                design: {type: oat}
                metrics: [final_radicalized]
                """);
        assertTrue(msg.contains("value 0.9 of opinion.mu is outside the key's allowed range [0, 0.5]"), msg);
        assertTrue(msg.contains("value -3 of population.size is outside"), msg);
        assertTrue(msg.startsWith("2 problems in the sweep file:"), "each reported once, as the sweep file's: " + msg);
    }

    @Test
    void factorPathsMetricsAndStructureAreReportedInOnePass() throws Exception {
        Files.copy(Path.of("src/test/resources/sweep/small.yaml"), dir.resolve("small.yaml"));
        String msg = problems("""
                base: small.yaml
                factors:
                  - {path: opinon.mu, min: 0.1, max: 0.3}
                  - {path: policing.backfire, min: 0.2, max: 0.1}
                design: {type: oat}
                metrics: [final_radicalised]
                """);
        assertTrue(msg.contains("did you mean 'opinion'"), msg);
        assertTrue(msg.contains("min 0.2 must be below max 0.1"), msg);
        assertTrue(msg.contains("no summary metric 'final_radicalised'"), msg);
        assertTrue(msg.contains("in the sweep file") && !msg.contains("in the scenario:"), msg);
    }
}
