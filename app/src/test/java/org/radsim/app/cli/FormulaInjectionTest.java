package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 10: names that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @})
 * are written with a leading quote into every CSV table of a comparison, while numbers (negative ones too) stay
 * numbers, and radsim reads its own tables back unchanged.
 */
class FormulaInjectionTest {

    private static final String BASE = """
            name: "=HYPERLINK(\\"http://evil\\",\\"x\\")"
            seed: 7
            ticks: 12
            replications: 2
            population: {size: 300}
            regions:
              - {name: "=1+1", share: 0.6, language: pashto, neighbours: ["@cmd"]}
              - {name: "@cmd", share: 0.4, language: dari, neighbours: ["=1+1"]}
            propaganda: {languages: [pashto, dari]}
            """;

    private static int radsim(StringWriter err, String... args) {
        var cl = Radsim.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    /** Every field of every row of a CSV file, as a spreadsheet would see it. */
    private static List<List<String>> cells(Path file) throws Exception {
        try (CSVParser p = CSVFormat.RFC4180.parse(Files.newBufferedReader(file))) {
            return p.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    private static void assertNoFormula(Path file) throws Exception {
        for (List<String> row : cells(file)) {
            for (String c : row) {
                boolean number = c.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
                assertTrue(number || c.isEmpty() || "=+-@\t\r".indexOf(c.charAt(0)) < 0,
                        file.getFileName() + ": a spreadsheet would run '" + c + "'");
            }
        }
    }

    @Test
    void formulaLikeNamesAreEscapedInEveryTableAndNumbersStayNumbers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("base.yaml"), BASE);
        Files.writeString(dir.resolve("alt.yaml"), BASE.replace("name: \"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\"",
                "name: \"-alt\"") + """
                interventions:
                  - {type: counter_narrative, start: 2, coverage: 0.5, unit_cost: 10}
                """);
        Path out = dir.resolve("cmp");
        StringWriter err = new StringWriter();
        assertEquals(0, radsim(err, "compare", dir.resolve("base.yaml").toString(), dir.resolve("alt.yaml").toString(),
                "--out", out.toString(), "--threads", "1", "--quiet"), err.toString());

        Path baseRun;
        try (var s = Files.list(out)) {
            baseRun = s.filter(p -> p.getFileName().toString().startsWith("00-")).findFirst().orElseThrow();
        }
        for (Path f : List.of(out.resolve("comparison.csv"), out.resolve("ranking.csv"), out.resolve("costs.csv"),
                out.resolve("parameters.csv"), baseRun.resolve("regions.csv"), baseRun.resolve("regions-stats.csv"),
                baseRun.resolve("summary.csv"), baseRun.resolve("timeseries.csv"))) {
            assertTrue(Files.isRegularFile(f), f.toString());
            assertNoFormula(f);
        }
        List<List<String>> regions = cells(baseRun.resolve("regions.csv"));
        assertTrue(regions.stream().anyMatch(r -> r.get(2).equals("'=1+1")), "escaped region name");
        assertTrue(regions.stream().anyMatch(r -> r.get(2).equals("'@cmd")), "escaped region name");
        List<List<String>> comparison = cells(out.resolve("comparison.csv"));
        assertTrue(comparison.stream().skip(1).allMatch(r -> r.get(0).equals("'-alt")), "escaped alternative name");
        // a negative difference stays a number, unquoted and unescaped
        assertTrue(comparison.stream().skip(1).anyMatch(r -> r.get(5).startsWith("-") && !r.get(5).startsWith("'")),
                "some difference is negative and written as a number");

        // radsim reads the escaped names back as they were written in the scenario
        Files.delete(baseRun.resolve("report.html"));
        assertEquals(0, radsim(err, "report", baseRun.toString()), err.toString());
        assertEquals(List.of("=1+1", "@cmd"),
                org.radsim.analysis.results.ResultsFolder.read(baseRun).regions().regionNames(),
                "region names read back as the user wrote them");
        assertFalse(err.toString().contains("Exception"), err.toString());
    }
}
