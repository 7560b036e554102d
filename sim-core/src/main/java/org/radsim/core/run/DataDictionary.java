package org.radsim.core.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVParser;
import org.radsim.core.output.Csv;
import org.radsim.core.output.DataPackage;
import org.radsim.core.output.DataPackage.Field;
import org.radsim.core.output.DataPackage.Table;
import org.radsim.core.output.DataPackage.UndescribedColumnException;
import org.radsim.core.replication.Metrics;

/**
 * What every column of radsim's tables means, for the data dictionary ({@link DataPackage}) of results, compare
 * and sweep folders. Descriptions come from two places only: {@link Metrics} for every metric and summary column,
 * and {@link #COLUMNS} for the fixed columns. A column that neither describes is refused
 * ({@link UndescribedColumnException}), so a new column cannot ship without its description. Folder types above this
 * floor (calibration, optimisation, discovery) keep their own table and column descriptions where they write the
 * tables and pass them to {@link #describe(Path, String, String, Map, BiFunction)}.
 */
public final class DataDictionary {

    /**
     * What one row of a table is, and its primary key (columns the table lacks are left out of the key).
     *
     * @param description what one row is
     * @param primaryKey  columns that identify a row
     */
    public record Kind(String description, List<String> primaryKey) {
        public Kind {
            primaryKey = List.copyOf(primaryKey);
        }
    }

    /** What one row of each known table is, and its primary key. */
    private static final Map<String, Kind> TABLES = Map.ofEntries(
            Map.entry("summary.csv", new Kind("One row per replication: its seed and summary values.",
                    List.of("replication"))),
            Map.entry("timeseries.csv", new Kind("One row per replication and tick: the global metrics.",
                    List.of("replication", "tick"))),
            Map.entry("regions.csv", new Kind("One row per replication, tick and region: the regional metrics.",
                    List.of("replication", "tick", "region"))),
            Map.entry("summary-stats.csv", new Kind("One row per summary column: mean over replications with its "
                    + "95 % t interval.", List.of("metric"))),
            Map.entry("timeseries-stats.csv", new Kind("One row per global metric and tick: mean over replications "
                    + "with its 95 % t interval.", List.of("metric", "tick"))),
            Map.entry("regions-stats.csv", new Kind("One row per region, metric and tick: mean over replications "
                    + "with its 95 % t interval.", List.of("region", "metric", "tick"))),
            Map.entry("comparison.csv", new Kind("One row per alternative and summary metric: the paired "
                    + "difference to the baseline.", List.of("alternative", "metric"))),
            Map.entry("costs.csv", new Kind("One row per alternative with costs: cost and cost per recruit averted.",
                    List.of("alternative"))),
            Map.entry("ranking.csv", new Kind("One row per alternative, best first: recruits averted.",
                    List.of("rank"))),
            Map.entry("direction-checks.csv", new Kind("One row per alternative with an expected direction of "
                    + "effect (Weisburd et al. 2022): whether it holds.", List.of("alternative"))),
            Map.entry("parameters.csv", new Kind("One row per setting an alternative changes.",
                    List.of("alternative", "path"))),
            Map.entry("policy-directions.csv", new Kind("One row per alternative: the direction check's margin and "
                    + "the replications needed to resolve it.", List.of("alternative"))),
            Map.entry("plan.csv", new Kind("One row per run of the sweep: design point, replication, seed and "
                    + "factor values.", List.of("run"))),
            Map.entry("design.csv", new Kind("One row per design point: the factors' unit-hypercube coordinates.",
                    List.of("point"))),
            Map.entry("results.csv", new Kind("One row per run of the sweep: its plan row, status and summary "
                    + "metrics.", List.of("run"))),
            Map.entry("sobol.csv", new Kind("One row per metric, index and factor: Sobol index with its 95 % "
                    + "bootstrap interval.", List.of("metric", "index", "factor", "factor2"))),
            Map.entry("robustness.csv", new Kind("One row per alternative of an ensemble comparison: its recruits "
                    + "averted over the futures (posterior parameter sets) and how robust it is.",
                    List.of("alternative"))),
            Map.entry("morris.csv", new Kind("One row per metric and factor: Morris elementary-effect statistics.",
                    List.of("metric", "factor"))));

    /** The per-tick tables of a sweep folder (outputs: timeseries, regions): one row per run and tick. */
    private static final Map<String, Kind> SWEEP_SERIES = Map.of(
            "timeseries.csv", new Kind("One row per run and tick: the global metrics of the run.",
                    List.of("run", "tick")),
            "regions.csv", new Kind("One row per run, tick and region: the regional metrics of the run.",
                    List.of("run", "tick", "region")));

    /** The fixed (non-metric) columns of radsim's tables. */
    public static final Map<String, Field> COLUMNS;

    static {
        Map<String, Field> c = new LinkedHashMap<>();
        for (Field f : List.of(
                Field.of("replication", "integer", "Replication index r (0-based); pairs replications across scenarios."),
                Field.of("seed", "integer", "Seed of the replication or run, derived from the master seed and its "
                        + "index only; in [0, 2^53), so every reader holds it exactly."),
                new Field("tick", "integer", "Simulated time step (tick 0 is the initial state).", "tick"),
                Field.of("region", "string", "Region name as in the scenario."),
                Field.of("metric", "string", "Name of the metric or summary column the row is about."),
                Field.of("n", "integer", "Number of replications the statistic is computed from."),
                Field.of("mean", "number", "Mean over replications (unit of the metric)."),
                Field.of("sd", "number", "Sample standard deviation over replications; NaN with fewer than two."),
                Field.of("ci_low", "number", "Lower bound of the 95 % interval."),
                Field.of("ci_high", "number", "Upper bound of the 95 % interval."),
                Field.of("half_width", "number", "Half-width of the 95 % t interval of the mean."),
                Field.of("alternative", "string", "Name of the alternative scenario."),
                Field.of("pairs", "integer", "Replication pairs (same index, same seed) the comparison uses."),
                Field.of("base_mean", "number", "Mean of the metric in the baseline."),
                Field.of("alt_mean", "number", "Mean of the metric in the alternative."),
                Field.of("difference", "number", "Mean paired difference, alternative minus baseline."),
                Field.of("relative_change", "number", "Mean difference relative to the baseline mean."),
                Field.of("effect_size_dz", "number", "Standardized paired effect size d_z (mean difference / sd)."),
                Field.of("t", "number", "Paired t statistic; NaN when the differences have no variance."),
                Field.of("p_value", "number", "Two-sided paired t-test p-value; NaN when not defined."),
                Field.of("p_holm", "number", "p-value after Holm's correction over the whole comparison."),
                Field.of("p_holm_status", "string", "'defined', or why p_holm is NaN (no variance)."),
                Field.of("p_value_status", "string", "'defined', or why the interval, t, p_value and effect size are "
                        + "NaN (no variance)."),
                Field.of("variance_reduction", "number", "Variance of independent differences over the variance of "
                        + "paired ones: the gain from common random numbers."),
                Field.of("common_seeds", "boolean", "Whether every pair really shares its seed."),
                new Field("total_cost_mean", "number", "Mean total cost of the alternative.", "cost units"),
                new Field("total_cost_low", "number", "Lower 95 % bound of the total cost.", "cost units"),
                new Field("total_cost_high", "number", "Upper 95 % bound of the total cost.", "cost units"),
                new Field("extra_cost_mean", "number", "Mean extra cost over the baseline.", "cost units"),
                new Field("recruits_averted_mean", "number", "Mean recruits averted (baseline minus alternative).",
                        "people"),
                new Field("recruits_averted_low", "number", "Lower 95 % bound of the recruits averted.", "people"),
                new Field("recruits_averted_high", "number", "Upper 95 % bound of the recruits averted.", "people"),
                new Field("cost_per_recruit_averted", "number", "Extra cost per recruit averted (ratio of means); "
                        + "empty or NaN when not defined (see the status column).", "cost units per person"),
                new Field("cpra_low", "number", "Lower percentile-bootstrap bound of the cost per recruit averted.",
                        "cost units per person"),
                new Field("cpra_high", "number", "Upper percentile-bootstrap bound of the cost per recruit averted; "
                        + "Infinity when unbounded.", "cost units per person"),
                Field.of("cpra_defined", "boolean", "Whether the cost per recruit averted is defined."),
                Field.of("cost_per_recruit_averted_status", "string", "'defined', or why the cost per recruit "
                        + "averted is empty."),
                Field.of("rank", "integer", "Rank by recruits averted (1 = most)."),
                new Field("recruits_averted", "number", "Mean recruits averted.", "people"),
                Field.of("relative_change_recruits", "number", "Relative change of cumulative recruits."),
                new Field("total_cost", "number", "Mean total cost of the alternative; empty without costs.",
                        "cost units"),
                Field.of("expectation", "string", "The expected direction of effect."),
                Field.of("radicalization_metric", "string", "Summary column used for radicalization."),
                Field.of("radicalization_reduction", "number", "Relative reduction of radicalization."),
                Field.of("recruitment_metric", "string", "Summary column used for recruitment."),
                Field.of("recruitment_reduction", "number", "Relative reduction of recruitment."),
                Field.of("margin", "number", "Difference of the two relative reductions, in the expected direction."),
                Field.of("margin_ci_low", "number", "Lower 95 % bound of the margin."),
                Field.of("margin_ci_high", "number", "Upper 95 % bound of the margin."),
                Field.of("margin_low", "number", "Lower 95 % bound of the margin."),
                Field.of("margin_high", "number", "Upper 95 % bound of the margin."),
                Field.of("margin_sd", "number", "Standard deviation of the paired margins."),
                Field.of("replications_needed", "integer", "Replications needed to resolve the direction at 95 %."),
                Field.of("replications_needed_90", "integer", "Replications needed to resolve the direction at 90 %."),
                Field.of("resolved_from", "string", "Which replications resolved the direction."),
                Field.of("verdict", "string", "Outcome of the direction check."),
                Field.of("time_mean_share_radicalized_reduction", "number",
                        "Relative reduction of the time-mean share radicalized."),
                Field.of("result", "string", "pass, fail or undecided."),
                Field.of("path", "string", "Key path of the setting, in the syntax of --set."),
                Field.of("baseline", "string", "The setting's value in the baseline; empty when absent there."),
                Field.of("value", "string", "The setting's value in the alternative; empty when absent there."),
                Field.of("change", "string", "changed, added (absent in the baseline) or removed."),
                Field.of("run", "integer", "Run index of the sweep (0-based): point × replications + replication."),
                Field.of("point", "integer", "Design point index (0-based)."),
                Field.of("status", "string", "ok or failed."),
                Field.of("error", "string", "Why the run failed; empty when it did not."),
                Field.of("index", "string", "Sobol index: S1 (first order), ST (total), S2 (second order)."),
                Field.of("factor", "string", "Factor name."),
                Field.of("factor2", "string", "Second factor of a second-order index; empty otherwise."),
                Field.of("low", "number", "Lower bound of the 95 % percentile-bootstrap interval."),
                Field.of("high", "number", "Upper bound of the 95 % percentile-bootstrap interval."),
                Field.of("warning", "string", "Why the estimate may be unreliable; empty otherwise."),
                Field.of("effects", "integer", "Number of elementary effects."),
                Field.of("mu", "number", "Mean elementary effect (unit-hypercube units)."),
                Field.of("mu_star", "number", "Mean absolute elementary effect."),
                Field.of("mu_star_low", "number", "Lower 95 % bootstrap bound of mu_star."),
                Field.of("mu_star_high", "number", "Upper 95 % bootstrap bound of mu_star."),
                Field.of("sigma", "number", "Standard deviation of the elementary effects."),
                Field.of("futures", "integer", "Number of futures (posterior parameter sets, one per replication)."),
                Field.of("probability_best", "number", "Share of futures in which the alternative averts the most "
                        + "recruits."),
                Field.of("probability_beats_baseline", "number", "Share of futures in which the alternative has "
                        + "fewer cumulative recruits than the baseline."),
                new Field("expected_regret", "number", "Mean over futures of the recruits averted by the best "
                        + "alternative of that future minus this one's.", "people"),
                new Field("maximum_regret", "number", "Largest regret over the futures.", "people"),
                Field.of("satisficing", "number", "Share of futures in which the alternative meets the satisficing "
                        + "target."),
                Field.of("satisficing_target", "number", "The satisficing target: relative reduction of cumulative "
                        + "recruits against the baseline (compare --target)."),
                new Field("cost_per_averted_p05", "number", "5th percentile over futures of the extra cost per "
                        + "recruit averted.", "cost units per person"),
                new Field("cost_per_averted_median", "number", "Median over futures of the extra cost per recruit "
                        + "averted.", "cost units per person"),
                new Field("cost_per_averted_p95", "number", "95th percentile over futures of the extra cost per "
                        + "recruit averted.", "cost units per person"),
                new Field("cost_per_averted_ratio_of_means", "number", "Mean extra cost over mean recruits averted, "
                        + "over the futures.", "cost units per person"),
                Field.of("variance_reduction_vs_independent_draws", "number", "Variance of independent differences "
                        + "over the variance of paired ones (same future in both): the gain from pairing futures."),
                Field.of("ensemble_set", "integer", "Index of the posterior parameter set this replication runs "
                        + "(compare/run --ensemble)."))) {
            c.put(f.name(), f);
        }
        COLUMNS = Map.copyOf(c);
    }

    /** Prefix of the summary columns that record an ensemble replication's posterior parameter values. */
    private static final String ENSEMBLE = "ensemble_";

    private DataDictionary() {
    }

    /**
     * The description of a column of any radsim table: a fixed column, a metric, a summary column
     * ({@code final_m}, …), or one that {@code extra} describes (e.g. a sweep's factors); empty when none does.
     */
    public static Optional<Field> column(String name, Function<String, Field> extra) {
        Field f = extra.apply(name);
        if (f != null) {
            return Optional.of(f);
        }
        f = COLUMNS.get(name);
        if (f != null) {
            return Optional.of(f);
        }
        if (name.startsWith(ENSEMBLE) && name.length() > ENSEMBLE.length()) {
            return Optional.of(Field.of(name, "number", "Value of the posterior parameter '"
                    + name.substring(ENSEMBLE.length()) + "' in the parameter set this replication runs (--ensemble)."));
        }
        return Metrics.summaryColumn(name).map(m -> new Field(name,
                Metrics.kind(name) == Metrics.Kind.PEAK_TICK ? "integer" : "number", m.description(), m.unit()));
    }

    /**
     * Writes {@code datapackage.json} for every known CSV table directly in {@code dir}, columns as their headers
     * give them.
     *
     * @param extra describes columns particular to this folder (null for none), e.g. a sweep's factors
     * @throws UndescribedColumnException naming the table and column that has no description
     */
    public static void describe(Path dir, String name, String title, Function<String, Field> extra) {
        describe(dir, name, title, extra, Map.of());
    }

    private static void describe(Path dir, String name, String title, Function<String, Field> extra,
                                 Map<String, Kind> own) {
        describe(dir, name, title, own, extra == null ? null : (file, column) -> extra.apply(column));
    }

    /**
     * Writes {@code datapackage.json} for every CSV table directly in {@code dir}, for a folder type that describes
     * its own tables: {@code own} says what a row of each is (falling back to this class's tables), and
     * {@code extra} describes a column of a given table (return null to fall back to {@link #column}).
     *
     * @throws UndescribedColumnException naming the table or column that has no description
     */
    public static void describe(Path dir, String name, String title, Map<String, Kind> own,
                                BiFunction<String, String, Field> extra) {
        List<Table> tables = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(q -> q.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                String file = p.getFileName().toString();
                Kind k = own.getOrDefault(file, TABLES.get(file));
                if (k == null) {
                    throw new UndescribedColumnException(p + ": no description of this table in "
                            + DataDictionary.class.getSimpleName());
                }
                List<Field> fields = new ArrayList<>();
                Function<String, Field> x = extra == null ? n -> null : n -> extra.apply(file, n);
                for (String c : header(p)) {
                    fields.add(column(c, x).orElseThrow(() -> new UndescribedColumnException(p + ": column '" + c
                            + "' has no description (add it to Metrics, DataDictionary.COLUMNS or the folder type's own descriptions)")));
                }
                tables.add(new Table(file, k.description(), fields,
                        k.primaryKey().stream().filter(c -> fields.stream().anyMatch(f -> f.name().equals(c))).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tables.isEmpty()) {
            // a Data Package has at least one resource: a folder without tables has no dictionary
            try {
                Files.deleteIfExists(dir.resolve(DataPackage.FILE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        DataPackage.write(dir, name, title, tables);
    }

    private static List<String> header(Path p) throws IOException {
        try (CSVParser parser = Csv.rows(p)) {
            var it = parser.iterator();
            return it.hasNext() ? it.next().toList() : List.of();
        }
    }


    /** Writes the data dictionary of a results folder. */
    public static void describeResults(Path dir) {
        describe(dir, name(dir), "radsim results folder " + name(dir), null);
    }

    /** Writes the data dictionary of a compare folder (its scenarios' folders have their own). */
    public static void describeCompare(Path dir) {
        describe(dir, name(dir), "radsim compare folder " + name(dir), null);
    }

    /** Writes the data dictionary of a sweep folder whose design has {@code factors}. */
    public static void describeSweep(Path dir, List<String> factors) {
        describe(dir, name(dir), "radsim sweep folder " + name(dir), c -> factors.contains(c)
                ? Field.of(c, "any", "Design factor " + c + ": in plan.csv and results.csv the value the run sets; in "
                        + "design.csv its unit-hypercube coordinate (empty: the base value).")
                : null, SWEEP_SERIES);
    }

    /** The folder's name, for its package name. */
    public static String name(Path dir) {
        Path n = dir.toAbsolutePath().normalize().getFileName();
        return n == null ? "radsim" : n.toString();
    }
}
