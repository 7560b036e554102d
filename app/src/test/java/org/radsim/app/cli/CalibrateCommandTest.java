package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code radsim calibrate} as a user runs it: bad input is exit 2 naming file:line:col, an unreachable tolerance
 * ends with a clear stop reason in the manifest, and the posterior feeds {@code radsim run --ensemble}.
 */
class CalibrateCommandTest {

    static final String SCENARIO = """
            name: contagion-small
            description: A small contagion run for calibration tests.
            model: contagion
            ticks: 40
            contagion: {n: 200, dt: 0.5, beta: 0.5, gamma: 0.2, mu: 0.05, s0: 0.95, r0: 0.05}
            """;

    static final String GOOD = """
            name: cli-test
            base: contagion.yaml
            seed: 3
            particles: 30
            parameters:
              - {name: beta, path: contagion.beta, prior: uniform, min: 0.05, max: 2.0}
            targets:
              - {statistic: mean, metric: E, from: 1, observed: 0.2, tolerance: 0.05}
            stop: {max_generations: 3}
            """;

    static Path write(Path dir, String cal) throws Exception {
        Files.writeString(dir.resolve("contagion.yaml"), SCENARIO);
        Path f = dir.resolve("cal.yaml");
        Files.writeString(f, cal);
        return f;
    }

    static void badInput(Path dir, String cal, String... expected) throws Exception {
        Path f = write(dir, cal);
        CliRun r = CliRun.of("calibrate", f.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertEquals(2, r.exit(), r.err());
        for (String e : expected) {
            assertTrue(r.err().contains(e), "expected '" + e + "' in: " + r.err());
        }
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void unknownKeyPathIsNamedAtItsLine(@TempDir Path dir) throws Exception {
        badInput(dir, GOOD.replace("contagion.beta", "contagion.betta"), "cal.yaml:6:", "betta", "beta");
    }

    @Test
    void priorOutsideTheKeysRangeIsNamed(@TempDir Path dir) throws Exception {
        badInput(dir, GOOD.replace("max: 2.0", "max: 2000"), "cal.yaml:6:", "outside the key's allowed range", "[0, 1000]");
    }

    @Test
    void unknownMetricAndRegionAreNamed(@TempDir Path dir) throws Exception {
        badInput(dir, GOOD.replace("metric: E,", "metric: members,"), "cal.yaml:8:", "no metric 'members'");
        badInput(dir, GOOD.replace("metric: E,", "metric: E, region: north,"), "cal.yaml:8:", "no region 'north'");
    }

    @Test
    void toleranceMustBePositive(@TempDir Path dir) throws Exception {
        badInput(dir, GOOD.replace("tolerance: 0.05", "tolerance: 0"), "cal.yaml:8:", "tolerance must be > 0");
        badInput(dir, GOOD.replace("tolerance: 0.05", "tolerance: -1"), "tolerance must be > 0");
    }

    @Test
    void unknownKeyInTheFileGetsASuggestion(@TempDir Path dir) throws Exception {
        badInput(dir, GOOD.replace("particles: 30", "particle: 30"), "cal.yaml:4:", "particles");
    }

    @Test
    @SuppressWarnings("unchecked")
    void unreachableEpsilonStopsWithAClearReason(@TempDir Path dir) throws Exception {
        // E is a fraction: 5 is out of reach, so no particle of generation 1 gets within the tolerance
        Path f = write(dir, GOOD.replace("observed: 0.2", "observed: 5").replace("stop: {max_generations: 3}",
                "stop: {max_generations: 5, epsilon: 0.5, min_acceptance: 0.2}"));
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("calibrate", f.toString(), "--out", out.toString(), "--quiet", "--no-report");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> m = new ObjectMapper().readValue(out.resolve("manifest.json").toFile(), Map.class);
        assertEquals("completed", m.get("status"));
        String reason = (String) m.get("stop_reason");
        assertTrue(reason.startsWith("min_acceptance") || reason.startsWith("epsilon no longer shrinks"), reason);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePosteriorFeedsAnEnsembleRun(@TempDir Path dir) throws Exception {
        Path f = write(dir, GOOD);
        Path cal = dir.resolve("cal-out");
        CliRun c = CliRun.of("calibrate", f.toString(), "--out", cal.toString(), "--quiet", "--threads", "2");
        assertEquals(0, c.exit(), c.err());
        for (String file : List.of("posterior.csv", "statistics.csv", "generations.csv", "predictive.csv", "report.html",
                "charts/marginals.png", "charts/predictive.png", "charts/schedule.png")) {
            assertTrue(Files.isRegularFile(cal.resolve(file)), file);
        }
        Path run = dir.resolve("run");
        CliRun r = CliRun.of("run", dir.resolve("contagion.yaml").toString(), "--replications", "3", "--ensemble",
                cal.resolve("posterior.csv").toString(), "--out", run.toString(), "--quiet", "--no-report");
        assertEquals(0, r.exit(), r.err());
        List<String> summary = Files.readAllLines(run.resolve("summary.csv"));
        assertTrue(summary.get(0).contains("ensemble_set") && summary.get(0).contains("ensemble_beta"), summary.get(0));
        Map<String, Object> m = new ObjectMapper().readValue(run.resolve("manifest.json").toFile(), Map.class);
        Map<String, Object> rep = ((List<Map<String, Object>>) m.get("replications")).get(0);
        assertTrue(((Map<String, Object>) rep.get("ensemble")).containsKey("beta"), rep.toString());
        CliRun bad = CliRun.of("run", dir.resolve("contagion.yaml").toString(), "--ensemble",
                dir.resolve("nothing.csv").toString(), "--out", dir.resolve("run2").toString(), "--quiet");
        assertEquals(2, bad.exit(), bad.err());
    }
}
