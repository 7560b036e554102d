package org.radsim.core.optimisation;

import java.util.Arrays;
import java.util.List;

import org.moeaframework.problem.DTLZ.DTLZ2;
import org.moeaframework.problem.Problem;
import org.moeaframework.problem.ZDT.ZDT1;

/**
 * Test problems with a known Pareto front, selectable in an optimisation file ({@code problem: zdt1}) instead of a
 * base scenario, so the search is checked through the same command path as the model. Objectives are minimized and
 * lie in [0, 1] on the front. The hypervolume is taken against the reference point {@code (r, …, r)} with
 * {@code r = }{@link #REFERENCE}{@code  = 1.1}, i.e. 1.1 × the front's nadir point (1, …, 1), the convention of
 * PlatEMO (Tian, Cheng, Zhang &amp; Jin 2017), which lets the extreme points of the front count.
 * <ul>
 *   <li>{@code zdt1} (Zitzler, Deb &amp; Thiele 2000): 2 objectives, 30 variables in [0, 1]; front
 *       {@code f₂ = 1 − √f₁}; hypervolume {@code r² − ∫₀¹ (1 − √f₁) df₁ = r² − 1/3}.</li>
 *   <li>{@code dtlz2} (Deb, Thiele, Laumanns &amp; Zitzler 2002): 3 objectives, 12 variables in [0, 1]; front the
 *       unit-sphere octant {@code Σ f_i² = 1}; hypervolume {@code r³ − π/6} (the cube less the octant).</li>
 * </ul>
 */
public enum TestProblem {

    ZDT1_("zdt1", 2, 30, 1.0 / 3.0),
    DTLZ2_("dtlz2", 3, 12, Math.PI / 6);

    /** The coordinate of the hypervolume reference point in every objective. */
    public static final double REFERENCE = 1.1;

    private final String id;
    private final int objectives;
    private final int variables;
    private final double undominated;

    TestProblem(String id, int objectives, int variables, double undominated) {
        this.id = id;
        this.objectives = objectives;
        this.variables = variables;
        this.undominated = undominated;
    }

    /** The name used in optimisation files. */
    public String id() {
        return id;
    }

    public int objectives() {
        return objectives;
    }

    /** The usual number of decision variables. */
    public int variables() {
        return variables;
    }

    /** The hypervolume of the analytic front against {@code (r, …, r)}, {@code r ≥ 1}. */
    public double frontHypervolume(double r) {
        return Math.pow(r, objectives) - undominated;
    }

    /** The MOEA Framework problem with {@code n} variables (0 = the usual number). */
    public Problem create(int n) {
        int v = n > 0 ? n : variables;
        return this == ZDT1_ ? new ZDT1(v) : new DTLZ2(v, objectives);
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(TestProblem::id).toList();
    }

    public static TestProblem byId(String id) {
        for (TestProblem p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no test problem " + id);
    }
}
