package org.radsim.core.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.run.Progress;

/**
 * The reproduction targets of VALIDATION.md, run exactly as {@code radsim validate} runs them: the built-in
 * validation scenarios with their own sizes and seeds (the smallest the document allows). Bounds are the
 * document's; a failure here is a finding about the reproduction, not a tolerance to widen.
 */
class ValidationTest {

    private static void passes(String target) throws Exception {
        List<Validation.Row> rows = Validation.run(List.of(target), 2, Progress.NONE);
        assertEquals(1, rows.size());
        Validation.Row r = rows.get(0);
        assertTrue(r.pass(), r.target() + " expected: " + r.expectation() + "; measured: " + r.measured());
    }

    @Test
    void cv1FloorRuleShowsPunctuatedEquilibrium() throws Exception {
        passes("CV-1");
    }

    @Test
    void cv2LiteralRuleShowsNoOutburst() throws Exception {
        passes("CV-2");
    }

    @Test
    void ra1ModeratesSplitBetweenBothExtremes() throws Exception {
        passes("RA-1");
    }

    @Test
    void ra2LargePopulationConvergesToTheCentre() throws Exception {
        passes("RA-2");
    }

    @Test
    void ode1AgentsFollowTheMeanFieldOde() throws Exception {
        passes("ODE-1");
    }

    @Test
    void resultsDoNotDependOnTheThreadCount(@TempDir Path dir) throws Exception {
        List<Validation.Row> one = Validation.run(List.of("RA-1"), 1, Progress.NONE);
        List<Validation.Row> three = Validation.run(List.of("RA-1"), 3, Progress.NONE);
        assertEquals(one, three);
        Validation.write(one, dir);
        String csv = Files.readString(dir.resolve("validation.csv"));
        assertTrue(csv.startsWith("target,scenario,expectation,measured,result\r\nRA-1,"), csv);
        assertTrue(Files.readString(dir.resolve("validation.md")).contains("| RA-1 |"));
    }

    @Test
    void everyValidationScenarioLoadsAndNamesItsTarget() throws Exception {
        for (ValidationTarget t : Validation.targets()) {
            var s = org.radsim.core.scenario.ScenarioLoader.load(t.scenario(), List.of());
            assertTrue(s.description().startsWith(t.name() + ":"), t.name() + " description: " + s.description());
        }
    }
}
