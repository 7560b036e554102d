package org.radsim.analysis.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.radsim.analysis.chart.MetricLabels;
import org.radsim.analysis.chart.ScenarioCharts;
import org.radsim.analysis.results.ResultsFolder;
import org.radsim.core.output.AtomicFile;
import org.radsim.analysis.stats.Estimate;
import org.radsim.analysis.stats.ReplicationStats;

import com.fasterxml.jackson.databind.JsonNode;
import org.radsim.core.replication.Metrics;

/**
 * The report of one {@code radsim run} results folder: writes {@code summary-stats.csv},
 * {@code timeseries-stats.csv}, {@code regions-stats.csv}, {@code charts/} (PNG + SVG) and {@code report.html} into the folder, from the
 * folder's files alone, each written completely or not at all. Running it again overwrites those files and nothing
 * else; whoever calls it records the new files in the manifest ({@code FolderVerifier.rerecord}).
 */
public final class RunReport {

    /** File name of the report in a results folder. */
    public static final String FILE = "report.html";
    /** Folder of the charts, relative to the results folder. */
    public static final String CHARTS = "charts";

    private RunReport() {
    }

    /** Writes the statistics, charts and report of {@code resultsFolder}; returns the report's path. */
    public static Path write(Path resultsFolder) {
        ResultsFolder f = ResultsFolder.readJoined(resultsFolder);
        ReplicationStats.write(f, resultsFolder);
        Path charts = resultsFolder.resolve(CHARTS);
        List<ScenarioCharts.Written> series = f.replications().isEmpty() ? List.of()
                : ScenarioCharts.timeSeries(List.of(f), charts);
        List<ScenarioCharts.Written> regions = f.replications().isEmpty() ? List.of()
                : ScenarioCharts.regions(List.of(f), charts);

        Html h = new Html().begin("radsim run: " + f.scenarioName());
        h.h(1, null, "radsim run: " + f.scenarioName());
        if (!f.description().isEmpty()) {
            h.p("lead", f.description());
        }
        if (!"completed".equals(f.status())) {
            h.p("warn", "This run's status is \"" + f.status() + "\": the statistics cover only the "
                    + f.replications().size() + " replications that completed.");
        }
        runFacts(h, f);
        summaryTable(h, f);
        if (!series.isEmpty()) {
            h.h(2, "charts", "Over time");
            for (ScenarioCharts.Written w : series) {
                h.figure(CHARTS + "/" + w.file(), CHARTS + "/" + w.svgFile(), w.title(), w.caption());
            }
        }
        if (!regions.isEmpty()) {
            h.h(2, "regions", "By region");
            for (ScenarioCharts.Written w : regions) {
                h.figure(CHARTS + "/" + w.file(), CHARTS + "/" + w.svgFile(), w.title(), w.caption());
            }
        }
        files(h, resultsFolder);
        method(h);
        Path out = resultsFolder.resolve(FILE);
        try {
            AtomicFile.writeString(out, h.end());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static void runFacts(Html h, ResultsFolder f) {
        JsonNode m = f.manifest();
        List<List<Html.Cell>> rows = new ArrayList<>();
        fact(rows, "Scenario", f.scenarioName());
        fact(rows, "Model", m.path("model").asText(f.scenario().path("model").asText("")));
        fact(rows, "Status", f.status());
        int requested = m.path("replications").size();
        fact(rows, "Replications completed", f.replications().size()
                + (requested > 0 ? " of " + requested : ""));
        if (m.hasNonNull("stop_reason")) {
            fact(rows, "Why replications stopped", m.get("stop_reason").asText());
        }
        fact(rows, "Master seed", m.path("master_seed").asText(""));
        if (f.ticksAreCalendarTime()) {
            fact(rows, "Ticks", f.scenario().path("ticks").asText("") + " (" + f.ticksPerYear() + " per year)");
            fact(rows, "Population", f.scenario().path("population").path("size").asText(""));
        } else {
            fact(rows, "Ticks", f.scenario().path("ticks").asText(""));
        }
        fact(rows, "radsim version", m.path("version").asText("") + " " + m.path("git_commit").asText(""));
        fact(rows, "Started / ended (UTC)", seconds(m.path("started").asText("")) + " / "
                + seconds(m.path("ended").asText("")));
        fact(rows, "Wall time", m.hasNonNull("wall_seconds") ? Html.num(m.get("wall_seconds").asDouble()) + " s" : "");
        fact(rows, "Threads", m.path("threads").asText(""));
        h.h(2, "run", "The run");
        h.table(null, List.of("Item", "Value"), rows);
    }

    /** An ISO instant without the fraction of a second and with a space for the "T": easier to read. */
    private static String seconds(String instant) {
        return instant.replaceAll("\\.\\d+Z$", "Z").replace('T', ' ').replace("Z", "");
    }

    private static void fact(List<List<Html.Cell>> rows, String k, String v) {
        if (v != null && !v.isBlank()) {
            rows.add(List.of(Html.Cell.text(k), Html.Cell.text(v.strip())));
        }
    }

    private static void summaryTable(Html h, ResultsFolder f) {
        Map<String, Estimate> all = ReplicationStats.summaries(f);
        List<String> key = new ArrayList<>();
        for (String m : ReplicationStats.keyMetrics(f.series().metrics())) {
            for (String c : List.of(Metrics.finalOf(m), Metrics.peakOf(m))) {
                if (all.containsKey(c) && !(c.startsWith(Metrics.peakOf("cumulative")))) {
                    key.add(c);
                }
            }
        }
        h.h(2, "summary", "Run summaries");
        h.table("Over replications: mean, standard deviation and 95 % confidence interval of the mean",
                List.of("Summary", "Unit", "Mean", "SD", "95 % CI", "n"), summaryRows(all, key));
        List<String> rest = new ArrayList<>(all.keySet());
        rest.removeAll(key);
        if (!rest.isEmpty()) {
            h.details("All other summary columns (" + rest.size() + ")");
            h.table(null, List.of("Summary", "Unit", "Mean", "SD", "95 % CI", "n"), summaryRows(all, rest));
            h.endDetails();
        }
    }

    private static List<List<Html.Cell>> summaryRows(Map<String, Estimate> all, List<String> columns) {
        List<List<Html.Cell>> rows = new ArrayList<>();
        for (String c : columns) {
            Estimate e = all.get(c);
            rows.add(List.of(Html.Cell.text(MetricLabels.summaryName(c)), Html.Cell.text(MetricLabels.summaryUnit(c)),
                    Html.Cell.num(Html.num(e.mean())), Html.Cell.num(Html.num(e.sd())),
                    Html.Cell.num(Html.interval(e.low(), e.high())), Html.Cell.num(Integer.toString(e.n()))));
        }
        return rows;
    }

    private static void files(Html h, Path dir) {
        String[][] files = {
                {"summary.csv", " — one row per replication: final and peak values"},
                {ReplicationStats.SUMMARY_FILE, " — mean, SD and 95 % CI of every summary column"},
                {"timeseries.csv", " — every global metric at every tick of every replication"},
                {ReplicationStats.TIMESERIES_FILE, " — mean, SD and 95 % CI of every metric at every tick"},
                {"regions.csv", " — the same per region"},
                {ReplicationStats.REGIONS_FILE, " — mean, SD and 95 % CI of every regional metric at every tick"},
                {"scenario.yaml", " — the resolved scenario (run it again with radsim run)"},
                {"manifest.json", " — versions, seeds, status and timing"}};
        h.h(2, "files", "Files in this folder");
        h.open("ul");
        for (String[] f : files) {
            // only what exists: a model without regions writes no regional statistics
            if (Files.isRegularFile(dir.resolve(f[0]))) {
                h.liLink(f[0], f[0], f[1]);
            }
        }
        h.close("ul");
    }

    static void method(Html h) {
        h.h(2, "method", "How to read the numbers");
        h.p("note", "Each replication is the same scenario with a different seed. The 95 % confidence interval of a "
                + "mean is mean ± t(0.975, n−1) · s/√n, with s the standard deviation over the n replications "
                + "(Student's t; Law, Simulation Modeling and Analysis, §9.4.1). It says how precisely the "
                + "replications pin down the model's expected outcome, not how uncertain the real world is. "
                + "All scenario values are illustrative, not calibrated estimates.");
    }
}
