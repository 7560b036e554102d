package org.radsim.analysis.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.radsim.core.output.FormulaEscape;
import org.radsim.core.output.FolderVerifier;
import org.radsim.core.output.ResultsFolderException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.radsim.core.output.Csv;

/**
 * One results folder of {@code radsim run}, read into memory: the manifest, the run summaries (one row per
 * completed replication) and, on first use, the time series and per-region series.
 *
 * <p>Only replications listed in {@code summary.csv} count (those that completed); their order there fixes the
 * order of every array this class returns, so {@code summary(m)[k]} and {@code series().values(m)[k]} belong to
 * the same replication {@code replications().get(k)}.
 */
public final class ResultsFolder {

    /** Name of the manifest file in a results folder. */
    public static final String MANIFEST = "manifest.json";

    private final Path dir;
    private final JsonNode manifest;
    private final List<Integer> replications;
    private final List<Long> seeds;
    private final Map<String, double[]> summary;
    private Series series;
    private RegionSeries regions;

    private ResultsFolder(Path dir, JsonNode manifest, List<Integer> replications, List<Long> seeds,
                          Map<String, double[]> summary) {
        this.dir = dir;
        this.manifest = manifest;
        this.replications = replications;
        this.seeds = seeds;
        this.summary = summary;
    }

    /**
     * Reads the manifest and the summaries of the finished results folder {@code dir}, after
     * {@linkplain FolderVerifier verifying} it against its manifest.
     *
     * @throws ResultsFolderException when {@code dir} is not a results folder, is incomplete or is damaged (the
     *                                message names the file, the line and what is wrong)
     */
    public static ResultsFolder read(Path dir) {
        return read(dir, FolderVerifier.Need.COMPLETE);
    }

    /**
     * Like {@link #read(Path)}, for a run whose tables are joined but whose statistics and report are still being
     * written (the run's own report step).
     */
    public static ResultsFolder readJoined(Path dir) {
        return read(dir, FolderVerifier.Need.TABLES);
    }

    private static ResultsFolder read(Path dir, FolderVerifier.Need need) {
        FolderVerifier.verifyRun(dir, need);
        Path manifestFile = dir.resolve(MANIFEST);
        Path summaryFile = dir.resolve("summary.csv");
        try {
            JsonNode manifest = new ObjectMapper().readTree(manifestFile.toFile());
            List<Integer> reps = new ArrayList<>();
            List<Long> seeds = new ArrayList<>();
            Map<String, List<Double>> cols = new LinkedHashMap<>();
            try (CSVParser p = Csv.parser(summaryFile)) {
                List<String> header = p.getHeaderNames();
                for (String h : header.subList(Math.min(2, header.size()), header.size())) {
                    cols.put(h, new ArrayList<>());
                }
                for (CSVRecord r : p) {
                    reps.add(Integer.parseInt(r.get("replication")));
                    seeds.add(Long.parseLong(r.get("seed")));
                    for (Map.Entry<String, List<Double>> c : cols.entrySet()) {
                        c.getValue().add(Csv.number(r.get(c.getKey())));
                    }
                }
            }
            Map<String, double[]> summary = new LinkedHashMap<>();
            cols.forEach((k, v) -> summary.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
            return new ResultsFolder(dir, manifest, List.copyOf(reps), List.copyOf(seeds), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** The whole manifest.json. */
    public JsonNode manifest() {
        return manifest;
    }

    /** The resolved scenario tree recorded in the manifest (a missing node when absent). */
    public JsonNode scenario() {
        JsonNode s = manifest.get("scenario");
        return s == null ? MissingNode.getInstance() : s;
    }

    public String scenarioName() {
        String n = manifest.path("scenario_name").asText("");
        return n.isEmpty() ? scenario().path("name").asText(dir.getFileName().toString()) : n;
    }

    public String description() {
        return scenario().path("description").asText("");
    }

    public String status() {
        return manifest.path("status").asText("unknown");
    }

    public long masterSeed() {
        return manifest.path("master_seed").asLong();
    }

    /** The model of the run ({@code radicalization} or a classic model's name). */
    public String model() {
        return manifest.path("model").asText(scenario().path("model").asText("radicalization"));
    }

    /**
     * Whether ticks are calendar time: true for the radicalization model (weekly ticks by default); the classic
     * models count abstract steps.
     */
    public boolean ticksAreCalendarTime() {
        return "radicalization".equals(model());
    }

    /** Ticks per year of the scenario (52 when not recorded). */
    public int ticksPerYear() {
        return scenario().path("ticks_per_year").asInt(52);
    }

    /** Replication indices of the completed replications, in the order of summary.csv. */
    public List<Integer> replications() {
        return replications;
    }

    /** Seeds of {@link #replications()}, same order. */
    public List<Long> seeds() {
        return seeds;
    }

    /** Summary column names (after replication and seed), in file order. */
    public List<String> summaryColumns() {
        return List.copyOf(summary.keySet());
    }

    /** One summary column, one value per completed replication. */
    public double[] summary(String column) {
        double[] v = summary.get(column);
        if (v == null) {
            throw new IllegalArgumentException("summary.csv of " + dir + " has no column '" + column + "'");
        }
        return v.clone();
    }

    public boolean hasSummary(String column) {
        return summary.containsKey(column);
    }

    /** The global time series (timeseries.csv), read on first use. */
    public synchronized Series series() {
        if (series == null) {
            series = readSeries();
        }
        return series;
    }

    /** The per-region series (regions.csv), read on first use; empty when the model reports none. */
    public synchronized RegionSeries regions() {
        if (regions == null) {
            regions = readRegions();
        }
        return regions;
    }

    /**
     * Time series of several metrics over replications.
     *
     * @param ticks  the ticks, ascending (tick 0 = initial state)
     * @param values metric → [replication][tick index], NaN where a replication lacks a tick
     */
    public record Series(List<String> metrics, long[] ticks, Map<String, double[][]> values) {
        public double[][] values(String metric) {
            double[][] v = values.get(metric);
            if (v == null) {
                throw new IllegalArgumentException("no metric '" + metric + "' in the time series");
            }
            return v;
        }
    }

    /** Per-region time series: one {@link Series} per region, in file order of the regions. */
    public record RegionSeries(List<String> regionNames, Map<String, Series> byRegion) {
        public boolean isEmpty() {
            return regionNames.isEmpty();
        }
    }

    private Series readSeries() {
        Path file = dir.resolve("timeseries.csv");
        if (!Files.isRegularFile(file)) {
            return new Series(List.of(), new long[0], Map.of());
        }
        try (CSVParser p = Csv.parser(file)) {
            List<String> header = p.getHeaderNames();
            List<String> metrics = List.copyOf(header.subList(2, header.size()));
            Collector c = new Collector(metrics);
            for (CSVRecord r : p) {
                c.add(Integer.parseInt(r.get(0)), Long.parseLong(r.get(1)), r, 2);
            }
            return c.series();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RegionSeries readRegions() {
        Path file = dir.resolve("regions.csv");
        if (!Files.isRegularFile(file)) {
            return new RegionSeries(List.of(), Map.of());
        }
        try (CSVParser p = Csv.parser(file)) {
            List<String> header = p.getHeaderNames();
            List<String> metrics = List.copyOf(header.subList(3, header.size()));
            Map<String, Collector> byRegion = new LinkedHashMap<>();
            for (CSVRecord r : p) {
                byRegion.computeIfAbsent(FormulaEscape.unescape(r.get(2)), k -> new Collector(metrics))
                        .add(Integer.parseInt(r.get(0)), Long.parseLong(r.get(1)), r, 3);
            }
            Map<String, Series> out = new LinkedHashMap<>();
            byRegion.forEach((k, v) -> out.put(k, v.series()));
            return new RegionSeries(List.copyOf(out.keySet()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gathers rows of one table into [replication][tick] arrays aligned with {@link #replications}. */
    private final class Collector {
        private final List<String> metrics;
        private final Map<Integer, Map<Long, double[]>> rows = new LinkedHashMap<>();
        private final java.util.TreeSet<Long> ticks = new java.util.TreeSet<>();

        Collector(List<String> metrics) {
            this.metrics = metrics;
        }

        void add(int replication, long tick, CSVRecord r, int firstMetric) {
            double[] v = new double[metrics.size()];
            for (int m = 0; m < v.length; m++) {
                v[m] = Csv.number(r.get(firstMetric + m));
            }
            rows.computeIfAbsent(replication, k -> new LinkedHashMap<>()).put(tick, v);
            ticks.add(tick);
        }

        Series series() {
            long[] t = ticks.stream().mapToLong(Long::longValue).toArray();
            Map<String, double[][]> values = new LinkedHashMap<>();
            for (int m = 0; m < metrics.size(); m++) {
                double[][] a = new double[replications.size()][t.length];
                for (int k = 0; k < replications.size(); k++) {
                    Arrays.fill(a[k], Double.NaN);
                    Map<Long, double[]> rep = rows.get(replications.get(k));
                    if (rep == null) {
                        continue;
                    }
                    for (int i = 0; i < t.length; i++) {
                        double[] row = rep.get(t[i]);
                        if (row != null) {
                            a[k][i] = row[m];
                        }
                    }
                }
                values.put(metrics.get(m), a);
            }
            return new Series(metrics, t, values);
        }
    }
}
