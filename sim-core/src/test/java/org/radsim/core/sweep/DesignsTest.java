package org.radsim.core.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class DesignsTest {

    private static Factor range(String name, int levels) {
        return new Factor(name, name, 0, 1, false, List.of(), levels, false, null);
    }

    @Test
    void factorialVariesTheLastFactorFastest() {
        List<double[]> pts = Designs.factorial(List.of(range("a", 2), range("b", 3)));
        assertEquals(6, pts.size());
        assertArrayEquals(new double[] {0, 0}, pts.get(0));
        assertArrayEquals(new double[] {0, 0.5}, pts.get(1));
        assertArrayEquals(new double[] {0, 1}, pts.get(2));
        assertArrayEquals(new double[] {1, 0}, pts.get(3));
    }

    @Test
    void oneAtATimeStartsAtTheBaseAndMovesOneFactor() {
        List<double[]> pts = Designs.oneAtATime(List.of(range("a", 3), range("b", 2)));
        assertEquals(1 + 3 + 2, pts.size());
        assertTrue(Double.isNaN(pts.get(0)[0]) && Double.isNaN(pts.get(0)[1]));
        assertEquals(0.5, pts.get(2)[0]);
        assertTrue(Double.isNaN(pts.get(2)[1]));
        assertEquals(1.0, pts.get(5)[1]);
        assertTrue(Double.isNaN(pts.get(5)[0]));
    }

    @Test
    void latinHypercubeHasOnePointInEachStratumOfEachFactor() {
        int n = 50;
        List<double[]> pts = Designs.latinHypercube(3, n, new MersenneTwister(1));
        for (int i = 0; i < 3; i++) {
            boolean[] seen = new boolean[n];
            for (double[] p : pts) {
                int s = (int) Math.floor(p[i] * n);
                assertTrue(!seen[s], "stratum " + s + " of factor " + i + " used twice");
                seen[s] = true;
            }
        }
    }

    @Test
    void saltelliBlocksFollowTheSalibOrder() {
        int k = 3;
        List<double[]> pts = Designs.saltelli(k, 8, true);
        assertEquals(8 * (2 * k + 2), pts.size());
        for (int j = 0; j < 8; j++) {
            int b0 = j * (2 * k + 2);
            double[] a = pts.get(b0);
            double[] b = pts.get(b0 + 2 * k + 1);
            for (int i = 0; i < k; i++) {
                double[] ab = pts.get(b0 + 1 + i);
                double[] ba = pts.get(b0 + 1 + k + i);
                for (int c = 0; c < k; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c], "AB^" + i + " is A with column " + i + " from B");
                    assertEquals(c == i ? a[c] : b[c], ba[c], "BA^" + i + " is B with column " + i + " from A");
                }
            }
        }
        assertTrue(Arrays.stream(pts.get(0)).noneMatch(v -> v == 0), "the all-zero first Sobol point is skipped");
    }

    @Test
    void morrisStepsMoveOneFactorByDeltaInsideTheUnitCube() {
        int k = 4;
        int p = 4;
        double delta = p / (2.0 * (p - 1));
        List<double[]> pts = Designs.morris(k, 20, p, new MersenneTwister(7));
        assertEquals(20 * (k + 1), pts.size());
        for (int t = 0; t < 20; t++) {
            List<Integer> moved = new ArrayList<>();
            for (int s = 0; s < k; s++) {
                double[] x = pts.get(t * (k + 1) + s);
                double[] y = pts.get(t * (k + 1) + s + 1);
                int changed = 0;
                for (int i = 0; i < k; i++) {
                    assertTrue(y[i] >= 0 && y[i] <= 1);
                    if (x[i] != y[i]) {
                        changed++;
                        moved.add(i);
                        assertEquals(delta, Math.abs(y[i] - x[i]), 1e-12);
                    }
                }
                assertEquals(1, changed);
            }
            assertEquals(k, moved.stream().distinct().count(), "each factor moves once per trajectory");
        }
    }

    @Test
    void factorValuesMapTheUnitInterval() {
        Factor uniform = new Factor("a", "a", 2, 4, false, List.of(), 3, false, null);
        Factor log = new Factor("b", "b", 1, 100, true, List.of(), 3, false, null);
        Factor list = new Factor("c", "c", Double.NaN, Double.NaN, false, List.of("p", "q", "r"), 3, false, null);
        assertEquals("3", uniform.valueAt(0.5));
        assertEquals("4", uniform.valueAt(1));
        assertEquals("10", log.valueAt(0.5), "log-uniform midpoint is the geometric mean");
        assertEquals("p", list.valueAt(0));
        assertEquals("q", list.valueAt(0.5));
        assertEquals("r", list.valueAt(1));
    }

    /**
     * The greedy choice with exchanges against Campolongo et al.'s exhaustive search, on 50 sets of 9 candidates
     * (r = 4 of them: 126 subsets each). A local search need not find the optimum every time: over 200 such sets it
     * found it in 191 and came within 1.6 % otherwise, so the test asks at least 40 of 50 and within 5 % always.
     */
    @Test
    void optimisedMorrisKeepsWholeCandidateTrajectoriesAndNearlyAlwaysReachesTheExhaustiveOptimum() {
        int k = 3;
        int m = 9;
        int r = 4;
        int optimal = 0;
        for (int seed = 1; seed <= 50; seed++) {
            List<double[]> candidates = Designs.morris(k, m, 4, new MersenneTwister(seed));
            List<double[]> chosen = Designs.spreadOut(candidates, k, r);
            assertEquals(r * (k + 1), chosen.size());
            // every chosen trajectory is one of the candidates, whole and in order; no candidate twice (two
            // candidates may be equal on this coarse grid, so match each to an unused one)
            List<Integer> used = new ArrayList<>();
            for (int t = 0; t < r; t++) {
                int found = -1;
                for (int c = 0; c < m && found < 0; c++) {
                    boolean same = !used.contains(c);
                    for (int i = 0; i <= k; i++) {
                        same &= Arrays.equals(chosen.get(t * (k + 1) + i), candidates.get(c * (k + 1) + i));
                    }
                    found = same ? c : -1;
                }
                assertTrue(found >= 0, "seed " + seed + ": trajectory " + t + " is a distinct candidate");
                used.add(found);
            }
            double best = 0;
            for (int mask = 0; mask < 1 << m; mask++) {
                if (Integer.bitCount(mask) != r) {
                    continue;
                }
                List<double[]> set = new ArrayList<>();
                for (int c = 0; c < m; c++) {
                    if ((mask & 1 << c) != 0) {
                        set.addAll(candidates.subList(c * (k + 1), (c + 1) * (k + 1)));
                    }
                }
                best = Math.max(best, Designs.spread(set, k));
            }
            double got = Designs.spread(chosen, k);
            assertTrue(got >= 0.95 * best, "seed " + seed + ": spread " + got + " of the optimum " + best);
            optimal += got >= best * (1 - 1e-12) ? 1 : 0;
        }
        assertTrue(optimal >= 40, "the exhaustive optimum in " + optimal + " of 50 sets");
    }

    @Test
    void optimisedMorrisSpreadsTheTrajectoriesMoreThanRandomOnesAndIsReproducible() {
        int k = 8;
        int r = 10;
        List<double[]> candidates = Designs.morris(k, 200, 4, new MersenneTwister(11));
        List<double[]> chosen = Designs.spreadOut(candidates, k, r);
        double optimised = Designs.spread(chosen, k);
        // any r of the random candidates, e.g. the first r, as a random design would draw them
        for (int start = 0; start + r <= 200; start += r) {
            double random = Designs.spread(candidates.subList(start * (k + 1), (start + r) * (k + 1)), k);
            assertTrue(optimised > random, "optimised " + optimised + " > random set at " + start + ": " + random);
        }
        List<double[]> again = Designs.spreadOut(Designs.morris(k, 200, 4, new MersenneTwister(11)), k, r);
        for (int i = 0; i < chosen.size(); i++) {
            assertArrayEquals(chosen.get(i), again.get(i));
        }
    }
}
