package org.radsim.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.analysis.results.ResultsFolder;
import org.radsim.analysis.results.SyntheticResults;
import org.radsim.analysis.results.SyntheticResults.Spec;
import org.radsim.analysis.stats.Holm;
import org.radsim.analysis.stats.PairedDifference;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.radsim.core.output.ComparisonFolder;

class ScenarioComparisonTest {

    private static ScenarioComparison standard(Path dir) {
        Path cmp = SyntheticResults.standardCompare(dir, 8, 104);
        ComparisonFolder layout = ComparisonFolder.read(cmp);
        return ScenarioComparison.of(ResultsFolder.read(cmp.resolve(layout.baseline())),
                layout.alternatives().stream().map(a -> ResultsFolder.read(cmp.resolve(a))).toList());
    }

    @Test
    void pairsShareSeedsAndPairingReducesVariance(@TempDir Path dir) {
        ScenarioComparison c = standard(dir);
        for (ScenarioComparison.Alternative a : c.alternatives()) {
            assertTrue(a.commonSeeds());
            assertEquals(8, a.pairs());
            // the synthetic noise is shared by construction, so the difference varies much less than each run
            assertTrue(a.metric("final_radicalized").paired().varianceReduction() > 2,
                    a.name() + ": " + a.metric("final_radicalized").paired().varianceReduction());
        }
    }

    @Test
    void rowsAgreeWithAPairedDifferenceOfTheRawColumns(@TempDir Path dir) {
        ScenarioComparison c = standard(dir);
        ScenarioComparison.Alternative jobs = c.alternatives().get(1);
        PairedDifference direct = PairedDifference.of(c.baseline().summary(ScenarioComparison.RECRUITS),
                jobs.folder().summary(ScenarioComparison.RECRUITS));
        assertEquals(direct, jobs.metric(ScenarioComparison.RECRUITS).paired());
    }

    @Test
    void holmRunsOverEveryComparisonTogether(@TempDir Path dir) {
        ScenarioComparison c = standard(dir);
        double[] raw = c.alternatives().stream().flatMap(a -> a.metrics().stream())
                .mapToDouble(r -> r.paired().pValue()).toArray();
        double[] holm = c.alternatives().stream().flatMap(a -> a.metrics().stream())
                .mapToDouble(ScenarioComparison.MetricRow::pHolm).toArray();
        assertEquals(3 * 49, raw.length, "3 alternatives × (48 summary columns + time-mean share radicalized)");
        double[] expected = Holm.adjust(raw);
        for (int i = 0; i < raw.length; i++) {
            assertEquals(expected[i], holm[i], 0);
        }
    }

    @Test
    void directionChecksFollowTheAddedInterventions(@TempDir Path dir) {
        ScenarioComparison c = standard(dir);
        DirectionCheck cn = c.alternatives().get(0).direction();
        DirectionCheck jobs = c.alternatives().get(1).direction();
        assertEquals(DirectionCheck.RADICALIZATION_MORE, cn.expectation());
        assertEquals(DirectionCheck.RECRUITMENT_MORE, jobs.expectation());
        // synthetic effects: counter-narrative ×0.8 radicalized, ×0.9 on members → radicalization falls more
        assertTrue(cn.passed(), cn.toString());
        assertTrue(cn.radicalizationReduction() > cn.recruitmentReduction());
        // the per-pair margin averages to the difference of the two point estimates (both divide by base means)
        assertEquals(cn.radicalizationReduction() - cn.recruitmentReduction(), cn.margin().mean(), 1e-12);
        assertEquals(jobs.recruitmentReduction() - jobs.radicalizationReduction(), jobs.margin().mean(), 1e-12);
        assertTrue(jobs.passed(), jobs.toString());
        assertNull(c.alternatives().get(2).direction(), "governance has no expected direction");
    }

    @Test
    void directionCheckFailsWhenTheEffectsAreReversed(@TempDir Path dir) {
        Path cmp = SyntheticResults.compareFolder(dir,
                new Spec("base", "", 1, 1, 0, List.of()),
                List.of(new Spec("cn", "", 0.95, 0.6, 10, List.of("counter_narrative/all"))), 6, 60);
        ComparisonFolder l = ComparisonFolder.read(cmp);
        ScenarioComparison c = ScenarioComparison.of(ResultsFolder.read(cmp.resolve(l.baseline())),
                List.of(ResultsFolder.read(cmp.resolve(l.alternatives().get(0)))));
        assertFalse(c.alternatives().get(0).direction().passed());
    }

    @Test
    void expectationNeedsOneFamilyOfAddedInterventions() throws Exception {
        ObjectMapper j = new ObjectMapper();
        var base = j.readTree("{\"interventions\":[{\"type\":\"jobs\",\"target\":\"high_risk\"}]}");
        var same = j.readTree("{\"interventions\":[{\"type\":\"jobs\",\"target\":\"high_risk\"}]}");
        var mixed = j.readTree("{\"interventions\":[{\"type\":\"jobs\",\"target\":\"high_risk\"},"
                + "{\"type\":\"community\",\"target\":\"all\"},{\"type\":\"jobs\",\"target\":\"unemployed\"}]}");
        var policing = j.readTree("{\"interventions\":[{\"type\":\"community_policing\",\"target\":\"all\"}]}");
        assertNull(DirectionCheck.expectation(base, same), "nothing added");
        assertNull(DirectionCheck.expectation(base, mixed), "community and jobs together: no single expectation");
        assertNull(DirectionCheck.expectation(j.readTree("{}"), policing), "community policing is not community");
    }

    @Test
    void costPerRecruitAvertedIsExtraCostOverAvertedAndUndefinedWhenNothingIsAverted(@TempDir Path dir) {
        ScenarioComparison c = standard(dir);
        ScenarioComparison.Alternative jobs = c.alternatives().get(1);
        ScenarioComparison.CostEffect cost = jobs.cost();
        assertEquals(cost.extraCost().mean() / cost.averted().mean(), cost.perAverted().point(), 1e-9);
        assertEquals(5000.0 * 104, cost.altCost().mean(), 1e-9, "104 ticks × 5000 per tick");
        ScenarioComparison.Alternative governance = c.alternatives().get(2);
        assertTrue(governance.cost().averted().mean() <= 0, "governance is built to recruit more");
        assertFalse(governance.cost().perAverted().defined());
        assertEquals(List.of("jobs-high-risk", "counter-narrative", "governance"),
                c.ranking().stream().map(ScenarioComparison.Alternative::name).toList());
    }
}
