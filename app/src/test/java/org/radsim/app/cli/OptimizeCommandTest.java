package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code radsim optimize} through the command line: the shipped test-problem files reach a hypervolume within 2 %
 * of the analytic front's (against (1.1, …), see {@code TestProblem}); a small model optimisation writes its
 * outputs and places the packages; bad input is exit 2 with one clear message.
 */
class OptimizeCommandTest {

    @TempDir
    Path tmp;

    private double ratio(String file) throws Exception {
        Path out = tmp.resolve(file);
        CliRun r = CliRun.of("optimize", "../scenarios/optimisation/" + file + ".yaml", "--out", out.toString(),
                "--threads", "2", "--quiet");
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("hypervolume_ratio").asDouble();
    }

    @Test
    void shippedZdt1FileReachesTheAnalyticHypervolumeWithinTwoPercent() throws Exception {
        double ratio = ratio("zdt1");
        assertTrue(ratio >= 0.98 && ratio <= 1 + 1e-9, "ratio " + ratio);
    }

    @Test
    void shippedDtlz2FileReachesTheAnalyticHypervolumeWithinTwoPercent() throws Exception {
        double ratio = ratio("dtlz2");
        assertTrue(ratio >= 0.98 && ratio <= 1 + 1e-9, "ratio " + ratio);
    }

    private Path small(String extra) throws Exception {
        Path f = tmp.resolve("small.yaml");
        Files.writeString(f, "name: small\nbase: baseline\nset: [population.size=400, ticks=60]\nreplications: 2\n"
                + "algorithm: {population: 6, generations: 2}\n" + extra);
        return f;
    }

    private static final String LEVERS = "levers:\n"
            + "  - {type: jobs, coverage_max: 0.5, start_min: 4, start_max: 20, targets: [high_risk, unemployed],"
            + " set: [unit_cost=1500]}\n"
            + "  - {type: exit_programme, coverage_max: 0.9, set: [unit_cost=5000]}\n";

    @Test
    void aSmallModelOptimisationWritesTheFrontAndPlacesThePackages() throws Exception {
        Path f = small("budget: 1.0e8\nobjectives:\n  - {metric: final_cumulative_recruits}\n"
                + "  - {metric: final_cumulative_cost}\n" + LEVERS + "compare: [jobs]\n");
        Path out = tmp.resolve("small-out");
        CliRun r = CliRun.of("optimize", f.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        for (String file : new String[] {"front.csv", "packages.csv", "report.html", "manifest.json",
                "charts/pareto.png", "charts/pareto.svg", "checkpoint.bin"}) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        java.util.List<String> front = Files.readAllLines(out.resolve("front.csv"));
        assertTrue(front.get(0).startsWith("point,package,jobs_coverage,jobs_start,jobs_target,exit_programme_coverage"),
                front.get(0));
        assertTrue(front.size() >= 2, "at least one front point");
        assertTrue(r.out().contains("jobs: "), r.out());
        CliRun again = CliRun.of("optimize", f.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("--resume"), again.err());
        String written = Files.readString(out.resolve("front.csv"));
        CliRun resumed = CliRun.of("optimize", f.toString(), "--out", out.toString(), "--quiet", "--resume");
        assertEquals(0, resumed.exit(), resumed.err());
        assertEquals(written, Files.readString(out.resolve("front.csv")), "resuming a finished search changes nothing");
    }

    @Test
    void anObjectiveThatIsNotAMetricIsBadInputWithItsLine() throws Exception {
        Path f = small("objectives:\n  - {metric: final_cumulative_recruits}\n  - {metric: total_cost}\n" + LEVERS);
        CliRun r = CliRun.of("optimize", f.toString(), "--out", tmp.resolve("x").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'total_cost' is not a summary metric"), r.err());
        assertTrue(r.err().contains("small.yaml:"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aBudgetBelowEveryPackageIsBadInput() throws Exception {
        Path f = small("budget: 1\nobjectives:\n  - {metric: final_cumulative_recruits}\n"
                + "  - {metric: final_cumulative_cost}\nlevers:\n"
                + "  - {type: jobs, coverage_min: 0.5, coverage_max: 0.9, set: [unit_cost=1500]}\n");
        CliRun r = CliRun.of("optimize", f.toString(), "--out", tmp.resolve("y").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("budget 1 is below every package the levers allow"), r.err());
    }
}
