package org.radsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.radsim.core.run.Models;
import org.radsim.core.replication.Replication;
import org.radsim.core.replication.Seeds;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * Issue 14 section 1: the shipped baseline starts from a state the model sustains. For every stage count, the
 * relative change over year 1 (tick 0 → 52) is at most 1.5 × the relative change over year 2 (52 → 104), on the
 * mean of 6 replication seeds. Without the warm-up the sympathizers fall by about 97 % in year 1.
 */
class SteadyStartTest {

    private static final List<String> STAGES = List.of("neutral", "sympathizer", "radicalized", "member",
            "detained", "disengaged");
    private static final int SEEDS = 6;

    /**
     * Each stage count at ticks 0, 52 and 104: [stage][0..2] the mean over seeds, [stage][3] the standard error of
     * the mean year-1 change (over seeds).
     */
    static double[][] counts(List<String> overrides) throws Exception {
        List<String> o = new ArrayList<>(overrides);
        o.add("ticks=104");   // only years 1 and 2 are compared
        Scenario s = ScenarioLoader.load("baseline.yaml", o);
        int year = s.ticksPerYear();
        double[][] sum = new double[STAGES.size()][4];
        List<double[][]> per = IntStream.range(0, SEEDS).parallel().mapToObj(r -> {
            Replication rep = Models.create(s, Seeds.replication(s.seed(), r), 1);
            List<String> metrics = rep.layout().global();
            double[][] c = new double[STAGES.size()][3];
            try {
                rep.run((tick, global, regional) -> {
                    if (tick % year == 0 && tick / year <= 2) {
                        for (int k = 0; k < STAGES.size(); k++) {
                            c[k][(int) (tick / year)] = global[metrics.indexOf(STAGES.get(k))];
                        }
                    }
                });
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            return c;
        }).toList();
        for (double[][] c : per) {
            for (int k = 0; k < STAGES.size(); k++) {
                for (int y = 0; y < 3; y++) {
                    sum[k][y] += c[k][y] / SEEDS;
                }
            }
        }
        for (int k = 0; k < STAGES.size(); k++) {
            double m = sum[k][1] - sum[k][0];
            double ss = 0;
            for (double[][] c : per) {
                double d = c[k][1] - c[k][0] - m;
                ss += d * d;
            }
            sum[k][3] = Math.sqrt(ss / (SEEDS - 1) / SEEDS);
        }
        return sum;
    }

    static List<String> violations(double[][] c) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < STAGES.size(); k++) {
            double y1 = Math.abs(c[k][1] - c[k][0]) / Math.max(c[k][0], 1);
            double y2 = Math.abs(c[k][2] - c[k][1]) / Math.max(c[k][1], 1);
            // the rule, strictly: year 1 may change at most 1.5 × as much as year 2. The printed ± is two
            // standard errors of the year-1 change over the seeds, for the reader only (small counts such as the
            // detained, about 10, move by ±20 % a year by chance alone)
            double noise = 2 * c[k][3] / Math.max(c[k][0], 1);
            String line = String.format(Locale.ROOT, "%s: %.1f → %.1f → %.1f (year 1 %.3f ± %.3f, year 2 %.3f)",
                    STAGES.get(k), c[k][0], c[k][1], c[k][2], y1, noise, y2);
            System.out.println(line);
            if (y1 > 1.5 * y2) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void theShippedBaselineStartsSteady() throws Exception {
        List<String> bad = violations(counts(List.of()));
        assertTrue(bad.isEmpty(), "initial transient: " + bad);
    }

    @Test
    void withoutTheWarmUpTheBaselineHasATransient() throws Exception {
        // the test can fail: the same check on the drawn initial state finds the transient the issue describes
        List<String> bad = violations(counts(List.of("warm_up=0")));
        assertTrue(!bad.isEmpty(), "expected a transient without the warm-up");
    }
}
