package org.radsim.core.optimisation;

import static org.radsim.core.scenario.Key.bool;
import static org.radsim.core.scenario.Key.choice;
import static org.radsim.core.scenario.Key.integer;
import static org.radsim.core.scenario.Key.names;
import static org.radsim.core.scenario.Key.number;
import static org.radsim.core.scenario.Key.section;
import static org.radsim.core.scenario.Key.sectionList;
import static org.radsim.core.scenario.Key.text;

import java.util.List;

import org.radsim.core.scenario.ScenarioSchema;
import org.radsim.core.scenario.Section;

/**
 * The optimisation file format, built from the same {@link Section}/{@link org.radsim.core.scenario.Key}
 * machinery as scenario and sweep files, so it is validated as strictly (unknown keys with suggestions, types,
 * ranges, file:line:column).
 */
public final class OptimisationSchema {

    /** The search algorithms. */
    public static final List<String> ALGORITHMS = List.of("nsga2", "eps_nsga2");
    /** How an objective summarizes its K replications. */
    public static final List<String> STATISTICS = List.of("mean", "percentile", "max");

    private static final Section ROOT = build();

    private OptimisationSchema() {
    }

    public static Section root() {
        return ROOT;
    }

    private static Section build() {
        Section lever = Section.of("lever", "One intervention whose settings the search chooses.",
                choice("type", null, ScenarioSchema.INTERVENTION_TYPES, "The intervention (required)."),
                number("coverage_min", 0, 0, 1, "share", "Smallest coverage the search may choose."),
                number("coverage_max", 1, 0, 1, "share", "Largest coverage the search may choose."),
                integer("start_min", 0, 0, 10_000_000, "tick", "Earliest start."),
                integer("start_max", 0, 0, 10_000_000, "tick", "Latest start (= start_min: start fixed)."),
                names("targets", List.of(), "Target groups the search may choose among (all, youth, unemployed, "
                        + "high_risk); empty = the intervention's own."),
                names("set", List.of(), "Fixed settings of the intervention, e.g. [unit_cost=1500, "
                        + "finding_multiplier=4.0]."));
        Section objective = Section.of("objective", "One objective to minimize.",
                text("metric", null, "A summary metric (e.g. final_cumulative_recruits, final_cumulative_cost) "
                        + "(required)."),
                choice("statistic", "mean", STATISTICS, "Over the K replications: mean, a percentile (robust), or "
                        + "the maximum (worst case)."),
                number("percentile", 90, 0, 100, "%", "The percentile for statistic: percentile."));
        Section algorithm = Section.of("algorithm", "The search.",
                choice("type", "nsga2", ALGORITHMS, "NSGA-II (Deb et al. 2002) or ε-NSGA-II (Kollat & Reed 2006)."),
                integer("population", 100, 4, 100_000, "candidates", "Population size."),
                integer("generations", 100, 1, 1_000_000, "generations", "Generations (population-size evaluations "
                        + "each)."),
                number("epsilon", 0.01, 1e-12, 1e12, "", "ε of the ε-box dominance archive (Laumanns et al. 2002) "
                        + "of eps_nsga2, and of nsga2 with archive: true."),
                bool("archive", false, "nsga2: also keep an ε-box archive of every candidate evaluated, and "
                        + "return it as the front (a finer front than the final population)."));
        Section root = Section.of("optimisation", "A radsim optimisation.",
                text("name", "optimisation", "Short name; used in folder names and reports."),
                text("description", "", "What the optimisation asks."),
                text("base", null, "Base scenario file (relative to this file) or built-in scenario name."),
                choice("problem", null, TestProblem.ids(), "A built-in test problem with a known front, instead of "
                        + "base."),
                integer("variables", 0, 0, 10_000, "", "Decision variables of a test problem (0 = its usual number)."),
                names("set", List.of(), "Fixed overrides applied to the base, e.g. [ticks=260]."),
                integer("seed", 20261202L, 0, 9_007_199_254_740_991L, "", "Master seed of the search and of the "
                        + "replications."),
                integer("replications", 3, 1, 10_000, "runs", "K: replications of each candidate, the same K seeds "
                        + "for every candidate (common random numbers)."),
                number("budget", 0, 0, 1e18, "cost units", "Constraint: the cost metric must not exceed this (0 = no "
                        + "budget)."),
                text("cost_metric", "final_cumulative_cost", "The summary metric the budget applies to."),
                names("compare", List.of(), "Shipped packages (scenario files or built-in names) to place on the "
                        + "front's chart."));
        root.add(section("algorithm", algorithm));
        root.add(sectionList("levers", lever, "The interventions the search chooses (for base:)."));
        root.add(sectionList("objectives", objective, "The objectives, all minimized (for base:)."));
        return root;
    }
}
