package org.radsim.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PrecisionRuleTest {

    private static List<Map<String, Double>> summaries(double... v) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (double x : v) {
            out.add(Map.of("final_member", x));
        }
        return out;
    }

    @Test
    void stopsOnceTheHalfWidthIsBelowTheTarget() {
        PrecisionRule rule = new PrecisionRule("final_member", 1.0, 3, 100);
        // {10, 12, 11}: s = 1, half-width = t(0.975,2)·1/√3 = 4.303/1.732 = 2.48 > 1
        assertFalse(rule.enough(summaries(10, 12, 11)));
        // eight values alternating 10, 12 (and one 11 in front): s ≈ 0.93, half-width ≈ 0.72 < 1
        assertTrue(rule.enough(summaries(11, 10, 12, 10, 12, 10, 12, 10, 12)));
        assertTrue(rule.reason().startsWith("precision reached"), rule.reason());
    }

    @Test
    void neverStopsBeforeTheMinimumAndAlwaysAtTheCap() {
        PrecisionRule rule = new PrecisionRule("final_member", 1.0, 3, 4);
        assertFalse(rule.enough(summaries(5, 5)), "two identical values are not enough evidence");
        assertTrue(rule.enough(summaries(0, 100, 0, 100)));
        assertTrue(rule.reason().startsWith("replication cap reached"), rule.reason());
    }
}
