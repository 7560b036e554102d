package org.radsim.analysis.compare;

import java.util.ArrayList;
import java.util.List;

import org.radsim.analysis.results.ResultsFolder;
import org.radsim.analysis.stats.Estimate;

import com.fasterxml.jackson.databind.JsonNode;
import org.radsim.core.replication.Metrics;

/**
 * The direction-of-effect check of MODEL.md §9, after Weisburd et al. 2022 (PROTON-T experiments):
 * counter-narrative and community measures should lower radicalization relatively more than recruitment, and
 * jobs for high-risk (or unemployed) people should lower recruitment relatively more than radicalization.
 *
 * <p>Which expectation applies follows from the interventions the alternative adds to the baseline (by type and
 * target group, read from the resolved scenarios); alternatives that add a mix of both kinds, or other
 * interventions, get no check. Relative reduction = {@code −(mean(alt) − mean(base)) / mean(base)} of the paired
 * summary metrics {@link #RADICALIZATION} and {@link ScenarioComparison#RECRUITS}. The check passes when the
 * expected reduction is the larger one; it is computed from the point estimates, and the report shows the
 * intervals beside it.
 *
 * @param expectation          the expectation in words
 * @param radicalizationMetric summary column used for radicalization
 * @param recruitmentMetric    summary column used for recruitment
 * @param margin               expected reduction minus the other one, per replication pair
 *                             ({@code −d_k/mean(base)} of each metric), with its 95 % t interval: how firmly the
 *                             replications support the expected order (its mean is the difference of the two
 *                             point estimates)
 * @param timeMeanReduction    relative reduction of the time-mean share radicalized (NaN when unknown)
 * @param result               "pass" or "fail"
 */
public record DirectionCheck(String expectation, String radicalizationMetric, double radicalizationReduction,
                             String recruitmentMetric, double recruitmentReduction, Estimate margin,
                             double timeMeanReduction, String result) {

    /**
     * Summary column for radicalization: the radicalized count at the end of the run, as in the scenario library's
     * plausibility test, so that report and test judge the same numbers. The time-mean share radicalized
     * ({@link ScenarioComparison#TIME_MEAN_RADICALIZED}) is shown beside it for information: it does not depend on
     * when the run happens to end.
     */
    public static final String RADICALIZATION = Metrics.finalOf(Metrics.RADICALIZED);

    /** Expectation for counter-narrative and community measures. */
    public static final String RADICALIZATION_MORE = "radicalization falls relatively more than recruitment";
    /** Expectation for jobs targeted at high-risk or unemployed people. */
    public static final String RECRUITMENT_MORE = "recruitment falls relatively more than radicalization";

    public boolean passed() {
        return "pass".equals(result);
    }

    /** The check for {@code alt}, or null when no expectation applies or the metrics are missing. */
    static DirectionCheck of(ResultsFolder baseline, ScenarioComparison.Alternative alt) {
        String expectation = expectation(baseline.scenario(), alt.folder().scenario());
        String radMetric = alt.metric(RADICALIZATION) != null ? RADICALIZATION
                : Metrics.finalOf(Metrics.SHARE_RADICALIZED);
        ScenarioComparison.MetricRow rad = alt.metric(radMetric);
        ScenarioComparison.MetricRow rec = alt.metric(ScenarioComparison.RECRUITS);
        if (expectation == null || rad == null || rec == null) {
            return null;
        }
        double radRed = -rad.paired().relativeChange();
        double recRed = -rec.paired().relativeChange();
        boolean radMore = expectation.equals(RADICALIZATION_MORE);
        boolean pass = radMore ? radRed > recRed : recRed > radRed;
        double[] m = margins(rad, rec, radMore);
        ScenarioComparison.MetricRow tm = alt.metric(ScenarioComparison.TIME_MEAN_RADICALIZED);
        return new DirectionCheck(expectation, radMetric, radRed, ScenarioComparison.RECRUITS, recRed,
                Estimate.of(m), tm == null ? Double.NaN : -tm.paired().relativeChange(), pass ? "pass" : "fail");
    }

    /**
     * The margin of each replication pair, in pair order: expected relative reduction minus the other,
     * {@code −d_k/mean(base)} of each metric.
     */
    static double[] margins(ScenarioComparison.MetricRow rad, ScenarioComparison.MetricRow rec, boolean radMore) {
        double[] dr = rad.differences();
        double[] dc = rec.differences();
        double[] m = new double[dr.length];
        for (int k = 0; k < m.length; k++) {
            double radK = -dr[k] / rad.paired().baseMean();
            double recK = -dc[k] / rec.paired().baseMean();
            m[k] = radMore ? radK - recK : recK - radK;
        }
        return m;
    }

    /** Which expectation the interventions added by the alternative call for, or null. */
    static String expectation(JsonNode baseline, JsonNode alternative) {
        List<String> added = interventionKeys(alternative);
        for (String b : interventionKeys(baseline)) {
            added.remove(b);
        }
        if (added.isEmpty()) {
            return null;
        }
        boolean allSoft = added.stream().allMatch(k -> k.startsWith("counter_narrative/") || k.startsWith("community/"));
        boolean allJobs = added.stream().allMatch(k -> k.equals("jobs/high_risk") || k.equals("jobs/unemployed"));
        if (allSoft) {
            return RADICALIZATION_MORE;
        }
        return allJobs ? RECRUITMENT_MORE : null;
    }

    private static List<String> interventionKeys(JsonNode scenario) {
        List<String> keys = new ArrayList<>();
        for (JsonNode i : scenario.path("interventions")) {
            keys.add(i.path("type").asText() + "/" + i.path("target").asText("all"));
        }
        return keys;
    }
}
