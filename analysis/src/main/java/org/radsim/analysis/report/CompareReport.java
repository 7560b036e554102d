package org.radsim.analysis.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.radsim.analysis.chart.CostChart;
import org.radsim.analysis.chart.MetricLabels;
import org.radsim.analysis.chart.ScenarioCharts;
import org.radsim.core.output.ComparisonFolder;
import org.radsim.analysis.compare.DirectionCheck;
import org.radsim.analysis.compare.ParameterDiff;
import org.radsim.analysis.compare.ScenarioComparison;
import org.radsim.analysis.compare.ScenarioComparison.Alternative;
import org.radsim.analysis.compare.ScenarioComparison.MetricRow;
import org.radsim.analysis.results.ResultsFolder;
import org.radsim.core.output.AtomicFile;
import org.radsim.analysis.stats.Bootstrap;
import org.radsim.analysis.stats.Estimate;
import org.radsim.analysis.stats.PairedDifference;
import org.radsim.core.replication.Metrics;

/**
 * The report of a compare folder ({@link ComparisonFolder}): writes the comparison tables (CSV), the charts and
 * {@code report.html} at the top of the folder, plus each scenario's own {@link RunReport} in its subfolder, from
 * the folder's files alone.
 */
public final class CompareReport {

    /** Summary columns shown in the report's main comparison table, when present. */
    static final List<String> KEY_COLUMNS = List.of(ScenarioComparison.RECRUITS, DirectionCheck.RADICALIZATION,
            Metrics.peakOf(Metrics.RADICALIZED), ScenarioComparison.TIME_MEAN_RADICALIZED, Metrics.peakOf(Metrics.MEMBER),
            Metrics.finalOf(Metrics.MEMBER), Metrics.finalOf(Metrics.SYMPATHIZER), ScenarioComparison.COST);

    private CompareReport() {
    }

    /** Writes tables, charts and report.html of the compare folder {@code dir}; returns the report's path. */
    public static Path write(Path dir) {
        ComparisonFolder layout = ComparisonFolder.read(dir);
        ResultsFolder base = ResultsFolder.read(dir.resolve(layout.baseline()));
        List<ResultsFolder> alts = new ArrayList<>();
        for (String a : layout.alternatives()) {
            alts.add(ResultsFolder.read(dir.resolve(a)));
        }
        for (ResultsFolder f : all(base, alts)) {
            RunReport.write(f.dir());
        }
        ScenarioComparison cmp = ScenarioComparison.of(base, alts);
        cmp.writeCsv(dir);

        Path charts = dir.resolve(RunReport.CHARTS);
        List<ResultsFolder> scenarios = all(base, alts);
        List<CostChart.Point> points = new ArrayList<>();
        for (int i = 0; i < alts.size(); i++) {
            Alternative a = cmp.alternatives().get(i);
            if (a.cost() != null) {
                points.add(new CostChart.Point(a.name(), i + 1, a.cost().averted(), a.cost().extraCost()));
            }
        }
        ScenarioCharts.Written costChart = points.isEmpty() ? null : ScenarioCharts.cost(points, charts);
        List<ScenarioCharts.Written> endpoints = ScenarioCharts.endpoints(scenarios, charts);
        List<ScenarioCharts.Written> series = ScenarioCharts.timeSeries(scenarios, charts);
        List<ScenarioCharts.Written> regions = ScenarioCharts.regions(scenarios, charts);

        String title = "radsim compare: " + base.scenarioName() + " against " + alts.size() + " alternative"
                + (alts.size() == 1 ? "" : "s");
        Html h = new Html().begin(title);
        h.h(1, null, title);
        h.p("lead", "Which package of interventions lowers recruitment most, by how much, how sure we are, and at what "
                + "cost. Every scenario ran " + base.replications().size() + " replications with the same seeds "
                + "(master seed " + layout.masterSeed() + "), and replications are compared in pairs.");
        contents(h);
        warnings(h, cmp);
        scenarios(h, layout, base, cmp);
        ranking(h, cmp);
        directionChecks(h, cmp);
        differences(h, cmp);
        costs(h, cmp);
        RobustnessSection.write(h, dir);
        h.h(2, "charts", "Charts");
        if (costChart != null) {
            figure(h, costChart);
        }
        h.h(3, "endpoints", "Final and peak values");
        endpoints.forEach(w -> figure(h, w));
        h.h(3, "series", "Over time");
        series.forEach(w -> figure(h, w));
        if (!regions.isEmpty()) {
            h.h(3, "regions", "By region");
            regions.forEach(w -> figure(h, w));
        }
        files(h, layout, base, alts);
        method(h, cmp);
        Path out = dir.resolve(RunReport.FILE);
        try {
            AtomicFile.writeString(out, h.end());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<ResultsFolder> all(ResultsFolder base, List<ResultsFolder> alts) {
        List<ResultsFolder> out = new ArrayList<>();
        out.add(base);
        out.addAll(alts);
        return out;
    }

    private static void figure(Html h, ScenarioCharts.Written w) {
        h.figure(RunReport.CHARTS + "/" + w.file(), RunReport.CHARTS + "/" + w.svgFile(), w.title(), w.caption());
    }

    private static void contents(Html h) {
        h.open("nav");
        h.open("ul");
        h.liLink("#scenarios", "Scenarios and what each alternative changes", "");
        h.liLink("#ranking", "Ranking of the alternatives", "");
        h.liLink("#direction", "Direction checks (MODEL.md §9)", "");
        h.liLink("#differences", "Paired differences to the baseline", "");
        h.liLink("#costs", "Costs and cost per recruit averted", "");
        h.liLink("#charts", "Charts", "");
        h.liLink("#files", "Files", "");
        h.liLink("#method", "Statistical method", "");
        h.close("ul");
        h.close("nav");
    }

    private static void warnings(Html h, ScenarioComparison cmp) {
        for (String w : cmp.warnings()) {
            h.p("warn", w + ".");
        }
        for (Alternative a : cmp.alternatives()) {
            if (!a.commonSeeds()) {
                h.p("warn", "\"" + a.name() + "\" did not use the same seeds as the baseline in every replication: "
                        + "its comparison is paired but without common random numbers.");
            }
            if (a.pairs() < cmp.baseline().replications().size()) {
                h.p("warn", "\"" + a.name() + "\": only " + a.pairs() + " replications completed in both scenarios.");
            }
        }
        for (ResultsFolder f : all(cmp.baseline(), cmp.alternatives().stream().map(Alternative::folder).toList())) {
            if (!"completed".equals(f.status())) {
                h.p("warn", "Scenario \"" + f.scenarioName() + "\" has status \"" + f.status() + "\".");
            }
        }
    }

    private static void scenarios(Html h, ComparisonFolder layout, ResultsFolder base, ScenarioComparison cmp) {
        h.h(2, "scenarios", "Scenarios");
        List<List<Html.Cell>> rows = new ArrayList<>();
        rows.add(List.of(Html.Cell.text(base.scenarioName()), Html.Cell.text("baseline"),
                Html.Cell.text(base.description()), Html.Cell.num(Integer.toString(base.replications().size()))));
        for (Alternative a : cmp.alternatives()) {
            rows.add(List.of(Html.Cell.text(a.name()), Html.Cell.text("alternative"),
                    Html.Cell.text(a.folder().description()),
                    Html.Cell.num(Integer.toString(a.folder().replications().size()))));
        }
        h.table(null, List.of("Scenario", "Role", "Description", "Replications"), rows);
        h.h(3, "parameters", "What each alternative changes relative to the baseline");
        for (Alternative a : cmp.alternatives()) {
            List<List<Html.Cell>> diff = new ArrayList<>();
            for (ParameterDiff d : a.parameters()) {
                diff.add(List.of(Html.Cell.text(d.path()), Html.Cell.text(d.baseline()), Html.Cell.text(d.value())));
            }
            if (diff.isEmpty()) {
                h.p(a.name() + ": no setting differs from the baseline.");
            } else {
                h.table(a.name() + " (" + diff.size() + " setting" + (diff.size() == 1 ? "" : "s") + ")",
                        List.of("Setting", "Baseline", a.name()), diff);
            }
        }
    }

    private static void ranking(Html h, ScenarioComparison cmp) {
        h.h(2, "ranking", "Ranking of the alternatives");
        List<List<Html.Cell>> rows = new ArrayList<>();
        int rank = 1;
        for (Alternative a : cmp.ranking()) {
            MetricRow r = a.metric(ScenarioComparison.RECRUITS);
            if (r == null) {
                continue;
            }
            PairedDifference d = r.paired();
            rows.add(List.of(Html.Cell.num(Integer.toString(rank++)), Html.Cell.text(a.name()),
                    Html.Cell.num(Html.num(-d.difference().mean())),
                    Html.Cell.num(d.noVariance() ? PairedDifference.NO_VARIANCE
                            : Html.interval(-d.difference().high(), -d.difference().low())),
                    Html.Cell.num(Html.percent(d.relativeChange())),
                    Html.Cell.num(d.noVariance() ? PairedDifference.NO_VARIANCE : Html.pValue(r.pHolm())),
                    Html.Cell.num(a.cost() == null ? "n/a" : Html.num(a.cost().altCost().mean())),
                    Html.Cell.num(a.cost() == null ? "n/a" : costPerAverted(a.cost().perAverted()))));
        }
        h.table("Ordered by recruits averted (baseline recruits − alternative recruits, mean over replication pairs)",
                List.of("Rank", "Alternative", "Recruits averted", "95 % CI", "Change in recruits", "p (Holm)",
                        "Total cost", "Cost per recruit averted"), rows);
        h.p("note", "The 95 % CI is for this one comparison; p (Holm) is corrected for all " + testCount(cmp)
                + " comparisons of this report, so a CI that excludes zero can go with a large Holm p-value. "
                + "Costs in the scenarios' cost units.");
    }

    private static String costPerAverted(Bootstrap.Ratio r) {
        return r.defined() ? Html.num(r.point()) : "not defined";
    }

    private static void directionChecks(Html h, ScenarioComparison cmp) {
        h.h(2, "direction", "Direction checks (MODEL.md §9)");
        h.p("Weisburd et al. (2022, PROTON-T) found that counter-narrative and community measures lower radicalization "
                + "more than recruitment, while jobs for high-risk unemployed people lower recruitment more than "
                + "radicalization. The table compares the relative reductions this run produced.");
        List<List<Html.Cell>> rows = new ArrayList<>();
        for (Alternative a : cmp.alternatives()) {
            DirectionCheck c = a.direction();
            if (c == null) {
                continue;
            }
            rows.add(List.of(Html.Cell.text(a.name()), Html.Cell.text(c.expectation()),
                    Html.Cell.num(Html.percent(c.radicalizationReduction())),
                    Html.Cell.num(Html.percent(c.recruitmentReduction())),
                    Html.Cell.num(points(Html.percent(c.margin().mean())) + " " + points(percentInterval(c.margin()))),
                    Html.Cell.num(Html.percent(c.timeMeanReduction())), Html.Cell.badge(c.result())));
        }
        if (rows.isEmpty()) {
            h.p("note", "No alternative adds only counter-narrative/community measures or only jobs for high-risk or "
                    + "unemployed people, so no direction check applies.");
            return;
        }
        h.table("Relative reduction = −(alternative − baseline) / baseline, positive = lower than the baseline; "
                        + "radicalization: " + MetricLabels.summaryName(DirectionCheck.RADICALIZATION).toLowerCase(Locale.ROOT)
                        + " (people); recruitment: cumulative recruits over the run",
                List.of("Alternative", "Expected", "Reduction in radicalization", "Reduction in recruitment",
                        "Margin [95 % CI]", "Time-mean radicalization reduction (information)", "Result"), rows);
        h.p("note", "Margin = expected larger reduction − the other one, in percentage points (pp), computed per replication "
                + "pair; pass when it is positive. An interval entirely above zero means the replications firmly "
                + "support the expected order.");
    }

    /** A difference of two percentages is in percentage points. */
    private static String points(String percent) {
        return percent.replace(" %", " pp");
    }

    private static String percentInterval(Estimate e) {
        if (Double.isNaN(e.low())) {
            return "";
        }
        return "[" + Html.percent(e.low()) + ", " + Html.percent(e.high()) + "]";
    }

    private static void differences(Html h, ScenarioComparison cmp) {
        h.h(2, "differences", "Paired differences to the baseline");
        h.p("Difference = alternative − baseline, mean over replication pairs (negative = the alternative has less). "
                + "d_z = mean difference / SD of the differences. Variance reduction = how many times smaller the "
                + "variance of the difference is with common random numbers than with independent seeds.");
        for (Alternative a : cmp.alternatives()) {
            List<List<Html.Cell>> rows = new ArrayList<>();
            for (String col : KEY_COLUMNS) {
                MetricRow r = a.metric(col);
                if (r != null) {
                    rows.add(row(r));
                }
            }
            h.table(a.name() + " − " + cmp.baseline().scenarioName() + " (" + a.pairs() + " pairs)",
                    List.of("Summary", "Baseline", "Alternative", "Difference", "95 % CI", "Change", "d_z",
                            "p (Holm)", "Variance reduction"), rows);
            List<List<Html.Cell>> rest = new ArrayList<>();
            for (MetricRow r : a.metrics()) {
                if (!KEY_COLUMNS.contains(r.metric())) {
                    rest.add(row(r));
                }
            }
            if (!rest.isEmpty()) {
                h.details("All other summary columns of " + a.name() + " (" + rest.size() + ")");
                h.table(null, List.of("Summary", "Baseline", "Alternative", "Difference", "95 % CI", "Change", "d_z",
                        "p (Holm)", "Variance reduction"), rest);
                h.endDetails();
            }
        }
    }

    private static List<Html.Cell> row(MetricRow r) {
        PairedDifference d = r.paired();
        Estimate e = d.difference();
        return List.of(Html.Cell.text(MetricLabels.summaryName(r.metric())), Html.Cell.num(Html.num(d.baseMean())),
                Html.Cell.num(Html.num(d.altMean())), Html.Cell.num(Html.num(e.mean())),
                Html.Cell.num(d.noVariance() ? PairedDifference.NO_VARIANCE : Html.interval(e.low(), e.high())),
                Html.Cell.num(Html.percent(d.relativeChange())), Html.Cell.num(Html.num(d.effectSize())),
                Html.Cell.num(d.noVariance() ? PairedDifference.NO_VARIANCE : Html.pValue(r.pHolm())),
                Html.Cell.num(Double.isNaN(d.varianceReduction()) ? "n/a" : Html.num(d.varianceReduction()) + "×"));
    }

    private static void costs(Html h, ScenarioComparison cmp) {
        h.h(2, "costs", "Costs");
        List<List<Html.Cell>> rows = new ArrayList<>();
        for (Alternative a : cmp.alternatives()) {
            ScenarioComparison.CostEffect c = a.cost();
            if (c == null) {
                continue;
            }
            Bootstrap.Ratio r = c.perAverted();
            rows.add(List.of(Html.Cell.text(a.name()), Html.Cell.num(Html.num(c.altCost().mean())),
                    Html.Cell.num(Html.num(c.extraCost().mean())), Html.Cell.num(Html.num(c.averted().mean())),
                    Html.Cell.num(Html.interval(c.averted().low(), c.averted().high())),
                    Html.Cell.num(costPerAverted(r)),
                    Html.Cell.num(r.defined() ? Html.interval(r.low(), r.high()) : "not defined")));
        }
        if (rows.isEmpty()) {
            h.p("note", "The results have no cost or recruit columns (" + ScenarioComparison.COST + ", "
                    + ScenarioComparison.RECRUITS + ").");
            return;
        }
        h.table("Cost units as in the scenarios' unit_cost. Cost per recruit averted = mean extra cost / mean recruits "
                        + "averted over replication pairs; 95 % percentile bootstrap interval ("
                        + Bootstrap.RESAMPLES + " resamples of the pairs); not defined when on average nothing is "
                        + "averted.",
                List.of("Alternative", "Total cost", "Extra cost vs baseline", "Recruits averted", "95 % CI",
                        "Cost per recruit averted", "95 % CI (bootstrap)"), rows);
    }

    private static void files(Html h, ComparisonFolder layout, ResultsFolder base, List<ResultsFolder> alts) {
        h.h(2, "files", "Files");
        h.open("ul");
        h.liLink("comparison.csv", "comparison.csv", " — every summary column of every alternative: difference, CI, "
                + "relative change, d_z, t, p, Holm p, variance reduction");
        h.liLink("ranking.csv", "ranking.csv", " — the ranking table");
        h.liLink("costs.csv", "costs.csv", " — costs and cost per recruit averted with bootstrap interval");
        h.liLink("direction-checks.csv", "direction-checks.csv", " — the direction checks");
        h.liLink("parameters.csv", "parameters.csv", " — settings each alternative changes");
        h.liLink(layout.baseline() + "/" + RunReport.FILE, base.scenarioName(), " — report of the baseline run");
        for (int i = 0; i < alts.size(); i++) {
            h.liLink(layout.alternatives().get(i) + "/" + RunReport.FILE, alts.get(i).scenarioName(),
                    " — report of this alternative's run");
        }
        h.close("ul");
    }

    private static int testCount(ScenarioComparison cmp) {
        return cmp.alternatives().stream().mapToInt(a -> (int) a.metrics().stream()
                .filter(r -> !Double.isNaN(r.paired().pValue())).count()).sum();
    }

    private static void method(Html h, ScenarioComparison cmp) {
        int tests = testCount(cmp);
        h.h(2, "method", "Statistical method");
        h.p("note", "Common random numbers: replication k of every scenario uses the same seed, so the scenarios "
                + "differ only by their settings and the differences are compared pair by pair. Intervals are "
                + "t-based: mean ± t(0.975, n−1) · s/√n over the n pairs. p-values come from the paired t-test "
                + "(two-sided) and are Holm-corrected over all " + tests + " comparisons of this report (every "
                + "alternative × every summary column), which controls the chance of any false finding at 5 %. "
                + "Effect size d_z = mean difference / SD of differences (Cohen). Variance reduction = (s²_base + "
                + "s²_alt) / s²_difference. Cost per recruit averted uses a percentile bootstrap over replication "
                + "pairs with a fixed seed (" + Bootstrap.SEED + "), so the report is reproducible.");
        h.p("note", "These are properties of the model under illustrative settings, not forecasts for any real place.");
    }
}
