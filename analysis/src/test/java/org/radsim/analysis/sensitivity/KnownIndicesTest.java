package org.radsim.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.sweep.Merger;
import org.radsim.core.sweep.Plan;
import org.radsim.core.sweep.ShardRunner;
import org.radsim.core.sweep.SweepFolder;
import org.radsim.core.sweep.SweepLoader;
import org.radsim.core.sweep.TestFunction;

/**
 * The estimators on functions with known answers, through the path users run: a sweep file with a built-in test
 * model, planned, run in shards, merged, then analysed from the folder.
 */
class KnownIndicesTest {

    @TempDir
    Path tmp;

    private SensitivityReport.Outcome sweep(String yaml) throws Exception {
        Path f = tmp.resolve("sweep.yaml");
        Files.writeString(f, yaml);
        Plan plan = Plan.of(SweepLoader.load(f));
        SweepFolder folder = new SweepFolder(tmp.resolve("out"));
        for (int i = 0; i < 2; i++) {
            new ShardRunner(plan, folder).run(i, 2, 2, null);
        }
        Merger.merge(folder, 2);
        return SensitivityReport.write(folder.dir(), folder.dir().resolve("analysis"), SensitivityReport.RESAMPLES);
    }

    private static String factors(int k, String range) {
        StringBuilder sb = new StringBuilder("factors:\n");
        for (int i = 1; i <= k; i++) {
            sb.append("  - {path: x").append(i).append(", ").append(range).append("}\n");
        }
        return sb.toString();
    }

    @Test
    void ishigamiIndicesLieWithinTheirBootstrapIntervalsAtN4096() throws Exception {
        SensitivityReport.Outcome o = sweep("name: ishigami\nmodel: ishigami\n"
                + factors(3, "min: -3.141592653589793, max: 3.141592653589793")
                + "design: {type: sobol, n: 4096, second_order: true}\nmetrics: [y]\n");
        // Ishigami & Homma (1990), a = 7, b = 0.1
        double a = 7;
        double b = 0.1;
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = Math.pow(Math.PI, 8);
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = b * b * pi8 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        Sobol.Result r = o.sobol().get("y");
        assertEquals(4096, r.rowsUsed());
        assertNull(r.warning(), "no small-N warning at N = 4096");
        for (int i = 0; i < 3; i++) {
            assertTrue(r.first()[i].contains(s1[i]), "S1 x" + (i + 1) + " = " + s1[i] + " not in " + r.first()[i]);
            assertTrue(r.total()[i].contains(st[i]), "ST x" + (i + 1) + " = " + st[i] + " not in " + r.total()[i]);
        }
        assertTrue(r.second()[0][2].contains(v13 / v), "S13 = " + v13 / v + " not in " + r.second()[0][2]);
        assertTrue(r.second()[0][1].contains(0) && r.second()[1][2].contains(0), "S12 = S23 = 0");
        assertTrue(Files.exists(o.out().resolve("charts/sobol-y.png")) && Files.exists(o.out().resolve("charts/sobol-y.svg")));
        assertTrue(Files.readString(o.out().resolve("report.html")).contains("S1"));
        assertEquals(4096 * 8, Files.readAllLines(o.out().resolve("salib/X.txt")).size());
    }

    @Test
    void sobolGIndicesLieWithinTheirBootstrapIntervalsAtN4096() throws Exception {
        SensitivityReport.Outcome o = sweep("name: g\nmodel: sobol_g\n" + factors(8, "min: 0, max: 1")
                + "design: {type: sobol, n: 4096}\nmetrics: [y]\n");
        // Saltelli et al. (2010): V_i = (1/3)/(1 + a_i)^2, V = prod(1 + V_i) - 1
        double[] a = TestFunction.G_A;
        double prod = 1;
        double[] vi = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            vi[i] = (1.0 / 3) / Math.pow(1 + a[i], 2);
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        Sobol.Result r = o.sobol().get("y");
        for (int i = 0; i < a.length; i++) {
            double s1 = vi[i] / v;
            double st = vi[i] * (prod / (1 + vi[i])) / v;
            assertTrue(r.first()[i].contains(s1), "S1 x" + (i + 1) + " = " + s1 + " not in " + r.first()[i]);
            assertTrue(r.total()[i].contains(st), "ST x" + (i + 1) + " = " + st + " not in " + r.total()[i]);
        }
    }

    @Test
    void morrisRanksTheFactorsOfTheGFunctionByImportance() throws Exception {
        SensitivityReport.Outcome o = sweep("name: g-morris\nmodel: sobol_g\n" + factors(8, "min: 0, max: 1")
                + "design: {type: morris, trajectories: 50, levels: 4}\nmetrics: [y]\n");
        List<Morris.Stat> stats = o.morris().get("y");
        // importance falls as a_i grows: a = 0, 1, 4.5, 9, then four factors with a = 99
        for (int i = 0; i < 3; i++) {
            assertTrue(stats.get(i).muStar().value() > stats.get(i + 1).muStar().value(),
                    "mu* of x" + (i + 1) + " above x" + (i + 2) + ": " + stats);
        }
        for (int i = 4; i < 8; i++) {
            assertTrue(stats.get(3).muStar().value() > 5 * stats.get(i).muStar().value(), "x4 well above x" + (i + 1));
            assertEquals(50, stats.get(i).effects());
        }
        assertTrue(Files.exists(o.out().resolve("charts/morris-y.png")));
    }

    @Test
    void estimatorsMatchAHandComputedExample() {
        // one factor, two base rows: A = (1, 3), AB = (2, 3), B = (2, 4), laid out A, AB, B per row.
        // V = population variance of (1, 3, 2, 4) = 1.25; S1 = mean(B·(AB − A))/V = mean(2, 0)/1.25 = 0.8;
        // ST = ½·mean((A − AB)²)/V = ½·mean(1, 0)/1.25 = 0.2
        Sobol.Result r = Sobol.analyze(new double[] {1, 2, 2, 3, 3, 4}, 2, List.of("x"), false, 50);
        assertEquals(0.8, r.first()[0].value(), 1e-12);
        assertEquals(0.2, r.total()[0].value(), 1e-12);
    }

    @Test
    void morrisEffectsMatchAHandComputedTrajectory() {
        // k = 2, Δ = 2/3: (0, 0) → (2/3, 0) → (2/3, 2/3) with y = 3·x1 − x2: EE1 = 3, EE2 = −1
        double d = 2.0 / 3;
        double[][] u = {{0, 0}, {d, 0}, {d, d}, {d, d}, {d, 0}, {0, 0}};
        double[] y = new double[u.length];
        for (int p = 0; p < u.length; p++) {
            y[p] = 3 * u[p][0] - u[p][1];
        }
        List<Morris.Stat> s = Morris.analyze(u, y, List.of("x1", "x2"), 50);
        assertEquals(3, s.get(0).mu(), 1e-12);
        assertEquals(3, s.get(0).muStar().value(), 1e-12);
        assertEquals(0, s.get(0).sigma(), 1e-12);
        assertEquals(-1, s.get(1).mu(), 1e-12);
        assertEquals(1, s.get(1).muStar().value(), 1e-12);
    }

    @Test
    void aSobolEstimateFromTooFewBaseRowsIsFlagged() throws Exception {
        // issue 11: S1 = 2.53 at N = 8 was reported like any other estimate
        SensitivityReport.Outcome small = sweep("name: tiny\nmodel: ishigami\n"
                + factors(3, "min: -3.141592653589793, max: 3.141592653589793")
                + "design: {type: sobol, n: 8}\nmetrics: [y]\n");
        Sobol.Result r = small.sobol().get("y");
        assertTrue(r.warning() != null && r.warning().contains("N is too small"), String.valueOf(r.warning()));
        String table = java.nio.file.Files.readString(small.out().resolve("sobol.csv"));
        assertTrue(table.lines().skip(1).allMatch(l -> l.contains("N is too small")), table);
        assertTrue(java.nio.file.Files.readString(small.out().resolve("report.html")).contains("N is too small"));
    }
}
