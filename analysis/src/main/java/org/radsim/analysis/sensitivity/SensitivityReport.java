package org.radsim.analysis.sensitivity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.radsim.core.output.Csv;
import org.radsim.core.sweep.PlanInfo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.csv.CSVPrinter;
import org.radsim.core.output.FormulaEscape;
import org.radsim.analysis.stats.Interval;
import org.radsim.core.run.DataDictionary;

/**
 * {@code radsim analyze}: for every recorded metric, the indices the design supports — Sobol S1, ST (and S2 when
 * planned) for a {@code sobol} design, Morris μ, μ*, σ for a {@code morris} design — plus one-way response plots for
 * every design and a heat map for a two-factor factorial grid. Writes into the output folder:
 * {@code sobol.csv} (metric, index, factor, factor2, value, low, high, warning — see {@link Sobol.Result#warning()}),
 * {@code morris.csv} (metric, factor, effects,
 * mu, mu_star, mu_star_low, mu_star_high, sigma), {@code charts/} (PNG + SVG), {@code report.html}, and
 * {@code salib/} (problem.json, X.txt in unit coordinates, Y-&lt;metric&gt;.txt) to cross-check with SALib.
 */
public final class SensitivityReport {

    /** Columns of {@code sobol.csv}. */
    public static final List<String> SOBOL_COLUMNS =
            List.of("metric", "index", "factor", "factor2", "value", "low", "high", "warning");
    /** Columns of {@code morris.csv}. */
    public static final List<String> MORRIS_COLUMNS =
            List.of("metric", "factor", "effects", "mu", "mu_star", "mu_star_low", "mu_star_high", "sigma");

    /** Default number of bootstrap resamples. */
    public static final int RESAMPLES = 1000;

    /** What was written. */
    public record Outcome(Path out, Map<String, Sobol.Result> sobol, Map<String, List<Morris.Stat>> morris, int charts) { }

    private SensitivityReport() {
    }

    public static Outcome write(Path sweepDir, Path out, int resamples) throws IOException {
        SweepResults res = SweepResults.read(sweepDir);
        PlanInfo plan = res.plan();
        Files.createDirectories(out.resolve("charts"));
        Map<String, Sobol.Result> sobol = new LinkedHashMap<>();
        Map<String, List<Morris.Stat>> morris = new LinkedHashMap<>();
        List<String> charts = new ArrayList<>();
        List<List<String>> sobolRows = new ArrayList<>();
        List<List<String>> morrisRows = new ArrayList<>();
        String type = plan.designType();
        int k = plan.factors().size();
        for (String metric : plan.metrics()) {
            double[] y = res.means(metric);
            String slug = slug(metric);
            if (type.equals("sobol")) {
                boolean second = Boolean.TRUE.equals(plan.design().get("second_order"));
                Sobol.Result r = Sobol.analyze(y, plan.designInt("n"), plan.factorNames(), second, resamples);
                sobol.put(metric, r);
                String warning = r.warning() == null ? "" : r.warning();
                for (int i = 0; i < k; i++) {
                    row(sobolRows, metric, "S1", plan.factorNames().get(i), "", r.first()[i], warning);
                    row(sobolRows, metric, "ST", plan.factorNames().get(i), "", r.total()[i], warning);
                }
                if (second) {
                    for (int i = 0; i < k; i++) {
                        for (int j = i + 1; j < k; j++) {
                            row(sobolRows, metric, "S2", plan.factorNames().get(i), plan.factorNames().get(j),
                                    r.second()[i][j], warning);
                        }
                    }
                }
                SensitivityCharts.save(SensitivityCharts.sobolBars(metric, r), out.resolve("charts/sobol-" + slug));
                charts.add("sobol-" + slug);
            } else if (type.equals("morris")) {
                List<Morris.Stat> stats = Morris.analyze(res.unit(), y, plan.factorNames(), resamples);
                morris.put(metric, stats);
                for (Morris.Stat s : stats) {
                    morrisRows.add(List.of(FormulaEscape.escape(metric), FormulaEscape.escape(s.factor()),
                            Integer.toString(s.effects()), Csv.num(s.mu()), Csv.num(s.muStar().value()),
                            Csv.num(s.muStar().low()), Csv.num(s.muStar().high()), Csv.num(s.sigma())));
                }
                SensitivityCharts.save(SensitivityCharts.morrisPlane(metric, stats), out.resolve("charts/morris-" + slug));
                charts.add("morris-" + slug);
            }
            for (int i = 0; i < k; i++) {
                // at most ~2000 points per scatter keeps the SVG small; the stride is fixed, so the chart is reproducible
                int stride = Math.max(1, (plan.points() + 1999) / 2000);
                int shown = (plan.points() + stride - 1) / stride;
                double[] x = new double[shown];
                double[] ys = new double[shown];
                for (int p = 0, c = 0; p < plan.points(); p += stride, c++) {
                    x[c] = res.numeric(p, i);
                    ys[c] = y[p];
                }
                PlanInfo.FactorInfo f = plan.factors().get(i);
                String[] labels = f.isList() && isWords(f.values()) ? f.values().toArray(new String[0]) : null;
                String name = "oneway-" + slug + "-" + slug(f.name());
                SensitivityCharts.save(SensitivityCharts.oneWay(metric, f.name(), x, ys, labels,
                        type.equals("oat"), f.log() && !f.isList(), type.equals("oat") ? y[0] : Double.NaN), out.resolve("charts/" + name));
                charts.add(name);
            }
            if (type.equals("factorial") && k == 2) {
                List<String> xs = res.distinct(0);
                List<String> ys = res.distinct(1);
                double[][] z = new double[xs.size()][ys.size()];
                for (double[] row : z) {
                    java.util.Arrays.fill(row, Double.NaN);
                }
                for (int p = 0; p < plan.points(); p++) {
                    z[xs.indexOf(res.factorValues()[p][0])][ys.indexOf(res.factorValues()[p][1])] = y[p];
                }
                String name = "heatmap-" + slug;
                SensitivityCharts.save(SensitivityCharts.heatMap(metric, plan.factorNames().get(0), plan.factorNames().get(1),
                        xs.toArray(new String[0]), ys.toArray(new String[0]), z), out.resolve("charts/" + name));
                charts.add(name);
            }
        }
        if (!sobol.isEmpty()) {
            table(out.resolve("sobol.csv"), SOBOL_COLUMNS, sobolRows);
        }
        if (!morris.isEmpty()) {
            table(out.resolve("morris.csv"), MORRIS_COLUMNS, morrisRows);
        }
        salib(res, out.resolve("salib"));
        DataDictionary.describe(out, "sensitivity-" + plan.name(), "radsim sensitivity analysis of sweep " + plan.name(),
                null);
        Files.writeString(out.resolve("report.html"), html(res, sobol, morris, charts), StandardCharsets.UTF_8);
        return new Outcome(out, sobol, morris, charts.size());
    }

    private static void row(List<List<String>> rows, String metric, String index, String f, String f2, Interval v,
                            String warning) {
        rows.add(List.of(FormulaEscape.escape(metric), index, FormulaEscape.escape(f), FormulaEscape.escape(f2),
                Csv.num(v.value()), Csv.num(v.low()), Csv.num(v.high()), FormulaEscape.escape(warning)));
    }

    private static void table(Path file, List<String> columns, List<List<String>> rows) throws IOException {
        try (CSVPrinter p = Csv.printer(file, columns)) {
            for (List<String> r : rows) {
                p.printRecord(r);
            }
        }
    }

    private static boolean isWords(List<String> values) {
        for (String v : values) {
            try {
                Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return false;
    }

    static String slug(String s) {
        return s.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /**
     * SALib's problem definition and sample matrix in unit coordinates (bounds [0, 1]; the real ranges are under
     * {@code radsim_factors}), and each metric's point means, so {@code SALib.analyze.sobol.analyze(problem, Y)} or
     * {@code SALib.analyze.morris.analyze(problem, X, Y, num_levels=p)} can be compared with radsim's numbers.
     */
    private static void salib(SweepResults res, Path dir) throws IOException {
        Files.createDirectories(dir);
        PlanInfo plan = res.plan();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("num_vars", plan.factors().size());
        problem.put("names", plan.factorNames());
        List<List<Double>> bounds = new ArrayList<>();
        plan.factors().forEach(f -> bounds.add(List.of(0.0, 1.0)));
        problem.put("bounds", bounds);
        List<Map<String, Object>> real = new ArrayList<>();
        for (PlanInfo.FactorInfo f : plan.factors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("path", f.path());
            if (f.isList()) {
                m.put("values", f.values());
            } else {
                m.put("min", f.min());
                m.put("max", f.max());
                m.put("scale", f.log() ? "log" : "uniform");
            }
            real.add(m);
        }
        problem.put("radsim_factors", real);
        problem.put("radsim_design", plan.design());
        Files.writeString(dir.resolve("problem.json"), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(problem) + "\n", StandardCharsets.UTF_8);
        StringBuilder x = new StringBuilder();
        for (double[] u : res.unit()) {
            for (int i = 0; i < u.length; i++) {
                x.append(i == 0 ? "" : " ").append(u[i]);
            }
            x.append('\n');
        }
        Files.writeString(dir.resolve("X.txt"), x, StandardCharsets.UTF_8);
        for (String m : plan.metrics()) {
            StringBuilder y = new StringBuilder();
            for (double v : res.means(m)) {
                y.append(v).append('\n');
            }
            Files.writeString(dir.resolve("Y-" + slug(m) + ".txt"), y, StandardCharsets.UTF_8);
        }
    }

    private static String html(SweepResults res, Map<String, Sobol.Result> sobol, Map<String, List<Morris.Stat>> morris,
                               List<String> charts) {
        PlanInfo plan = res.plan();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sensitivity: ")
                .append(esc(plan.name())).append("</title>\n<style>body{font-family:sans-serif;max-width:980px;margin:2em auto;"
                        + "padding:0 1em;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
                        + "padding:3px 8px;text-align:right}th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}"
                        + "img{max-width:100%;border:1px solid #eee;margin:0.5em 0}.note{color:#555;font-size:90%}.warning{color:#8a1c00;background:#fff3e0;padding:0.4em 0.6em}</style></head><body>\n");
        h.append("<h1>Sensitivity analysis: ").append(esc(plan.name())).append("</h1>\n");
        h.append("<p>Design <b>").append(esc(plan.designType())).append("</b> ").append(esc(String.valueOf(plan.design())))
                .append("; ").append(plan.points()).append(" points × ").append(plan.replications()).append(" replications = ")
                .append(plan.runs()).append(" runs, ").append(res.failedRuns()).append(" failed. Model: ").append(esc(plan.model()))
                .append(". Plan hash <code>").append(plan.hash(), 0, 12).append("</code>.</p>\n");
        h.append("<p class=\"note\">Values are means over each point's successful replications. Intervals are 95 % "
                + "percentile-bootstrap intervals. Not a calibrated estimate: indices describe the model, not the world.</p>\n");
        h.append("<h2>Factors</h2><table><tr><th>factor</th><th>path</th><th>values</th></tr>\n");
        for (PlanInfo.FactorInfo f : plan.factors()) {
            h.append("<tr><td>").append(esc(f.name())).append("</td><td>").append(esc(f.path())).append("</td><td>")
                    .append(f.isList() ? esc(String.join(", ", f.values()))
                            : fmt(f.min()) + " – " + fmt(f.max()) + (f.log() ? " (log)" : ""))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        for (String metric : plan.metrics()) {
            h.append("<h2>").append(esc(metric)).append("</h2>\n");
            Sobol.Result r = sobol.get(metric);
            if (r != null) {
                if (r.warning() != null) {
                    h.append("<p class=\"warning\"><b>Warning:</b> ").append(esc(r.warning())).append("</p>\n");
                }
                h.append("<table><tr><th>factor</th><th>S1</th><th>95 % interval</th><th>ST</th><th>95 % interval</th></tr>\n");
                for (int i = 0; i < r.factors().size(); i++) {
                    h.append("<tr><td>").append(esc(r.factors().get(i))).append("</td>").append(cells(r.first()[i]))
                            .append(cells(r.total()[i])).append("</tr>\n");
                }
                h.append("</table>\n");
                if (r.second() != null) {
                    h.append("<table><tr><th>pair</th><th>S2</th><th>95 % interval</th></tr>\n");
                    for (int i = 0; i < r.factors().size(); i++) {
                        for (int j = i + 1; j < r.factors().size(); j++) {
                            h.append("<tr><td>").append(esc(r.factors().get(i) + " × " + r.factors().get(j))).append("</td>")
                                    .append(cells(r.second()[i][j])).append("</tr>\n");
                        }
                    }
                    h.append("</table>\n");
                }
            }
            List<Morris.Stat> ms = morris.get(metric);
            if (ms != null) {
                h.append("<table><tr><th>factor</th><th>effects</th><th>μ</th><th>μ*</th><th>95 % interval</th><th>σ</th></tr>\n");
                for (Morris.Stat s : ms) {
                    h.append("<tr><td>").append(esc(s.factor())).append("</td><td>").append(s.effects()).append("</td><td>")
                            .append(fmt(s.mu())).append("</td>").append(cells(s.muStar())).append("<td>").append(fmt(s.sigma()))
                            .append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
            String slug = slug(metric);
            for (String c : charts) {
                if (c.endsWith("-" + slug) || c.contains("-" + slug + "-")) {
                    h.append("<img src=\"charts/").append(esc(c)).append(".png\" alt=\"").append(esc(c)).append("\">\n");
                }
            }
        }
        h.append("<p class=\"note\">Tables: sobol.csv, morris.csv. SALib cross-check files: salib/. Charts also as SVG in charts/.</p>\n");
        h.append("</body></html>\n");
        return h.toString();
    }

    private static String cells(Interval v) {
        return "<td>" + fmt(v.value()) + "</td><td>" + fmt(v.low()) + " – " + fmt(v.high()) + "</td>";
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.4g", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
