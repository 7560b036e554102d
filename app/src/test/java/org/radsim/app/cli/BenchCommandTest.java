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
                "influence step, object peer@1", "sweep@1", "sweep@2", "profile: social_influence@1")) {
            assertTrue(value.getOrDefault(key, 0.0) > 0, key + " is measured and positive");
        }
        // the arrays hold at least 49 bytes per citizen (MODEL.md state) and the CSR 4 + 4·degree more
        assertTrue(value.get("memory per citizen (model, network included)@0") > 49 + 4 + 4 * 8,
                "memory per citizen counts the arrays and the network");
        assertTrue(value.get("memory per citizen (object peer)@0") > value.get("memory per citizen (influence step on arrays)@0"),
                "the object peer takes more memory than the arrays of the same step");
    }

    @Test
    void rejectsANonPositiveSize() {
        assertEquals(2, Radsim.commandLine().execute("bench", "--quiet", "--sizes", "0"));
    }
}
