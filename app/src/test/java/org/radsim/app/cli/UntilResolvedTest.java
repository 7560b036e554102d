package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code compare --until-resolved}: KN adds replications to every scenario and records why it stopped. */
class UntilResolvedTest {

    @TempDir
    Path tmp;

    @Test
    void endsResolvedOrNotSeparableAndRecordsTheStopReason() throws Exception {
        Path out = tmp.resolve("cmp");
        CliRun r = CliRun.of("compare", "baseline", "prevention", "security", "--set", "population.size=400",
                "--set", "ticks=60", "--replications", "3", "--max-replications", "6", "--indifference", "1",
                "--until-resolved", "--out", out.toString(), "--quiet", "--no-report");
        assertEquals(0, r.exit(), r.err());
        JsonNode m = new ObjectMapper().readTree(out.resolve("compare.json").toFile());
        JsonNode u = m.get("until_resolved");
        String stop = u.get("stop").asText();
        assertTrue(stop.equals("resolved") || stop.equals("not_separable"), stop);
        int reps = m.get("replications").asInt();
        assertTrue(reps >= 3 && reps <= 6, "replications " + reps);
        assertTrue(r.out().contains(u.get("stop_reason").asText()), r.out());
        if (stop.equals("not_separable")) {
            assertEquals(6, u.get("replications_screened").asInt());
            assertTrue(r.out().contains("not separable within 6 replications"), r.out());
        }
        // every scenario holds the same replications, so the folder stays a paired comparison
        for (String f : new String[] {"00-baseline", "01-prevention", "02-security"}) {
            assertEquals(reps + 1, Files.readAllLines(out.resolve(f).resolve("summary.csv")).size(), f);
        }
    }

    @Test
    void needsTwoAlternatives() {
        CliRun r = CliRun.of("compare", "baseline", "prevention", "--until-resolved", "--out",
                tmp.resolve("x").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("at least two"), r.err());
    }
}
