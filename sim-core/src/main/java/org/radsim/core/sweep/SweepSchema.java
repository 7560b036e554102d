package org.radsim.core.sweep;

import static org.radsim.core.scenario.Key.bool;
import static org.radsim.core.scenario.Key.choice;
import static org.radsim.core.scenario.Key.integer;
import static org.radsim.core.scenario.Key.names;
import static org.radsim.core.scenario.Key.number;
import static org.radsim.core.scenario.Key.section;
import static org.radsim.core.scenario.Key.sectionList;
import static org.radsim.core.scenario.Key.text;

import java.util.LinkedHashMap;
import java.util.List;

import org.radsim.core.scenario.Key;
import org.radsim.core.scenario.Section;

/**
 * The sweep file format, built from the same {@link Section}/{@link Key} machinery as the scenario format, so a
 * sweep file is validated as strictly (unknown keys with suggestions, types, ranges, file:line:column).
 */
public final class SweepSchema {

    /** The designs a sweep can use. */
    public static final List<String> DESIGNS = List.of("factorial", "oat", "lhs", "sobol", "morris");

    private static final Section ROOT = build();

    private SweepSchema() {
    }

    public static Section root() {
        return ROOT;
    }

    private static Section build() {
        Section factor = Section.of("factor", "One factor: a scenario key path and its range or list of values.",
                text("name", null, "Column name in the results (default: the path)."),
                text("path", null, "Scenario key path as --set takes it, e.g. opinion.mu or regions[border-east].unemployment; "
                        + "for a test model, an input x1 … xk (required)."),
                number("min", Double.NaN, -Double.MAX_VALUE, Double.MAX_VALUE, "", "Lower end of a range (with max)."),
                number("max", Double.NaN, -Double.MAX_VALUE, Double.MAX_VALUE, "", "Upper end of a range (with min)."),
                choice("scale", "uniform", List.of("uniform", "log"), "How a range is sampled: uniform, or log-uniform (min > 0)."),
                names("values", List.of(), "A list of values instead of a range (numbers or words)."),
                integer("levels", 0, 0, 10_000, "levels", "Levels of a range in factorial and one-at-a-time designs (0 = design.levels)."));
        LinkedHashMap<String, Section> variants = new LinkedHashMap<>();
        variants.put("factorial", Section.of("factorial", "Full factorial: every combination of the factors' levels.",
                integer("levels", 3, 2, 10_000, "levels", "Equally spaced levels of each range (a list uses its own values).")));
        variants.put("oat", Section.of("oat", "One-at-a-time: the base point, then each factor over its levels with the others at the base.",
                integer("levels", 3, 2, 10_000, "levels", "Equally spaced levels of each range.")));
        variants.put("lhs", Section.of("lhs", "Latin hypercube sample (McKay et al. 1979).",
                integer("n", 100, 2, 10_000_000, "points", "Number of points.")));
        variants.put("sobol", Section.of("sobol", "Saltelli (2010) sample from a Sobol' sequence for first-order, total (and second-order) indices.",
                integer("n", 1024, 2, 10_000_000, "base samples", "Base sample size N; runs = N·(k+2), or N·(2k+2) with second order. A power of 2 is best."),
                bool("second_order", false, "Also plan second-order indices.")));
        variants.put("morris", Section.of("morris", "Morris (1991) elementary-effects trajectories; μ, μ* (Campolongo et al. 2007) and σ.",
                integer("trajectories", 10, 2, 1_000_000, "trajectories", "Number of trajectories r; runs = r·(k+1)."),
                integer("levels", 4, 2, 1000, "levels", "Grid levels p (even is best); step Δ = p / (2(p − 1))."),
                integer("candidates", 0, 0, 1000, "trajectories", "Optimised trajectories (Campolongo, Cariboni & Saltelli 2007): "
                        + "draw this many random trajectories and keep the r most spread out; 0 = r random trajectories.")));
        Section design = Section.union("design", "The experimental design.", "type",
                List.of(choice("type", null, DESIGNS, "Which design (required).")), variants);

        Section root = Section.of("sweep", "A radsim parameter sweep.",
                text("name", "sweep", "Short name; used in folder names and reports."),
                text("description", "", "What the sweep asks."),
                text("base", null, "Base scenario file (relative to this sweep file) or built-in scenario name."),
                choice("model", null, TestFunction.ids(), "A built-in test function with known indices, instead of base."),
                names("set", List.of(), "Fixed overrides applied to the base before the factors, e.g. [ticks=104, population.size=2000]."),
                integer("seed", 20261129L, 0, 9_007_199_254_740_991L, "", "Master seed; run i uses a seed derived from (seed, i) only."),
                integer("replications", 1, 1, 1_000_000, "runs", "Replications (runs with their own seeds) of each design point."),
                names("metrics", List.of(), "Summary metrics to record (e.g. final_share_radicalized, peak_radicalized; y for test models)."),
                names("outputs", List.of("summary"), "Tables each run records: summary (always; results.csv), and on request "
                        + "timeseries and regions (per tick, joined into the sweep folder's timeseries.csv and regions.csv)."),
                bool("common_random_numbers", false, "Replication r of every design point uses the same seed: lower-variance "
                        + "differences between points (see the README); off, every run has its own seed."));
        root.add(sectionList("factors", factor, "The factors varied (at least one)."));
        root.add(section("design", design));
        return root;
    }
}
