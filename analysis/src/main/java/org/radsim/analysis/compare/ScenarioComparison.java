package org.radsim.analysis.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.radsim.core.output.ResultsFolderException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.radsim.analysis.results.ResultsFolder;
import org.radsim.analysis.stats.Bootstrap;
import org.radsim.analysis.stats.Estimate;
import org.radsim.analysis.stats.Holm;
import org.radsim.analysis.stats.MetricBounds;
import org.radsim.analysis.stats.PairedDifference;
import org.radsim.core.output.Csv;
import org.radsim.core.output.FormulaEscape;
import org.radsim.core.replication.Metrics;

import static org.radsim.core.output.Csv.num;
import static org.radsim.core.output.Csv.printer;

/**
 * Everything {@code radsim compare} reports, computed from results folders: a baseline and alternatives run with
 * the same master seed, so replication {@code k} of every scenario used the same seed (common random numbers)
 * and replications are compared in pairs.
 *
 * <p>Pairs are matched by replication index; only indices completed in both folders count. Whether the paired
 * replications really share seeds is checked and reported ({@link Alternative#commonSeeds()}).
 * Holm's correction runs over every (alternative, summary metric) p-value of the comparison together.
 */
public final class ScenarioComparison {

    /** Columns of ranking.csv; a status column says why a number next to it is empty or NaN. */
    public static final List<String> RANKING_COLUMNS = List.of("rank", "alternative", "recruits_averted", "ci_low",
            "ci_high", "relative_change_recruits", "p_holm", "p_holm_status", "total_cost", "cost_per_recruit_averted",
            "cost_per_recruit_averted_status");
    /** Columns of parameters.csv: an empty baseline or value means the key is absent there ({@code change}). */
    public static final List<String> PARAMETERS_COLUMNS = List.of("alternative", "path", "baseline", "value", "change");
    /** Status of a cost per recruit averted of an alternative without costs. */
    public static final String NO_COSTS = "not defined (no costs recorded)";
    /** Status of a cost per recruit averted when, on average, no recruits were averted. */
    public static final String NOTHING_AVERTED = "not defined (no recruits averted on average)";

    /** Summary column holding the recruits of a replication. */
    public static final String RECRUITS = Metrics.finalOf(Metrics.CUMULATIVE_RECRUITS);
    /** Summary column holding the total cost of a replication. */
    public static final String COST = Metrics.finalOf(Metrics.CUMULATIVE_COST);
    /**
     * Derived summary: the mean over ticks 1…T of {@code share_radicalized} in one replication, computed from
     * timeseries.csv. It measures the radicalization burden over the whole run, as cumulative recruits measure
     * recruitment over the whole run.
     */
    public static final String TIME_MEAN_RADICALIZED = Metrics.TIME_MEAN_SHARE_RADICALIZED;

    private final ResultsFolder baseline;
    private final List<Alternative> alternatives;

    /**
     * One alternative against the baseline.
     *
     * @param folder      its results
     * @param pairs       replication pairs compared
     * @param commonSeeds whether every pair shares its seed (common random numbers)
     * @param metrics     one row per summary column common to both, in the baseline's column order
     * @param cost        total cost and cost per recruit averted ({@code null} when the columns are missing)
     * @param direction   the MODEL.md §9 direction check, when one applies to this alternative
     * @param parameters  settings that differ from the baseline
     */
    public record Alternative(ResultsFolder folder, int pairs, boolean commonSeeds, List<MetricRow> metrics,
                              CostEffect cost, DirectionCheck direction, List<ParameterDiff> parameters) {
        public String name() {
            return folder.scenarioName();
        }

        /** The row of {@code metric}, or null. */
        public MetricRow metric(String metric) {
            return metrics.stream().filter(r -> r.metric().equals(metric)).findFirst().orElse(null);
        }
    }

    /**
     * One summary metric of one alternative.
     *
     * @param differences the per-pair differences alt − base, in pair order
     * @param pHolm       Holm-adjusted p-value over all comparisons of this report
     */
    public record MetricRow(String metric, PairedDifference paired, double[] differences, double pHolm) {
        static MetricRow of(String metric, double[] base, double[] alt) {
            double[] d = new double[base.length];
            for (int k = 0; k < d.length; k++) {
                d[k] = alt[k] - base[k];
            }
            return new MetricRow(metric, PairedDifference.of(base, alt), d, Double.NaN);
        }
    }

    /**
     * Costs of one alternative, per replication pair.
     *
     * @param altCost     total cost of the alternative (mean and interval over replications)
     * @param extraCost   cost of the alternative minus cost of the baseline, paired
     * @param averted     recruits averted: baseline recruits minus alternative recruits, paired
     * @param perAverted  cost per recruit averted, {@code mean(extra cost) / mean(averted)}, percentile bootstrap
     *                    interval over replication pairs; not defined when the mean averted is ≤ 0
     */
    public record CostEffect(Estimate altCost, Estimate extraCost, Estimate averted, Bootstrap.Ratio perAverted) {
    }

    private ScenarioComparison(ResultsFolder baseline, List<Alternative> alternatives) {
        this.baseline = baseline;
        this.alternatives = alternatives;
    }

    /** Compares each alternative with the baseline. */
    public static ScenarioComparison of(ResultsFolder baseline, List<ResultsFolder> alternatives) {
        List<String> problems = Comparability.problems(names(baseline, alternatives), trees(baseline, alternatives));
        if (!problems.isEmpty()) {
            throw new ResultsFolderException("these scenarios cannot be compared pair by pair:\n  "
                    + String.join("\n  ", problems));
        }
        List<Alternative> alts = new ArrayList<>();
        List<double[]> pValues = new ArrayList<>();
        for (ResultsFolder alt : alternatives) {
            Pairing pairing = Pairing.of(baseline, alt);
            List<MetricRow> rows = new ArrayList<>();
            for (String m : baseline.summaryColumns()) {
                if (alt.hasSummary(m)) {
                    rows.add(MetricRow.of(m, pairing.base(baseline, m), pairing.alt(alt, m)));
                }
            }
            double[] bt = timeMean(baseline, "share_radicalized");
            double[] at = timeMean(alt, "share_radicalized");
            if (bt != null && at != null) {
                rows.add(MetricRow.of(TIME_MEAN_RADICALIZED, pairing.pickBase(bt), pairing.pickAlt(at)));
            }
            CostEffect cost = null;
            if (baseline.hasSummary(RECRUITS) && alt.hasSummary(RECRUITS) && baseline.hasSummary(COST)
                    && alt.hasSummary(COST)) {
                double[] bc = pairing.base(baseline, COST);
                double[] ac = pairing.alt(alt, COST);
                double[] br = pairing.base(baseline, RECRUITS);
                double[] ar = pairing.alt(alt, RECRUITS);
                double[] extra = new double[bc.length];
                double[] averted = new double[bc.length];
                for (int k = 0; k < bc.length; k++) {
                    extra[k] = ac[k] - bc[k];
                    averted[k] = br[k] - ar[k];
                }
                cost = new CostEffect(MetricBounds.NON_NEGATIVE.clip(Estimate.of(ac)), Estimate.of(extra), Estimate.of(averted),
                        Bootstrap.ratioOfMeans(extra, averted));
            }
            alts.add(new Alternative(alt, pairing.size(), pairing.commonSeeds(), rows, cost, null,
                    ParameterDiff.between(baseline.scenario(), alt.scenario())));
        }
        // Holm over the whole family: every (alternative, metric) p-value
        for (Alternative a : alts) {
            pValues.add(a.metrics().stream().mapToDouble(r -> r.paired().pValue()).toArray());
        }
        double[] all = pValues.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
        double[] adjusted = Holm.adjust(all);
        List<Alternative> out = new ArrayList<>();
        int i = 0;
        for (Alternative a : alts) {
            List<MetricRow> rows = new ArrayList<>();
            for (MetricRow r : a.metrics()) {
                rows.add(new MetricRow(r.metric(), r.paired(), r.differences(), adjusted[i++]));
            }
            Alternative withP = new Alternative(a.folder(), a.pairs(), a.commonSeeds(), rows, a.cost(), null,
                    a.parameters());
            out.add(new Alternative(a.folder(), a.pairs(), a.commonSeeds(), rows, a.cost(),
                    DirectionCheck.of(baseline, withP), a.parameters()));
        }
        return new ScenarioComparison(baseline, List.copyOf(out));
    }

    public ResultsFolder baseline() {
        return baseline;
    }

    public List<Alternative> alternatives() {
        return alternatives;
    }

    /** Alternatives ordered by mean recruits averted, most first (those without the metric last). */
    public List<Alternative> ranking() {
        List<Alternative> r = new ArrayList<>(alternatives);
        r.sort(Comparator.comparingDouble(ScenarioComparison::meanAverted).reversed());
        return r;
    }

    private static double meanAverted(Alternative a) {
        MetricRow row = a.metric(RECRUITS);
        return row == null || Double.isNaN(row.paired().difference().mean())
                ? Double.NEGATIVE_INFINITY : -row.paired().difference().mean();
    }

    /** Names of the scenarios, baseline first. */
    static List<String> names(ResultsFolder baseline, List<ResultsFolder> alternatives) {
        List<String> out = new ArrayList<>(List.of(baseline.scenarioName()));
        alternatives.forEach(a -> out.add(a.scenarioName()));
        return out;
    }

    /** Resolved scenario trees (with the model recorded in the manifest), baseline first. */
    static List<com.fasterxml.jackson.databind.JsonNode> trees(ResultsFolder baseline, List<ResultsFolder> alternatives) {
        List<com.fasterxml.jackson.databind.JsonNode> out = new ArrayList<>();
        List<ResultsFolder> all = new ArrayList<>(List.of(baseline));
        all.addAll(alternatives);
        for (ResultsFolder f : all) {
            com.fasterxml.jackson.databind.node.ObjectNode t = f.scenario().isObject()
                    ? ((com.fasterxml.jackson.databind.node.ObjectNode) f.scenario()).deepCopy()
                    : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            t.put("model", f.model());
            out.add(t);
        }
        return out;
    }

    /** Interventions of any scenario that cannot act ({@link Comparability#warnings}). */
    public List<String> warnings() {
        List<ResultsFolder> alts = alternatives.stream().map(Alternative::folder).toList();
        return Comparability.warnings(names(baseline, alts), trees(baseline, alts));
    }

    /** Writes comparison.csv, costs.csv, ranking.csv, direction-checks.csv and parameters.csv into {@code dir}. */
    public void writeCsv(Path dir) {
        try {
            try (CSVPrinter p = printer(dir.resolve("comparison.csv"), "alternative", "metric", "pairs", "base_mean",
                    "alt_mean", "difference", "ci_low", "ci_high", "relative_change", "effect_size_dz", "t",
                    "p_value", "p_value_status", "p_holm", "variance_reduction", "common_seeds")) {
                for (Alternative a : alternatives) {
                    for (MetricRow r : a.metrics()) {
                        PairedDifference d = r.paired();
                        p.printRecord(text(a.name()), r.metric(), d.difference().n(), num(d.baseMean()), num(d.altMean()),
                                num(d.difference().mean()), num(d.difference().low()), num(d.difference().high()),
                                num(d.relativeChange()), num(d.effectSize()), num(d.tStatistic()), num(d.pValue()),
                                d.noVariance() ? PairedDifference.NO_VARIANCE : "defined", num(r.pHolm()), num(d.varianceReduction()), a.commonSeeds());
                    }
                }
            }
            try (CSVPrinter p = printer(dir.resolve("costs.csv"), "alternative", "total_cost_mean", "total_cost_low",
                    "total_cost_high", "extra_cost_mean", "recruits_averted_mean", "recruits_averted_low",
                    "recruits_averted_high", "cost_per_recruit_averted", "cpra_low", "cpra_high", "cpra_defined")) {
                for (Alternative a : alternatives) {
                    CostEffect c = a.cost();
                    if (c == null) {
                        continue;
                    }
                    p.printRecord(text(a.name()), num(c.altCost().mean()), num(c.altCost().low()), num(c.altCost().high()),
                            num(c.extraCost().mean()), num(c.averted().mean()), num(c.averted().low()),
                            num(c.averted().high()), num(c.perAverted().point()), num(c.perAverted().low()),
                            num(c.perAverted().high()), c.perAverted().defined());
                }
            }
            try (CSVPrinter p = printer(dir.resolve("ranking.csv"), RANKING_COLUMNS)) {
                int rank = 1;
                for (Alternative a : ranking()) {
                    MetricRow r = a.metric(RECRUITS);
                    if (r == null) {
                        continue;
                    }
                    PairedDifference d = r.paired();
                    boolean defined = a.cost() != null && a.cost().perAverted().defined();
                    p.printRecord(rank++, text(a.name()), num(-d.difference().mean()), num(-d.difference().high()),
                            num(-d.difference().low()), num(d.relativeChange()), num(r.pHolm()),
                            d.noVariance() ? PairedDifference.NO_VARIANCE : "defined",
                            a.cost() == null ? Csv.MISSING : num(a.cost().altCost().mean()),
                            defined ? num(a.cost().perAverted().point()) : Csv.MISSING,
                            a.cost() == null ? NO_COSTS : defined ? "defined" : NOTHING_AVERTED);
                }
            }
            try (CSVPrinter p = printer(dir.resolve("direction-checks.csv"), "alternative", "expectation",
                    "radicalization_metric", "radicalization_reduction", "recruitment_metric", "recruitment_reduction",
                    "margin", "margin_ci_low", "margin_ci_high", "time_mean_share_radicalized_reduction", "result")) {
                for (Alternative a : alternatives) {
                    DirectionCheck c = a.direction();
                    if (c != null) {
                        p.printRecord(text(a.name()), c.expectation(), c.radicalizationMetric(),
                                num(c.radicalizationReduction()), c.recruitmentMetric(), num(c.recruitmentReduction()),
                                num(c.margin().mean()), num(c.margin().low()), num(c.margin().high()),
                                num(c.timeMeanReduction()), c.result());
                    }
                }
            }
            try (CSVPrinter p = printer(dir.resolve("parameters.csv"), PARAMETERS_COLUMNS)) {
                for (Alternative a : alternatives) {
                    for (ParameterDiff d : a.parameters()) {
                        p.printRecord(text(a.name()), text(d.path()), field(d.baseline()), field(d.value()), d.change());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A setting's value in parameters.csv: empty when the key is absent on that side ({@link ParameterDiff#change}). */
    private static String field(String v) {
        return v.equals(ParameterDiff.ABSENT) ? Csv.MISSING : text(v);
    }

    /** A text field of the comparison tables, escaped against spreadsheet formula injection. */
    private static String text(String s) {
        return FormulaEscape.escape(s);
    }

    /** Per replication, the mean of {@code metric} over ticks after tick 0; null when the series lacks it. */
    static double[] timeMean(ResultsFolder f, String metric) {
        ResultsFolder.Series s = f.series();
        if (!s.metrics().contains(metric)) {
            return null;
        }
        double[][] v = s.values(metric);
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            double sum = 0;
            int n = 0;
            for (int t = 0; t < v[k].length; t++) {
                if (s.ticks()[t] > 0 && !Double.isNaN(v[k][t])) {
                    sum += v[k][t];
                    n++;
                }
            }
            out[k] = n == 0 ? Double.NaN : sum / n;
        }
        return out;
    }

    /** Replication indices completed in both folders, with their positions in each. */
    private record Pairing(int[] basePos, int[] altPos, boolean commonSeeds) {
        static Pairing of(ResultsFolder base, ResultsFolder alt) {
            Map<Integer, Integer> altIndex = new HashMap<>();
            for (int k = 0; k < alt.replications().size(); k++) {
                altIndex.put(alt.replications().get(k), k);
            }
            List<int[]> pairs = new ArrayList<>();
            boolean same = true;
            for (int k = 0; k < base.replications().size(); k++) {
                Integer j = altIndex.get(base.replications().get(k));
                if (j != null) {
                    pairs.add(new int[] {k, j});
                    same &= base.seeds().get(k).equals(alt.seeds().get(j));
                }
            }
            return new Pairing(pairs.stream().mapToInt(p -> p[0]).toArray(),
                    pairs.stream().mapToInt(p -> p[1]).toArray(), same && !pairs.isEmpty());
        }

        int size() {
            return basePos.length;
        }

        double[] base(ResultsFolder f, String metric) {
            return pick(f.summary(metric), basePos);
        }

        double[] alt(ResultsFolder f, String metric) {
            return pick(f.summary(metric), altPos);
        }

        double[] pickBase(double[] v) {
            return pick(v, basePos);
        }

        double[] pickAlt(double[] v) {
            return pick(v, altPos);
        }

        private static double[] pick(double[] v, int[] pos) {
            double[] out = new double[pos.length];
            for (int i = 0; i < pos.length; i++) {
                out[i] = v[pos[i]];
            }
            return out;
        }
    }
}
