package org.radsim.core.calibration;

import static org.radsim.core.scenario.Key.choice;
import static org.radsim.core.scenario.Key.integer;
import static org.radsim.core.scenario.Key.names;
import static org.radsim.core.scenario.Key.number;
import static org.radsim.core.scenario.Key.positive;
import static org.radsim.core.scenario.Key.section;
import static org.radsim.core.scenario.Key.sectionList;
import static org.radsim.core.scenario.Key.text;

import java.util.List;

import org.radsim.core.scenario.Section;

/**
 * The calibration file format, built from the scenario format's {@link Section}/{@code Key} machinery, so a
 * calibration file is validated as strictly (unknown keys with suggestions, types, ranges, file:line:column) and
 * has a JSON Schema ({@code radsim calibrate --schema}).
 */
public final class CalibrationSchema {

    /** The priors a parameter can have. */
    public static final List<String> PRIORS = List.of("uniform", "log_uniform", "normal");

    private static final Section ROOT = build();

    private CalibrationSchema() {
    }

    public static Section root() {
        return ROOT;
    }

    private static Section build() {
        Section parameter = Section.of("parameter", "One calibrated parameter: a scenario key path and its prior.",
                text("name", null, "Column name in posterior.csv (default: the path)."),
                text("path", null, "Scenario key path as --set takes it, e.g. opinion.mu, regions[border-east].unemployment, "
                        + "interventions[0].coverage (required)."),
                choice("prior", "uniform", PRIORS, "uniform on [min, max]; log_uniform on [min, max] (min > 0); "
                        + "normal(mean, sd) truncated to [min, max]."),
                number("min", Double.NaN, -Double.MAX_VALUE, Double.MAX_VALUE, "", "Lower bound (required; inside the key's allowed range)."),
                number("max", Double.NaN, -Double.MAX_VALUE, Double.MAX_VALUE, "", "Upper bound (required; inside the key's allowed range)."),
                number("mean", Double.NaN, -Double.MAX_VALUE, Double.MAX_VALUE, "", "Mean of a normal prior (before truncation)."),
                positive("sd", Double.NaN, 0, Double.MAX_VALUE, "", "Standard deviation of a normal prior (before truncation)."));
        Section target = Section.of("target", "One target pattern: a statistic of the simulated results and its observed value.",
                text("name", null, "Column name in the outputs (default: statistic_metric[_region])."),
                choice("statistic", null, Target.STATISTICS, "final (last tick), peak, mean over [from, to], rate (sum over "
                        + "[from, to] per year), share (mean of metric / mean of the sum of `of`), ratio (mean of metric / mean "
                        + "of denominator) (required)."),
                text("metric", null, "A metric of the base scenario's model, e.g. member, new_recruits (required)."),
                text("region", null, "A region of the base scenario (per-region metric); absent: the global metric."),
                integer("from", 0, 0, 10_000_000, "tick", "First tick of the window (tick 0 is the initial state)."),
                integer("to", -1, -1, 10_000_000, "tick", "Last tick of the window (inclusive); −1 = the last tick."),
                text("denominator", null, "The metric a ratio divides by."),
                names("of", List.of(), "The metrics whose sum a share divides by (default: the six stage counts, i.e. the population)."),
                number("observed", Double.NaN, -Double.MAX_VALUE, Double.MAX_VALUE, "", "The observed (target) value (required)."),
                number("tolerance", Double.NaN, -Double.MAX_VALUE, Double.MAX_VALUE, "", "Half-width within which the target counts as met; "
                        + "the error is (simulated − observed) / tolerance. Must be > 0. Give tolerance or scale."),
                number("scale", Double.NaN, -Double.MAX_VALUE, Double.MAX_VALUE, "", "Error scale (e.g. an observation's standard error), "
                        + "used like tolerance. Must be > 0."),
                positive("weight", 1.0, 0, 1e9, "", "Weight of this target in the distance."));
        Section stop = Section.of("stop", "When the calibration stops (whichever comes first).",
                number("epsilon", 0.0, 0, Double.MAX_VALUE, "", "Target tolerance on the distance (rejection: the tolerance)."),
                integer("max_simulations", 1_000_000, 1, Long.MAX_VALUE / 2, "simulations", "Checked before each generation."),
                positive("min_acceptance", 0.01, 0, 1, "share", "Stop when a generation's acceptance rate falls below this; "
                        + "a particle not accepted in 10 / min_acceptance attempts ends the calibration at the previous generation."),
                integer("max_generations", 20, 1, 10_000, "generations", "Most ABC-SMC generations."));
        Section root = Section.of("calibration", "A radsim calibration: parameters, priors and target patterns.",
                text("name", "calibration", "Short name; used in folder names and the report."),
                text("description", "", "What the calibration reproduces."),
                text("base", null, "Base scenario file (relative to this file) or built-in scenario name (required)."),
                names("set", List.of(), "Fixed overrides applied to the base before the parameters, e.g. [population.size=10000]."),
                integer("seed", 20261129L, 0, 9_007_199_254_740_991L, "", "Calibration seed: every simulation's seed derives "
                        + "from (seed, generation, particle, attempt)."),
                choice("method", "smc", List.of("smc", "rejection"), "ABC-SMC with adaptive tolerance, or rejection ABC."),
                integer("particles", 200, 2, 10_000_000, "particles", "Particles per generation."),
                positive("quantile", 0.5, 0, 0.99, "", "ABC-SMC: the next tolerance is this quantile of the previous distances."));
        root.add(sectionList("parameters", parameter, "The calibrated parameters (at least one)."));
        root.add(sectionList("targets", target, "The target patterns (at least one)."));
        root.add(section("stop", stop));
        return root;
    }
}
