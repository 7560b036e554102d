package org.radsim.analysis.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.radsim.analysis.chart.ChartFiles;
import org.radsim.analysis.chart.RobustnessChart;
import org.radsim.core.output.Csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The decision sections of a compare report, when the folder has them: the robustness table and charts of an
 * ensemble comparison ({@code robustness.csv}, from {@code compare --ensemble}) and the stop reason of a resolved
 * ranking ({@code until_resolved} in compare.json, from {@code compare --until-resolved}).
 */
final class RobustnessSection {

    private RobustnessSection() {
    }

    static void write(Html h, Path dir) {
        try {
            resolved(h, dir);
            Path csv = dir.resolve("robustness.csv");
            if (!Files.isRegularFile(csv)) {
                return;
            }
            List<String> lines = Files.readAllLines(csv);
            List<String> head = Csv.split(lines.get(0));
            List<List<String>> rows = new ArrayList<>();
            for (String l : lines.subList(1, lines.size())) {
                rows.add(Csv.split(l));
            }
            h.h(2, "robustness", "Robustness across futures (ensemble)");
            h.p("Replication r of every scenario ran the same parameter set, drawn from the posterior, and the same "
                    + "seed: each replication is one future. Ranked by expected regret (Savage): the recruits lost "
                    + "against the best choice in hindsight for that future.");
            rows.sort((a, b) -> Double.compare(num(a, head, "expected_regret"), num(b, head, "expected_regret")));
            List<List<Html.Cell>> cells = new ArrayList<>();
            for (List<String> r : rows) {
                cells.add(List.of(Html.Cell.text(r.get(0)), Html.Cell.num(Html.num(num(r, head, "recruits_averted"))),
                        Html.Cell.num(Html.interval(num(r, head, "recruits_averted_low"),
                                num(r, head, "recruits_averted_high"))),
                        Html.Cell.num(Html.num(num(r, head, "probability_best"))),
                        Html.Cell.num(Html.num(num(r, head, "probability_beats_baseline"))),
                        Html.Cell.num(Html.num(num(r, head, "expected_regret"))),
                        Html.Cell.num(Html.num(num(r, head, "maximum_regret"))),
                        Html.Cell.num(Html.num(num(r, head, "satisficing"))),
                        Html.Cell.num(Html.num(num(r, head, "cost_per_averted_median"))),
                        Html.Cell.num(Html.num(num(r, head, "variance_reduction_vs_independent_draws")))));
            }
            h.table("Per alternative, over " + rows.get(0).get(1) + " futures", List.of("alternative",
                    "recruits averted", "95 % interval", "P(best)", "P(beats baseline)", "expected regret",
                    "maximum regret", "meets target", "median cost per recruit averted",
                    "variance reduction vs independent draws"), cells);
            List<String> names = rows.stream().map(r -> r.get(0)).toList();
            double[][] p = new double[3][names.size()];
            double[][] regret = new double[2][names.size()];
            for (int a = 0; a < rows.size(); a++) {
                p[0][a] = num(rows.get(a), head, "probability_best");
                p[1][a] = num(rows.get(a), head, "probability_beats_baseline");
                p[2][a] = num(rows.get(a), head, "satisficing");
                regret[0][a] = num(rows.get(a), head, "expected_regret");
                regret[1][a] = num(rows.get(a), head, "maximum_regret");
            }
            Path charts = dir.resolve(RunReport.CHARTS);
            ChartFiles.save(RobustnessChart.create("How often each alternative wins", null, "share of futures",
                    names, List.of("best", "beats the baseline", "meets the target"), p), charts, "robustness-shares",
                    900, 500);
            ChartFiles.save(RobustnessChart.create("Regret (recruits lost against the best in hindsight)", null,
                    "recruits", names, List.of("expected regret", "maximum regret"), regret), charts,
                    "robustness-regret", 900, 500);
            h.figure(RunReport.CHARTS + "/robustness-shares.png", RunReport.CHARTS + "/robustness-shares.svg",
                    "How often each alternative wins", "Shares of futures in which it is best, beats the baseline, "
                            + "meets the satisficing target.");
            h.figure(RunReport.CHARTS + "/robustness-regret.png", RunReport.CHARTS + "/robustness-regret.svg",
                    "Regret", "Expected and maximum Savage regret in recruits.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void resolved(Html h, Path dir) throws IOException {
        Path file = dir.resolve("compare.json");
        if (!Files.isRegularFile(file)) {
            return;
        }
        JsonNode u = new ObjectMapper().readTree(file.toFile()).get("until_resolved");
        if (u == null) {
            return;
        }
        h.h(2, "resolved", "Resolved ranking (Kim & Nelson 2001)");
        h.p(u.get("stop_reason").asText());
    }

    private static double num(List<String> row, List<String> head, String column) {
        String v = row.get(head.indexOf(column));
        return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
    }
}
