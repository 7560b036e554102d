package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CompareCommandTest {

    private static final String BASE = """
            name: small-base
            description: A small test population.
            seed: 99
            ticks: 30
            replications: 3
            population: {size: 600}
            regions:
              - {name: east, share: 0.6, language: pashto, neighbours: [west]}
              - {name: west, share: 0.4, language: dari, neighbours: [east]}
            propaganda: {languages: [pashto, dari]}
            """;

    private static int radsim(StringWriter err, String... args) {
        var cl = Radsim.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static Path scenarios(Path dir) throws Exception {
        Files.writeString(dir.resolve("base.yaml"), BASE);
        Files.writeString(dir.resolve("cn.yaml"), BASE.replace("name: small-base", "name: \"<b>cn</b>\"") + """
                interventions:
                  - {type: counter_narrative, start: 5, coverage: 0.5, unit_cost: 10}
                """);
        return dir;
    }

    @Test
    void compareRunsEveryScenarioWithTheSameSeedsAndWritesTheReport(@TempDir Path dir) throws Exception {
        scenarios(dir);
        Path out = dir.resolve("cmp");
        StringWriter err = new StringWriter();
        int code = radsim(err, "compare", dir.resolve("base.yaml").toString(), dir.resolve("cn.yaml").toString(),
                "--out", out.toString(), "--threads", "2", "--quiet");
        assertEquals(0, code, err.toString());
        for (String f : new String[] {"compare.json", "comparison.csv", "ranking.csv", "costs.csv", "report.html",
                "00-small-base/report.html", "01-_b_cn_b_/summary.csv", "charts/cost-vs-averted.png"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode b = json.readTree(out.resolve("00-small-base/manifest.json").toFile()).get("replications");
        JsonNode a = json.readTree(out.resolve("01-_b_cn_b_/manifest.json").toFile()).get("replications");
        assertEquals(3, b.size());
        for (int k = 0; k < 3; k++) {
            assertEquals(b.get(k).get("seed").asLong(), a.get(k).get("seed").asLong(), "replication " + k + " shares its seed");
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("&lt;b&gt;cn&lt;/b&gt;") && !html.contains("<b>cn</b>"), "scenario name escaped");

        // the report is rebuilt from the folder alone
        Files.delete(out.resolve("report.html"));
        assertEquals(0, radsim(err, "report", out.toString()), err.toString());
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
    }

    @Test
    void reportRefusesAFolderThatHoldsNoResults(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertEquals(UserErrors.BAD_INPUT, radsim(err, "report", dir.toString()));
        assertTrue(err.toString().contains("is not a results folder"), err.toString());
    }

    @Test
    void precisionAddsReplicationsUntilTheCapAndSaysWhy(@TempDir Path dir) throws Exception {
        scenarios(dir);
        Path out = dir.resolve("run");
        StringWriter err = new StringWriter();
        // a half-width of 1e-9 recruits cannot be reached: the run stops at the cap and records why
        int code = radsim(err, "run", dir.resolve("base.yaml").toString(), "--out", out.toString(), "--quiet",
                "--threads", "2", "--precision", "1e-9", "--precision-metric", "final_radicalized",
                "--max-replications", "5", "--no-report");
        assertEquals(0, code, err.toString());
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(5, Files.readAllLines(out.resolve("summary.csv")).size() - 1, "3 replications, then 2 more to the cap");
        assertTrue(m.get("stop_reason").asText().contains("5"), m.get("stop_reason").asText());
    }

    @Test
    void unknownPrecisionMetricIsBadInput(@TempDir Path dir) throws Exception {
        scenarios(dir);
        StringWriter err = new StringWriter();
        int code = radsim(err, "run", dir.resolve("base.yaml").toString(), "--out", dir.resolve("r").toString(),
                "--quiet", "--precision", "2", "--precision-metric", "final_members");
        assertEquals(UserErrors.BAD_INPUT, code);
        assertTrue(err.toString().contains("final_members"), err.toString());
    }
}
