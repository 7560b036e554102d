package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare --ensemble}: replication r of every scenario runs the same parameter set (drawn by the shared seed),
 * and robustness.csv holds the per-alternative robustness statistics.
 */
class EnsembleCompareTest {

    @TempDir
    Path tmp;

    @Test
    void everyScenarioRunsTheSameSetInReplicationRAndRobustnessIsWritten() throws Exception {
        Path post = tmp.resolve("posterior.csv");
        Files.writeString(post, "generation,particle,weight,distance,attempts,opinion.mu\r\n"
                + "0,0,0.3,0.1,5,0.1\r\n0,1,0.3,0.1,5,0.25\r\n0,2,0.4,0.1,5,0.4\r\n");
        Path out = tmp.resolve("cmp");
        CliRun r = CliRun.of("compare", "baseline", "prevention", "security", "--ensemble", post.toString(),
                "--set", "population.size=400", "--set", "ticks=60", "--replications", "4", "--out", out.toString(),
                "--quiet");
        assertEquals(0, r.exit(), r.err());
        List<String> sets = null;
        for (String f : new String[] {"00-baseline", "01-prevention", "02-security"}) {
            List<String> lines = Files.readAllLines(out.resolve(f).resolve("summary.csv"));
            int col = List.of(lines.get(0).split(",")).indexOf("ensemble_set");
            assertTrue(col >= 0, lines.get(0));
            List<String> s = lines.stream().skip(1).map(l -> l.split(",")[col]).toList();
            if (sets == null) {
                sets = s;
            }
            assertEquals(sets, s, f + " runs other parameter sets than the baseline");
        }
        List<String> rob = Files.readAllLines(out.resolve("robustness.csv"));
        assertEquals(3, rob.size());
        assertTrue(rob.get(0).startsWith("alternative,futures,recruits_averted"));
        assertTrue(r.out().contains("robustness over 4 futures"), r.out());
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("Robustness across futures") && report.contains("robustness-regret.png"));
        assertTrue(Files.size(out.resolve("charts/robustness-shares.svg")) > 0);
        // the futures are cases for scenario discovery: the posterior's parameters are the factors
        CliRun d = CliRun.of("discover", out.toString(), "--where", "averted < 1");
        assertEquals(2, d.exit());
        assertTrue(d.err().contains("the columns are: opinion.mu, baseline_recruits, prevention_recruits, "
                + "prevention_recruits_averted, security_recruits, security_recruits_averted"), d.err());
    }
}
