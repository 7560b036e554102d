package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.output.Csv;
import org.radsim.core.output.DataPackage;
import org.radsim.core.run.DataDictionary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Every folder type's {@code datapackage.json} validates against the Frictionless Data Package and Table Schema
 * JSON Schemas (vendored in {@code src/test/resources/frictionless}, v2.0), describes every CSV table of the folder
 * and every column, and every value of every table conforms to its column's type: results, compare (also with
 * {@code --ensemble}), sweep, sensitivity analysis, discovery, calibration and optimisation folders.
 */
class DataPackageTest {

    private static final String BASE = """
            name: dp-base
            seed: 5
            ticks: 12
            replications: 2
            population: {size: 500}
            regions:
              - {name: east, share: 0.6, language: pashto, neighbours: [west]}
              - {name: west, share: 0.4, language: dari, neighbours: [east]}
            propaganda: {languages: [pashto, dari]}
            """;

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern NUMBER =
            Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?|NaN|-?Infinity|-?INF");

    @TempDir
    static Path tmp;

    private static Schema dataPackage;
    private static Schema tableSchema;

    @BeforeAll
    static void schemas() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        try (InputStream dp = DataPackageTest.class.getResourceAsStream("/frictionless/datapackage-2.0.json");
             InputStream ts = DataPackageTest.class.getResourceAsStream("/frictionless/tableschema-2.0.json")) {
            dataPackage = registry.getSchema(dp);
            tableSchema = registry.getSchema(ts);
        }
    }

    @Test
    void resultsFolderIsDescribed() throws Exception {
        Files.writeString(tmp.resolve("base.yaml"), BASE);
        Path out = tmp.resolve("run");
        CliRun r = CliRun.of("run", tmp.resolve("base.yaml").toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        List<String> tables = check(out);
        assertTrue(tables.containsAll(List.of("summary.csv", "timeseries.csv", "regions.csv", "summary-stats.csv",
                "timeseries-stats.csv", "regions-stats.csv")), tables.toString());
        JsonNode summary = resource(out, "summary.csv");
        assertEquals("[\"replication\"]", summary.at("/schema/primaryKey").toString());
        JsonNode members = field(summary, "final_member");
        assertEquals("people", members.path("unit").asText());
        assertTrue(members.path("description").asText().contains("members"), members.toString());
    }

    @Test
    void compareFolderIsDescribed() throws Exception {
        Files.writeString(tmp.resolve("cbase.yaml"), BASE);
        Files.writeString(tmp.resolve("calt.yaml"), BASE.replace("name: dp-base", "name: dp-jobs") + """
                interventions:
                  - {type: counter_narrative, start: 2, coverage: 0.5, unit_cost: 10}
                """);
        Path out = tmp.resolve("cmp");
        CliRun r = CliRun.of("compare", tmp.resolve("cbase.yaml").toString(), tmp.resolve("calt.yaml").toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        List<String> tables = check(out);
        assertTrue(tables.containsAll(List.of("comparison.csv", "costs.csv", "ranking.csv", "parameters.csv")),
                tables.toString());
        try (Stream<Path> s = Files.list(out)) {
            for (Path sub : s.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).toList()) {
                assertTrue(check(sub).contains("summary.csv"), sub.toString());
            }
        }
    }

    @Test
    void sweepFolderIsDescribed() throws Exception {
        Files.copy(Path.of("src/test/resources/sweep/small.yaml"), tmp.resolve("small.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path f = tmp.resolve("real-lhs.yaml");
        Files.copy(Path.of("src/test/resources/sweep/real-lhs.yaml"), f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path out = tmp.resolve("sweep");
        CliRun r = CliRun.of("sweep", "run", f.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        List<String> tables = check(out);
        assertTrue(tables.containsAll(List.of("plan.csv", "design.csv", "results.csv")), tables.toString());
        assertEquals("any", field(resource(out, "results.csv"), "opinion.mu").path("type").asText());
    }

    @Test
    void sweepRecordsPerTickSeriesAndCommonRandomNumbersOnRequest() throws Exception {
        Files.copy(Path.of("src/test/resources/sweep/small.yaml"), tmp.resolve("small.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path f = tmp.resolve("series.yaml");
        Files.writeString(f, Files.readString(Path.of("src/test/resources/sweep/real-lhs.yaml"))
                .replace("name: real-lhs", "name: series").replace("design:\n  type: lhs\n  n: 8", "design:\n  type: lhs\n  n: 3")
                + "outputs: [summary, timeseries, regions]\ncommon_random_numbers: true\n");
        Path out = tmp.resolve("series-sweep");
        CliRun r = CliRun.of("sweep", "run", f.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        List<String> tables = check(out);
        assertTrue(tables.containsAll(List.of("timeseries.csv", "regions.csv")), tables.toString());
        // 3 points x 2 replications x 21 ticks (0..20), in run order
        List<String> ts = Files.readAllLines(out.resolve("timeseries.csv"));
        assertEquals(1 + 3 * 2 * 21, ts.size(), "rows of timeseries.csv");
        assertTrue(ts.get(0).startsWith("run,point,replication,tick,"), ts.get(0));
        assertTrue(ts.get(ts.size() - 1).startsWith("5,2,1,20,"), ts.get(ts.size() - 1));
        // common random numbers: replication r has the same seed at every point
        List<String> plan = Files.readAllLines(out.resolve("plan.csv"));
        for (int run = 0; run < 6; run++) {
            String[] c = plan.get(1 + run).split(",");
            String[] first = plan.get(1 + Integer.parseInt(c[2])).split(",");
            assertEquals(first[3], c[3], "seed of run " + run);
        }
        assertTrue(!plan.get(1).split(",")[3].equals(plan.get(2).split(",")[3]), "replications 0 and 1 differ");
    }

    @Test
    void sensitivityAnalysisFolderIsDescribed() throws Exception {
        Path f = tmp.resolve("ishigami.yaml");
        Files.writeString(f, "name: ishigami\nmodel: ishigami\nfactors:\n"
                + "  - {path: x1, min: -3.14, max: 3.14}\n  - {path: x2, min: -3.14, max: 3.14}\n"
                + "design: {type: sobol, n: 64}\nmetrics: [y]\n");
        Path out = tmp.resolve("ishigami-sweep");
        assertEquals(0, CliRun.of("sweep", "run", f.toString(), "--out", out.toString(), "--quiet").exit());
        check(out);
        CliRun an = CliRun.of("analyze", out.toString(), "--quiet", "--resamples", "20");
        assertEquals(0, an.exit(), an.err());
        assertTrue(check(out.resolve("analysis")).contains("sobol.csv"));
        CliRun d = CliRun.of("discover", out.toString(), "--where", "y > 2", "--out", tmp.resolve("disc").toString(),
                "--quiet");
        assertEquals(0, d.exit(), d.err());
        assertEquals(List.of("prim-box.csv", "prim-peeling.csv"), check(tmp.resolve("disc")));
        assertEquals("boolean", field(resource(tmp.resolve("disc"), "prim-box.csv"), "restricted").path("type").asText());
        assertEquals("number", field(resource(tmp.resolve("disc"), "prim-peeling.csv"), "x1_lo").path("type").asText());
    }

    @Test
    void calibrationFolderIsDescribed() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("calib"));
        Path f = CalibrateCommandTest.write(dir, CalibrateCommandTest.GOOD.replace("particles: 30", "particles: 10")
                .replace("max_generations: 3", "max_generations: 2"));
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("calibrate", f.toString(), "--out", out.toString(), "--quiet", "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("generations.csv", "posterior.csv", "predictive.csv", "statistics.csv", "targets.csv"),
                check(out));
        JsonNode posterior = resource(out, "posterior.csv");
        assertEquals("[\"generation\",\"particle\"]", posterior.at("/schema/primaryKey").toString());
        assertTrue(field(posterior, "beta").path("description").asText().contains("contagion.beta"));
        assertTrue(field(resource(out, "generations.csv"), "sd_beta").path("description").asText().contains("beta"));
        // the data dictionary is one of the files the manifest records
        JsonNode files = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("files");
        assertTrue(files.has(DataPackage.FILE), files.toString());
        // a column the calibration folder does not describe is refused, naming it
        Files.writeString(out.resolve("targets.csv"), Files.readString(out.resolve("targets.csv"))
                .replaceFirst("weight\r\n", "weight,new_column\r\n"));
        org.radsim.core.calibration.CalibrationFolder folder = new org.radsim.core.calibration.CalibrationFolder(out,
                org.radsim.core.calibration.CalibrationLoader.load(f));
        DataPackage.UndescribedColumnException e = assertThrows(DataPackage.UndescribedColumnException.class,
                folder::describe);
        assertTrue(e.getMessage().contains("column 'new_column' has no description"), e.getMessage());
    }

    @Test
    void optimisationFoldersAreDescribed() throws Exception {
        Path f = tmp.resolve("zdt1-tiny.yaml");
        Files.writeString(f, "name: zdt1-tiny\nproblem: zdt1\nseed: 1\nalgorithm: {type: nsga2, population: 12, "
                + "generations: 4}\n");
        Path out = tmp.resolve("zdt1-tiny");
        CliRun r = CliRun.of("optimize", f.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("front.csv"), check(out));
        assertEquals("number", field(resource(out, "front.csv"), "f2").path("type").asText());

        Path m = tmp.resolve("model-opt.yaml");
        Files.writeString(m, "name: model-opt\nbase: baseline\nset: [population.size=300, ticks=30]\n"
                + "replications: 2\nalgorithm: {population: 4, generations: 1}\nobjectives:\n"
                + "  - {metric: final_cumulative_recruits, statistic: percentile, percentile: 90}\n"
                + "  - {metric: final_cumulative_cost}\nlevers:\n"
                + "  - {type: jobs, coverage_max: 0.5, start_min: 4, start_max: 20, targets: [high_risk, unemployed],"
                + " set: [unit_cost=1500]}\ncompare: [jobs]\n");
        Path mout = tmp.resolve("model-opt");
        CliRun mr = CliRun.of("optimize", m.toString(), "--out", mout.toString(), "--quiet");
        assertEquals(0, mr.exit(), mr.err());
        assertEquals(List.of("front.csv", "packages.csv"), check(mout));
        JsonNode p90 = field(resource(mout, "front.csv"), "p90 final_cumulative_recruits");
        assertEquals("people", p90.path("unit").asText(), p90.toString());
        assertEquals("integer", field(resource(mout, "front.csv"), "jobs_start").path("type").asText());
    }

    @Test
    void ensembleCompareFolderDescribesRobustness() throws Exception {
        Path post = tmp.resolve("ens-posterior.csv");
        Files.writeString(post, "generation,particle,weight,distance,attempts,opinion.mu\r\n"
                + "0,0,0.5,0.1,5,0.1\r\n0,1,0.5,0.1,5,0.3\r\n");
        Path out = tmp.resolve("ens-cmp");
        CliRun r = CliRun.of("compare", "baseline", "prevention", "--ensemble", post.toString(), "--set",
                "population.size=300", "--set", "ticks=20", "--replications", "3", "--out", out.toString(), "--quiet",
                "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertTrue(check(out).contains("robustness.csv"));
        JsonNode summary = resource(out.resolve("00-baseline"), "summary.csv");
        assertEquals("integer", field(summary, "ensemble_set").path("type").asText());
        assertEquals("number", field(summary, "ensemble_opinion.mu").path("type").asText());
    }

    @Test
    void theValidatorRejectsABrokenPackage() throws Exception {
        JsonNode broken = new ObjectMapper().readTree("{\"name\": \"x\", \"resources\": [{\"name\": \"t\"}]}");
        assertFalse(dataPackage.validate(broken).isEmpty(), "a resource without path or data must not validate");
        JsonNode badField = new ObjectMapper().readTree("{\"fields\": [{\"name\": \"a\", \"type\": \"numbr\"}]}");
        assertFalse(tableSchema.validate(badField).isEmpty(), "an unknown field type must not validate");
    }

    @Test
    void aColumnWithoutADescriptionIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("summary.csv"), "replication,seed,final_member,final_new_thing\r\n0,1,2,3\r\n");
        DataPackage.UndescribedColumnException e = assertThrows(DataPackage.UndescribedColumnException.class,
                () -> DataDictionary.describeResults(dir));
        assertTrue(e.getMessage().contains("column 'final_new_thing' has no description"), e.getMessage());
        Files.writeString(dir.resolve("summary.csv"), "replication,seed,final_member\r\n0,1,2\r\n");
        Files.writeString(dir.resolve("extra.csv"), "a\r\n1\r\n");
        assertThrows(DataPackage.UndescribedColumnException.class, () -> DataDictionary.describeResults(dir));
    }

    /** Validates the folder's datapackage.json and its tables; returns the tables it describes. */
    private static List<String> check(Path dir) throws Exception {
        Path file = dir.resolve(DataPackage.FILE);
        assertTrue(Files.isRegularFile(file), file + " missing");
        JsonNode dp = new ObjectMapper().readTree(file.toFile());
        List<Error> errors = dataPackage.validate(dp);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), file + " against the Data Package schema");
        List<String> described = new ArrayList<>();
        for (JsonNode res : dp.get("resources")) {
            String path = res.get("path").asText();
            described.add(path);
            JsonNode schema = res.get("schema");
            assertEquals(List.of(), tableSchema.validate(schema).stream().map(Error::toString).toList(),
                    file + " " + path + " against the Table Schema schema");
            conforms(dir.resolve(path), schema);
        }
        TreeSet<String> csvs = new TreeSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).forEach(csvs::add);
        }
        assertEquals(csvs, new TreeSet<>(described), dir + ": every table is a resource");
        return described;
    }

    /** The header is the schema's field list, every value has the field's type, the primary key is unique. */
    private static void conforms(Path table, JsonNode schema) throws Exception {
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (JsonNode f : schema.get("fields")) {
            names.add(f.get("name").asText());
            types.add(f.get("type").asText());
            assertFalse(f.path("description").asText().isBlank(), table + ": " + f + " has no description");
        }
        List<Integer> key = new ArrayList<>();
        schema.path("primaryKey").forEach(k -> key.add(names.indexOf(k.asText())));
        TreeSet<String> keys = new TreeSet<>();
        try (CSVParser p = Csv.rows(table)) {
            var it = p.iterator();
            assertEquals(names, it.next().toList(), table + ": header");
            while (it.hasNext()) {
                CSVRecord r = it.next();
                assertEquals(names.size(), r.size(), table + " line " + r.getRecordNumber());
                for (int c = 0; c < r.size(); c++) {
                    String v = r.get(c);
                    if (v.equals(Csv.MISSING) || types.get(c).equals("string") || types.get(c).equals("any")) {
                        continue;
                    }
                    boolean ok = switch (types.get(c)) {
                        case "integer" -> INTEGER.matcher(v).matches();
                        case "number" -> NUMBER.matcher(v).matches();
                        case "boolean" -> v.equals("true") || v.equals("false");
                        default -> false;
                    };
                    assertTrue(ok, table + " line " + r.getRecordNumber() + ", column " + names.get(c) + ": '" + v
                            + "' is not a " + types.get(c));
                }
                StringBuilder k = new StringBuilder();
                key.forEach(i -> k.append(r.get(i)).append('\u0000'));
                assertTrue(key.isEmpty() || keys.add(k.toString()), table + ": primary key repeats at line "
                        + r.getRecordNumber());
            }
        }
    }

    private static JsonNode resource(Path dir, String path) throws Exception {
        for (JsonNode res : new ObjectMapper().readTree(dir.resolve(DataPackage.FILE).toFile()).get("resources")) {
            if (res.get("path").asText().equals(path)) {
                return res;
            }
        }
        throw new AssertionError(path + " is not a resource");
    }

    private static JsonNode field(JsonNode resource, String name) {
        for (JsonNode f : resource.at("/schema/fields")) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(name + " is not a field of " + resource.get("path"));
    }
}
