package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @Test
    void writesEveryFigureAsCsv(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bench.csv");
        int code = Radsim.commandLine().execute("bench", "--quiet", "--sizes", "20000", "--peer-sizes", "20000",
                "--threads", "2", "--seconds", "0.05", "--sweep-size", "500", "--sweep-ticks", "2",
                "--sweep-replications", "2", "--csv", csv.toString());
        assertEquals(0, code, "exit code");
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(csv)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        Map<String, Double> value = new HashMap<>();
        for (CSVRecord row : rows) {
            value.put(row.get("measure") + "@" + row.get("threads"), Double.parseDouble(row.get("value")));
        }
        for (String key : List.of("model@1", "model@2", "limit kernel@1", "limit kernel@2", "influence step, arrays@1",
                "influence step, object peer@1", "sweep@1", "sweep@2", "profile: social_influence@1",
                "construction@1", "construction@2", "limit kernel speed-up@2", "model speed-up / limit kernel speed-up@2",
                "limit kernel speed-up (independent copies)@2", "sweep speed-up / limit kernel speed-up@2")) {
            assertTrue(value.getOrDefault(key, 0.0) > 0, key + " is measured and positive");
        }
        // the arrays hold at least 49 bytes per citizen (MODEL.md state) and the CSR 4 + 4·degree more
        assertTrue(value.get("memory per citizen (model, network included)@0") > 49 + 4 + 4 * 8,
                "memory per citizen counts the arrays and the network");
        assertTrue(value.get("memory per citizen (object peer)@0") > value.get("memory per citizen (influence step on arrays)@0"),
                "the object peer takes more memory than the arrays of the same step");
    }

    /** The calibration figures: simulations per second on 1 and 2 threads, and construction's share (0..1). */
    @Test
    void calibrationReportsSimulationsPerSecondAndConstructionShare(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("calibration.csv");
        int code = Radsim.commandLine().execute("bench", "--quiet", "--calibration", "--calibration-size", "2000",
                "--calibration-ticks", "10", "--calibration-simulations", "3", "--threads", "2", "--csv", csv.toString());
        assertEquals(0, code, "exit code");
        Map<String, Double> value = values(csv);
        assertTrue(value.get("calibration simulations@1") > 0 && value.get("calibration simulations@2") > 0,
                "simulations per second on 1 and 2 threads");
        double share = value.get("calibration: construction share@1");
        assertTrue(share > 0 && share < 1, "construction is a part of a simulation: " + share);
        // a thread's CPU time cannot exceed its wall time: two workers obtain at most two cores (plus clock slop)
        double cores = value.get("calibration: cores obtained@2");
        assertTrue(cores > 0 && cores <= 2.05, "cores obtained by two workers: " + cores);
    }

    /**
     * The large-run mode at a small size: bytes per citizen while running at least the 49 bytes of citizen arrays
     * plus 4 + 4·degree of CSR, and construction's peak at least that much again (it holds the edge list too).
     */
    @Test
    void largeRunReportsHeapPerCitizen(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("large.csv");
        int code = Radsim.commandLine().execute("bench", "--quiet", "--large", "200000", "--large-ticks", "2",
                "--threads", "2", "--csv", csv.toString());
        assertEquals(0, code, "exit code");
        Map<String, Double> value = values(csv);
        double running = value.get("large run: bytes per citizen while running (after GC)@2");
        assertTrue(running > 49 + 4 + 4 * 8, "running: " + running);
        assertTrue(value.get("large run: bytes per citizen during construction (peak, upper bound)@2") > running,
                "construction holds more than the running model");
        assertTrue(value.get("large run: model@2") > 0, "ticks are timed");
    }

    private static Map<String, Double> values(Path csv) throws Exception {
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(csv)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        Map<String, Double> value = new HashMap<>();
        for (CSVRecord row : rows) {
            value.put(row.get("measure") + "@" + row.get("threads"), Double.parseDouble(row.get("value")));
        }
        return value;
    }

    @Test
    void rejectsANonPositiveSize() {
        assertEquals(2, Radsim.commandLine().execute("bench", "--quiet", "--sizes", "0"));
    }
}
