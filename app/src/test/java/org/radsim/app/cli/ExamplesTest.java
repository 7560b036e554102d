package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts in {@code examples/} run on real folders, so they cannot rot: the Python one (pandas + matplotlib)
 * redraws the main chart of a results folder and of a compare folder, and R (read.csv, jsonlite) reads the seeds
 * of summary.csv and manifest.json exactly. Skipped when python3 with pandas or Rscript with jsonlite is missing,
 * unless {@code RADSIM_REQUIRE_EXAMPLES=1} (CI sets it and installs them).
 */
class ExamplesTest {

    private static final String BASE = """
            name: ex-base
            seed: 20261129
            ticks: 20
            replications: 3
            population: {size: 600}
            regions:
              - {name: east, share: 0.6, language: pashto, neighbours: [west]}
              - {name: west, share: 0.4, language: dari, neighbours: [east]}
            propaganda: {languages: [pashto, dari]}
            """;

    @TempDir
    static Path tmp;
    static Path run;
    static Path cmp;

    @BeforeAll
    static void folders() throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), BASE);
        Files.writeString(tmp.resolve("alt.yaml"), BASE.replace("name: ex-base", "name: ex-cn") + """
                interventions:
                  - {type: counter_narrative, start: 2, coverage: 0.5, unit_cost: 10}
                """);
        run = tmp.resolve("run");
        cmp = tmp.resolve("cmp");
        assertEquals(0, CliRun.of("run", tmp.resolve("base.yaml").toString(), "--out", run.toString(), "--quiet")
                .exit());
        assertEquals(0, CliRun.of("compare", tmp.resolve("base.yaml").toString(), tmp.resolve("alt.yaml").toString(),
                "--out", cmp.toString(), "--quiet").exit());
    }

    @Test
    void pythonRedrawsTheMainChartOfAResultsAndACompareFolder() throws Exception {
        String python = tool("import pandas, matplotlib", "python3", "/usr/bin/python3");
        Result r = exec(python, script("plot_results.py"), run.toString(), "--out", tmp.resolve("run.png").toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("3 replications"), r.out());
        Result c = exec(python, script("plot_results.py"), cmp.toString(), "--metric", "member", "--out",
                tmp.resolve("cmp.png").toString());
        assertEquals(0, c.exit(), c.out());
        assertTrue(c.out().contains("2 scenario(s)"), c.out());
        for (String png : List.of("run.png", "cmp.png")) {
            assertTrue(Files.size(tmp.resolve(png)) > 5_000, png + " is an image");
        }
    }

    @Test
    void rReadsTheSeedsExactly() throws Exception {
        String rscript = tool(null, "Rscript", "/usr/bin/Rscript");
        Result r = exec(rscript, script("check_seeds.R"), run.toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("seeds exact"), r.out());
        Result plot = exec(rscript, script("plot_results.R"), cmp.toString(), "member", tmp.resolve("r.png").toString());
        assertEquals(0, plot.exit(), plot.out());
    }

    private record Result(int exit, String out) { }

    private static String script(String name) {
        return Path.of("..", "examples", name).toAbsolutePath().normalize().toString();
    }

    /** The first candidate that runs (and, for Python, imports {@code check}); skips or fails when none does. */
    private static String tool(String check, String... candidates) throws Exception {
        for (String c : candidates) {
            try {
                Result r = check != null ? exec(c, "-c", check)
                        : exec(c, "-e", "suppressMessages(library(jsonlite))");
                if (r.exit() == 0) {
                    return c;
                }
            } catch (IOException notThere) {
                // try the next one
            }
        }
        boolean required = "1".equals(System.getenv("RADSIM_REQUIRE_EXAMPLES"));
        String what = String.join(" or ", candidates) + (check != null ? " with pandas and matplotlib" : " with jsonlite");
        if (required) {
            throw new AssertionError(what + " is needed (RADSIM_REQUIRE_EXAMPLES=1)");
        }
        Assumptions.abort(what + " not installed");
        return null;
    }

    private static Result exec(String... cmd) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(cmd))).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", cmd) + " did not finish in 120 s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
