package org.radsim.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.analysis.results.ResultsFolder;
import org.radsim.analysis.results.SyntheticResults;

class MetricBoundsTest {

    @Test
    void aCountIntervalNearZeroIsClippedAtZero() {
        // {0, 0, 0, 1}: mean 0.25, s = 0.5, t(0.975, 3) = 3.182 → raw interval [−0.546, 1.046]
        Estimate raw = Estimate.of(new double[] {0, 0, 0, 1});
        assertTrue(raw.low() < 0, "the t interval of a count can go below zero: " + raw.low());
        Estimate c = MetricBounds.of("final_recruiters").clip(raw);
        assertEquals(0, c.low(), 0);
        assertEquals(raw.high(), c.high(), 0);
        assertEquals(raw.mean(), c.mean(), 0);
        assertEquals(raw.sd(), c.sd(), 0);
    }

    @Test
    void aShareIntervalStaysWithinZeroAndOne() {
        Estimate raw = Estimate.of(new double[] {1, 1, 1, 0.9});
        assertTrue(raw.high() > 1);
        Estimate c = MetricBounds.of("peak_share_radicalized").clip(raw);
        assertEquals(1, c.high(), 0);
        assertEquals(raw.low(), c.low(), 0);
    }

    @Test
    void namesMapToTheirNaturalRange() {
        assertSame(MetricBounds.NON_NEGATIVE, MetricBounds.of("final_cumulative_recruits"));
        assertSame(MetricBounds.NON_NEGATIVE, MetricBounds.of("peak_tick_mean_opinion"));
        assertSame(MetricBounds.NON_NEGATIVE, MetricBounds.of("jailed"));
        assertSame(MetricBounds.UNIT, MetricBounds.of("share_radicalized"));
        assertSame(MetricBounds.UNIT, MetricBounds.of("final_p_plus"));
        assertSame(MetricBounds.OPINION, MetricBounds.of("final_mean_opinion"));
        assertSame(MetricBounds.NONE, MetricBounds.of("convergence"));
        Estimate e = Estimate.of(new double[] {-5, 5});
        assertSame(e, MetricBounds.NONE.clip(e), "unknown metrics are not clipped");
    }

    @Test
    void everyWrittenStatisticOfACountOrShareLiesInItsRange(@TempDir Path dir) {
        SyntheticResults.write(dir, new SyntheticResults.Spec("s", "d", 1, 1, 0, List.of()), 3, 3, 20);
        ResultsFolder f = ResultsFolder.read(dir);
        for (var e : ReplicationStats.summaries(f).entrySet()) {
            MetricBounds b = MetricBounds.of(e.getKey());
            if (!Double.isNaN(e.getValue().low())) {
                assertTrue(e.getValue().low() >= b.low() && e.getValue().high() <= b.high(), e.getKey() + " " + e.getValue());
            }
        }
        ResultsFolder.Series s = f.series();
        for (String m : s.metrics()) {
            MetricBounds b = MetricBounds.of(m);
            for (Estimate e : ReplicationStats.perTick(m, s.values(m))) {
                if (!Double.isNaN(e.low())) {
                    assertTrue(e.low() >= b.low() && e.high() <= b.high(), m + " " + e);
                }
            }
        }
    }
}
