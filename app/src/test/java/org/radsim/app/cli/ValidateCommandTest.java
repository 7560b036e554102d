package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class ValidateCommandTest {

    @Test
    void aPassingTargetPrintsItsRowWritesTheTablesAndExitsZero(@TempDir Path dir) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = Radsim.commandLine().execute("validate", "RA-1", "--threads", "2", "--quiet", "--out", dir.toString());
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        assertTrue(out.contains("RA-1   pass"), out);
        assertTrue(Files.readString(dir.resolve("validation.csv")).contains("RA-1,validation/ra1-both-extremes"));
        assertTrue(Files.exists(dir.resolve("validation.md")));
    }

    @Test
    void anUnknownTargetIsBadInput() {
        CommandLine cl = Radsim.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("validate", "CV-9", "--quiet"));
        assertTrue(err.toString().contains("no validation target 'CV-9'"), err.toString());
    }

    /**
     * {@code validate --policy} in a test-sized form (2 000 citizens, 104 ticks, 5 replications): the three direction
     * checks, each with the margin interval of the compare folder's own direction-checks.csv, a verdict that follows
     * that interval, and an exit code that is 1 exactly when a direction is contrary. Which directions this small
     * form resolves is not asserted: the full-size table is in the README.
     */
    @Test
    void policyDirectionsReportTheMarginIntervalsTheirVerdictsAndReplicationsNeeded(@TempDir Path dir) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = Radsim.commandLine().execute("validate", "--policy", "--replications", "5", "--set",
                    "population.size=2000", "--ticks", "104", "--threads", "2", "--quiet", "--out", dir.toString());
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        java.util.List<org.apache.commons.csv.CSVRecord> rows = read(dir.resolve("policy-directions.csv"));
        java.util.List<org.apache.commons.csv.CSVRecord> checks = read(dir.resolve("policy/direction-checks.csv"));
        assertEquals(java.util.List.of("counter_narrative", "community", "jobs"),
                rows.stream().map(r -> r.get("alternative")).toList(), out);
        boolean contrary = false;
        for (int k = 0; k < 3; k++) {
            var r = rows.get(k);
            var c = checks.get(k);
            assertEquals(c.get("alternative"), r.get("alternative"));
            assertEquals(Double.parseDouble(c.get("margin")), Double.parseDouble(r.get("margin")), 1e-12);
            assertEquals(Double.parseDouble(c.get("margin_ci_low")), Double.parseDouble(r.get("margin_low")), 1e-12);
            assertEquals(Double.parseDouble(c.get("margin_ci_high")), Double.parseDouble(r.get("margin_high")), 1e-12);
            double low = Double.parseDouble(r.get("margin_low"));
            double high = Double.parseDouble(r.get("margin_high"));
            assertEquals(low > 0 ? "resolved" : high < 0 ? "contrary" : "unresolved", r.get("verdict"));
            contrary |= high < 0;
            assertEquals("5", r.get("pairs"));
            assertTrue(Long.parseLong(r.get("replications_needed")) >= 2, r.toString());
            assertTrue(out.contains(r.get("alternative")) && out.contains(r.get("verdict")), out);
        }
        assertEquals(contrary ? 1 : 0, code, out);
        assertTrue(Files.exists(dir.resolve("policy/report.html")));
        assertTrue(Files.readString(dir.resolve("policy-directions.md")).startsWith("| alternative | expected |"));
    }

    @Test
    void policyOptionsWithoutPolicyAreBadInput() {
        CommandLine cl = Radsim.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("validate", "RA-1", "--replications", "5", "--quiet"));
        assertTrue(err.toString().contains("apply to --policy only"), err.toString());
    }

    private static java.util.List<org.apache.commons.csv.CSVRecord> read(Path csv) throws Exception {
        try (var p = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv))) {
            return p.getRecords();
        }
    }
}
