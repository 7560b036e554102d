package org.radsim.analysis.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.radsim.analysis.chart.ChartFiles;
import org.radsim.analysis.chart.ParetoChart;
import org.radsim.analysis.stats.Estimate;
import org.radsim.core.optimisation.Evaluation;
import org.radsim.core.optimisation.Optimisation;
import org.radsim.core.optimisation.Optimiser;
import org.radsim.core.optimisation.TestProblem;
import org.radsim.core.output.AtomicFile;
import org.radsim.core.output.Csv;
import org.radsim.core.output.DataPackage;
import org.radsim.core.output.DataPackage.Field;
import org.radsim.core.replication.Metrics;
import org.radsim.core.run.DataDictionary;

/**
 * The outputs of {@code radsim optimize}: {@code front.csv} (one row per front point: its package in words, each
 * lever's setting, each objective, recruits averted against the base and cost with 95 % intervals over the K
 * common-random-number replications), {@code packages.csv} (the shipped packages evaluated with the same seeds,
 * and which front point weakly dominates each), {@code datapackage.json} (their data dictionary), {@code
 * charts/pareto} (PNG and SVG) and {@code report.html}. For a
 * test problem: the front's objectives and its hypervolume against the analytic front's.
 */
public final class OptimisationReport {

    /**
     * How a shipped package stands against the front.
     *
     * @param name        the package
     * @param averted     recruits averted against the base, with its interval
     * @param cost        cost, with its interval
     * @param strictly    index of a front point with at most its mean cost and at least its mean recruits averted,
     *                    or −1
     * @param withinCi    index of a front point that is neither significantly dearer nor significantly worse (95 %
     *                    intervals of the paired differences reach 0), or −1
     */
    public record Standing(String name, Estimate averted, Estimate cost, int strictly, int withinCi) {

        /** The standing in words. */
        public String words() {
            if (strictly >= 0) {
                return "weakly dominated by front point " + strictly + " (no dearer, averts at least as many)";
            }
            if (withinCi >= 0) {
                return "weakly dominated within the 95 % intervals by front point " + withinCi;
            }
            return "on the front: no front point is at least as good at no more cost";
        }
    }

    /**
     * What was written.
     *
     * @param standings the shipped packages against the front (empty for a test problem)
     * @param hypervolumeRatio for a test problem, the front's hypervolume over the analytic front's (else NaN)
     */
    public record Outcome(List<Standing> standings, double hypervolumeRatio) {
    }

    private OptimisationReport() {
    }

    /** What one row of each table is (the optimisation folder's data dictionary). */
    private static final Map<String, DataDictionary.Kind> TABLES = Map.of(
            "front.csv", new DataDictionary.Kind("One row per point of the non-dominated front: its package (lever "
                    + "settings) or decision, its objectives and, for the model, recruits averted and cost with 95 % "
                    + "intervals over the common-random-number replications.", List.of("point")),
            "packages.csv", new DataDictionary.Kind("One row per shipped package evaluated with the same seeds: "
                    + "recruits averted, cost and which front point weakly dominates it.", List.of("package")));

    /** The fixed columns of the optimisation tables. */
    private static final Map<String, Field> COLUMNS = Map.ofEntries(
            Map.entry("point", Field.of("point", "integer", "Index of the front point (0-based).")),
            Map.entry("package", Field.of("package", "string", "The package in words (front.csv) or the shipped "
                    + "package's name (packages.csv).")),
            Map.entry("recruits_averted", new Field("recruits_averted", "number", "Mean recruits averted against the "
                    + "base with no intervention, over the paired replications.", "people")),
            Map.entry("recruits_averted_low", new Field("recruits_averted_low", "number", "Lower bound of the 95 % "
                    + "t interval of the recruits averted.", "people")),
            Map.entry("recruits_averted_high", new Field("recruits_averted_high", "number", "Upper bound of the "
                    + "95 % t interval of the recruits averted.", "people")),
            Map.entry("cost", new Field("cost", "number", "Mean cost over the replications.", "cost units")),
            Map.entry("cost_low", new Field("cost_low", "number", "Lower bound of the 95 % t interval of the cost.",
                    "cost units")),
            Map.entry("cost_high", new Field("cost_high", "number", "Upper bound of the 95 % t interval of the cost.",
                    "cost units")),
            Map.entry("dominated_by", Field.of("dominated_by", "integer", "A front point with at most the package's "
                    + "mean cost and at least its mean recruits averted; empty when none.")),
            Map.entry("dominated_within_ci_by", Field.of("dominated_within_ci_by", "integer", "A front point neither "
                    + "significantly dearer nor significantly worse (95 % intervals of the paired differences); empty "
                    + "when none.")),
            Map.entry("standing", Field.of("standing", "string", "How the package stands against the front, in "
                    + "words.")));

    /**
     * Writes the folder's data dictionary: fixed columns from {@link #COLUMNS}, lever and objective columns from the
     * optimisation file.
     */
    private static void describe(Optimisation opt, Path out) {
        Map<String, Field> own = new java.util.HashMap<>();
        if (opt.problem() != null) {
            for (int i = 1; i <= opt.problem().objectives(); i++) {
                own.put("f" + i, Field.of("f" + i, "number", "Objective f" + i + " of test problem "
                        + opt.problem().id() + " (minimized)."));
            }
        } else {
            for (var l : opt.levers()) {
                String t = l.type();
                own.put(t + "_coverage", Field.of(t + "_coverage", "number", "Coverage of the " + t
                        + " intervention in the package (share of its target group reached)."));
                own.put(t + "_start", new Field(t + "_start", "integer", "Tick the " + t + " intervention starts.",
                        "tick"));
                own.put(t + "_target", Field.of(t + "_target", "string", "Target group of the " + t
                        + " intervention; empty for its default."));
            }
            for (var o : opt.objectives()) {
                String unit = Metrics.summaryColumn(o.metric()).map(Metrics.Metric::unit).orElse("");
                own.put(o.label(), new Field(o.label(), "number", "Objective (minimized): the " + o.statistic()
                        + (o.statistic().equals("percentile") ? " " + o.percentile() : "") + " of " + o.metric()
                        + " over the candidate's replications.", unit));
            }
        }
        DataDictionary.describe(out, DataDictionary.name(out), "radsim optimisation folder " + opt.name(), TABLES,
                (file, c) -> {
                    Field f = own.containsKey(c) ? own.get(c) : COLUMNS.get(c);
                    if (f == null) {
                        throw new DataPackage.UndescribedColumnException(out.resolve(file) + ": column '" + c
                                + "' has no description (add it to " + OptimisationReport.class.getSimpleName()
                                + ".COLUMNS)");
                    }
                    return f;
                });
    }

    /**
     * Writes the outputs.
     *
     * @param base     the base with no intervention (null for a test problem)
     * @param packages shipped packages by name, evaluated with the same seeds
     * @param facts    lines for the report's "how it ran" list (time, evaluations, threads)
     */
    public static Outcome write(Optimisation opt, Optimiser.Result result, Evaluation base,
                                Map<String, Evaluation> packages, Path out, List<String> facts) throws IOException {
        Files.createDirectories(out.resolve(RunReport.CHARTS));
        if (opt.problem() != null) {
            return testProblem(opt, result, out, facts);
        }
        List<Optimiser.Candidate> front = result.front();
        List<Estimate> averted = new ArrayList<>();
        List<Estimate> cost = new ArrayList<>();
        for (Optimiser.Candidate c : front) {
            averted.add(Estimate.of(difference(base.values()[0], c.values()[0])));
            cost.add(Estimate.of(c.cost()));
        }
        StringBuilder csv = new StringBuilder("point,package");
        for (int l = 0; l < opt.levers().size(); l++) {
            String t = opt.levers().get(l).type();
            csv.append(',').append(Csv.field(t + "_coverage")).append(',').append(Csv.field(t + "_start")).append(',')
                    .append(Csv.field(t + "_target"));
        }
        opt.objectives().forEach(o -> csv.append(',').append(Csv.field(o.label())));
        csv.append(",recruits_averted,recruits_averted_low,recruits_averted_high,cost,cost_low,cost_high").append(Csv.EOL);
        for (int i = 0; i < front.size(); i++) {
            Optimiser.Candidate c = front.get(i);
            csv.append(i).append(',').append(Csv.field(Optimisation.words(c.pkg())));
            c.pkg().forEach(s -> csv.append(',').append(s.coverage()).append(',').append(s.start()).append(',')
                    .append(Csv.field(s.target() == null ? "" : s.target())));
            for (double v : c.objectives()) {
                csv.append(',').append(v);
            }
            appendEstimate(csv, averted.get(i));
            appendEstimate(csv, cost.get(i));
            csv.append(Csv.EOL);
        }
        AtomicFile.writeString(out.resolve("front.csv"), csv.toString());

        List<Standing> standings = new ArrayList<>();
        StringBuilder pcsv = new StringBuilder("package,recruits_averted,recruits_averted_low,recruits_averted_high,"
                + "cost,cost_low,cost_high,dominated_by,dominated_within_ci_by,standing" + Csv.EOL);
        for (Map.Entry<String, Evaluation> e : packages.entrySet()) {
            Evaluation p = e.getValue();
            double[] pAverted = difference(base.values()[0], p.values()[0]);
            Estimate pa = Estimate.of(pAverted);
            Estimate pc = Estimate.of(p.cost());
            int strictly = -1;
            int within = -1;
            for (int i = 0; i < front.size(); i++) {
                Optimiser.Candidate c = front.get(i);
                if (strictly < 0 && cost.get(i).mean() <= pc.mean() && averted.get(i).mean() >= pa.mean()) {
                    strictly = i;
                }
                Estimate dc = Estimate.of(difference(c.cost(), p.cost()));
                Estimate da = Estimate.of(difference(p.values()[0], c.values()[0]));
                if (within < 0 && !(lowOrMean(dc) > 0) && !(highOrMean(da) < 0)) {
                    within = i;
                }
            }
            Standing s = new Standing(e.getKey(), pa, pc, strictly, within);
            standings.add(s);
            pcsv.append(Csv.field(e.getKey()));
            appendEstimate(pcsv, pa);
            appendEstimate(pcsv, pc);
            pcsv.append(',').append(strictly < 0 ? "" : Integer.toString(strictly)).append(',')
                    .append(within < 0 ? "" : Integer.toString(within)).append(',').append(Csv.field(s.words()))
                    .append(Csv.EOL);
        }
        AtomicFile.writeString(out.resolve("packages.csv"), pcsv.toString());

        List<ParetoChart.Point> fp = new ArrayList<>();
        for (int i = 0; i < front.size(); i++) {
            fp.add(point(Integer.toString(i), averted.get(i), cost.get(i)));
        }
        List<ParetoChart.Point> pp = standings.stream().map(s -> point(s.name(), s.averted(), s.cost())).toList();
        String subtitle = opt.name() + " · " + opt.replications() + " CRN replications per candidate · "
                + opt.algorithm().type() + " " + opt.algorithm().population() + " × " + opt.algorithm().generations();
        ChartFiles.save(ParetoChart.create(subtitle, "Recruits averted vs no intervention (" + opt.objectives().get(0)
                        .metric() + ", mean of pairs)", "Cost (" + opt.costMetric() + ", mean)", fp, pp),
                out.resolve(RunReport.CHARTS), "pareto", 900, 600);
        AtomicFile.writeString(out.resolve("report.html"), html(opt, front, averted, cost, standings, facts));
        describe(opt, out);
        return new Outcome(standings, Double.NaN);
    }

    private static Outcome testProblem(Optimisation opt, Optimiser.Result result, Path out, List<String> facts)
            throws IOException {
        int m = opt.problem().objectives();
        StringBuilder csv = new StringBuilder("point");
        for (int i = 1; i <= m; i++) {
            csv.append(",f").append(i);
        }
        csv.append(Csv.EOL);
        for (int i = 0; i < result.front().size(); i++) {
            csv.append(i);
            for (double v : result.front().get(i).objectives()) {
                csv.append(',').append(v);
            }
            csv.append(Csv.EOL);
        }
        AtomicFile.writeString(out.resolve("front.csv"), csv.toString());
        describe(opt, out);
        double r = TestProblem.REFERENCE;
        double hv = Optimiser.hypervolume(result, r);
        double analytic = opt.problem().frontHypervolume(r);
        Html h = new Html().begin("Optimisation: " + opt.name());
        h.h(1, null, "Optimisation: " + opt.name() + " (test problem " + opt.problem().id() + ")");
        h.p(String.format(Locale.ROOT, "Front: %d points. Hypervolume against (%.1f, …): %.6f; analytic front: %.6f; "
                + "ratio %.4f.", result.front().size(), r, hv, analytic, hv / analytic));
        h.open("ul");
        facts.forEach(h::li);
        h.close("ul");
        AtomicFile.writeString(out.resolve("report.html"), h.end());
        return new Outcome(List.of(), hv / analytic);
    }

    private static String html(Optimisation opt, List<Optimiser.Candidate> front, List<Estimate> averted,
                               List<Estimate> cost, List<Standing> standings, List<String> facts) {
        Html h = new Html().begin("Optimisation: " + opt.name());
        h.h(1, null, "Best packages for the budget: " + opt.name());
        if (!opt.description().isEmpty()) {
            h.p("lead", opt.description());
        }
        h.p("Base scenario " + opt.base() + ", " + opt.replications() + " replications per candidate with the same "
                + "seeds for every candidate (common random numbers); objectives (minimized): "
                + String.join(", ", opt.objectives().stream().map(o -> o.label()).toList())
                + (opt.budget() > 0 ? "; constraint: mean " + opt.costMetric() + " ≤ " + Html.num(opt.budget()) : "")
                + ".");
        h.open("ul");
        facts.forEach(h::li);
        h.close("ul");
        h.figure(RunReport.CHARTS + "/pareto.png", RunReport.CHARTS + "/pareto.svg", "Front and shipped packages",
                "Each front point (numbered) and each shipped package, with 95 % intervals over the replications.");
        h.h(2, "packages", "The shipped packages against the front");
        List<List<Html.Cell>> rows = new ArrayList<>();
        for (Standing s : standings) {
            rows.add(List.of(Html.Cell.text(s.name()), Html.Cell.num(Html.num(s.averted().mean())),
                    Html.Cell.num(Html.interval(s.averted().low(), s.averted().high())),
                    Html.Cell.num(Html.num(s.cost().mean())), Html.Cell.text(s.words())));
        }
        h.table(null, List.of("package", "recruits averted", "95 % interval", "cost", "standing"), rows);
        h.h(2, "front", "The front");
        rows = new ArrayList<>();
        for (int i = 0; i < front.size(); i++) {
            rows.add(List.of(Html.Cell.num(Integer.toString(i)), Html.Cell.text(Optimisation.words(front.get(i).pkg())),
                    Html.Cell.num(Html.num(averted.get(i).mean())),
                    Html.Cell.num(Html.interval(averted.get(i).low(), averted.get(i).high())),
                    Html.Cell.num(Html.num(cost.get(i).mean()))));
        }
        h.table(null, List.of("point", "package", "recruits averted", "95 % interval", "cost"), rows);
        h.p("note", "Levers: coverage, start tick and target group per intervention; the budget share of each measure "
                + "follows from its coverage and unit cost. Not a calibrated estimate: the front describes the model.");
        return h.end();
    }

    private static ParetoChart.Point point(String label, Estimate a, Estimate c) {
        return new ParetoChart.Point(label, a.mean(), lowOrMean(a), highOrMean(a), c.mean(), lowOrMean(c),
                highOrMean(c));
    }

    private static double lowOrMean(Estimate e) {
        return Double.isNaN(e.low()) ? e.mean() : e.low();
    }

    private static double highOrMean(Estimate e) {
        return Double.isNaN(e.high()) ? e.mean() : e.high();
    }

    private static void appendEstimate(StringBuilder sb, Estimate e) {
        sb.append(',').append(e.mean()).append(',').append(e.low()).append(',').append(e.high());
    }

    /** {@code a[r] − b[r]} per replication. */
    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int r = 0; r < a.length; r++) {
            d[r] = a[r] - b[r];
        }
        return d;
    }
}
