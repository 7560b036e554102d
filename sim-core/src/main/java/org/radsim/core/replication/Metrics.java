package org.radsim.core.replication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where metric names, labels, units and descriptions are defined: the per-tick metrics of every
 * model (MODEL.md §7 for the radicalization model), the model-specific summary values, and the naming of summary
 * columns ({@code final_<m>}, {@code peak_<m>}, {@code peak_tick_<m>}). Charts, reports, the data dictionary
 * ({@code datapackage.json}) and every module that names a metric take it from here, never from a spelled-out
 * string.
 */
public final class Metrics {

    /**
     * One metric.
     *
     * @param name        column name
     * @param label       human-readable name, e.g. "Members"
     * @param unit        unit, e.g. "people"; "" for a pure number
     * @param description one sentence on what it counts or measures
     */
    public record Metric(String name, String label, String unit, String description) { }

    /** What a summary column holds. */
    public enum Kind {
        /** value at the last tick */
        FINAL("final_"),
        /** largest value over the run */
        PEAK("peak_"),
        /** first tick at which the largest value was reached */
        PEAK_TICK("peak_tick_"),
        /** a model-specific value (not derived from one per-tick metric) */
        EXTRA("");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        /** Column prefix, e.g. "final_". */
        public String prefix() {
            return prefix;
        }
    }

    // --- the radicalization model (MODEL.md §7), globally and per region ---
    public static final String NEUTRAL = "neutral";
    public static final String SYMPATHIZER = "sympathizer";
    public static final String RADICALIZED = "radicalized";
    public static final String MEMBER = "member";
    public static final String DETAINED = "detained";
    public static final String DISENGAGED = "disengaged";
    public static final String RECRUITERS = "recruiters";
    public static final String NEW_RECRUITS = "new_recruits";
    public static final String CUMULATIVE_RECRUITS = "cumulative_recruits";
    public static final String DETENTIONS = "detentions";
    public static final String RELEASES = "releases";
    public static final String MEAN_GRIEVANCE = "mean_grievance";
    public static final String MEAN_OPINION = "mean_opinion";
    public static final String SHARE_RADICALIZED = "share_radicalized";
    public static final String COST = "cost";
    public static final String CUMULATIVE_COST = "cumulative_cost";
    /** Derived by the comparison: the mean over ticks after tick 0 of {@link #SHARE_RADICALIZED}. */
    public static final String TIME_MEAN_SHARE_RADICALIZED = "time_mean_share_radicalized";

    /** The per-tick metrics of the radicalization model, globally and per region, in output order. */
    public static final List<String> RADICALIZATION = List.of(NEUTRAL, SYMPATHIZER, RADICALIZED, MEMBER, DETAINED,
            DISENGAGED, RECRUITERS, NEW_RECRUITS, CUMULATIVE_RECRUITS, DETENTIONS, RELEASES, MEAN_GRIEVANCE,
            MEAN_OPINION, SHARE_RADICALIZED, COST, CUMULATIVE_COST);

    private static final Map<String, Metric> KNOWN = new LinkedHashMap<>();

    static {
        // radicalization model
        add(NEUTRAL, "Neutral", "people", "Citizens in the neutral stage (not detained).");
        add(SYMPATHIZER, "Sympathizers", "people", "Citizens in the sympathizer stage.");
        add(RADICALIZED, "Radicalized", "people", "Citizens in the radicalized stage (holding radical views).");
        add(MEMBER, "Members", "people", "Citizens who are members of the armed group.");
        add(DETAINED, "Detained", "people", "Citizens held in detention.");
        add(DISENGAGED, "Disengaged", "people", "Former members who left the group.");
        add(RECRUITERS, "Recruiters", "people", "Members active as recruiters this tick.");
        add(NEW_RECRUITS, "New recruits", "people per tick", "Citizens who became members this tick.");
        add(CUMULATIVE_RECRUITS, "Cumulative recruits", "people", "Citizens who became members since tick 0.");
        add(DETENTIONS, "Detentions", "per tick", "Citizens detained this tick.");
        add(RELEASES, "Releases", "per tick", "Detained citizens released this tick.");
        add(MEAN_GRIEVANCE, "Mean grievance", "index 0–1", "Mean grievance of the citizens (0 = none, 1 = maximal).");
        add(MEAN_OPINION, "Mean opinion", "−1 … +1",
                "Mean opinion of the agents (−1 = against the group's cause, +1 = for it).");
        add(SHARE_RADICALIZED, "Share radicalized", "share of population",
                "Radicalized and members as a share of the population.");
        add(COST, "Cost", "cost units per tick", "Cost of the running interventions this tick.");
        add(CUMULATIVE_COST, "Cumulative cost", "cost units", "Cost of the interventions since tick 0.");
        add(TIME_MEAN_SHARE_RADICALIZED, "Time-mean share radicalized", "share of population",
                "Mean of share_radicalized over the ticks after tick 0.");
        // classic: SEIR-type contagion (Castillo-Chavez & Song 2003 style); shares of the population
        add("S", "S", "share of population", "Susceptible share of the population (agent-based).");
        add("E", "E", "share of population", "Exposed (engaged) share of the population (agent-based).");
        add("R", "R", "share of population", "Removed (recovered) share of the population (agent-based).");
        add("ode_S", "ODE S", "share of population", "Susceptible share given by the mean-field ODE.");
        add("ode_E", "ODE E", "share of population", "Exposed share given by the mean-field ODE.");
        add("ode_R", "ODE R", "share of population", "Removed share given by the mean-field ODE.");
        add("gap", "Gap to ODE", "share of population",
                "Largest absolute difference between the agent-based and the ODE shares this tick.");
        add("reproduction_number", "Reproduction number", "", "Basic reproduction number of the parameters.");
        add("S_star", "S*", "share of population", "Susceptible share at the endemic equilibrium.");
        add("E_star", "E*", "share of population", "Exposed share at the endemic equilibrium.");
        add("R_star", "R*", "share of population", "Removed share at the endemic equilibrium.");
        add("max_gap", "Largest gap to ODE", "share of population",
                "Largest gap between agent-based and ODE shares over the run.");
        add("end_gap_to_equilibrium", "End gap to equilibrium", "share of population",
                "Largest absolute difference between the final shares and the equilibrium.");
        // classic: relative agreement (Deffuant et al. 2002)
        add("mean_uncertainty", "Mean uncertainty", "opinion units", "Mean uncertainty of the agents.");
        add("p_plus", "p+", "share of moderates", "Share of initial moderates that ended at the +1 extreme.");
        add("p_minus", "p−", "share of moderates", "Share of initial moderates that ended at the −1 extreme.");
        add("y", "y", "", "Convergence indicator y = p+² + p−² (Deffuant et al. 2002).");
        add("convergence", "Convergence type", "code",
                "Type of convergence: 0 central, 1 single extreme, 2 both extremes (Deffuant et al. 2002).");
        add("clusters", "Opinion clusters", "clusters", "Number of opinion clusters at the end.");
        add("periods_run", "Periods run", "periods", "Periods simulated before the stop rule ended the run.");
        add("stable", "Stable", "0/1", "1 when the opinions had stopped moving at the end, else 0.");
        // classic: civil violence (Epstein 2002)
        add("actives", "Actives", "agents", "Citizens openly rebelling this tick.");
        add("quiet", "Quiet", "agents", "Citizens not rebelling and not jailed.");
        add("jailed", "Jailed", "agents", "Citizens in jail.");
        add("cops", "Cops", "agents", "Cops on the grid.");
        add("legitimacy", "Legitimacy", "index 0–1", "Government legitimacy this tick.");
        add("outbursts", "Outbursts", "outbursts", "Number of outbursts of rebellion over the run.");
        add("mean_wait", "Mean wait", "ticks", "Mean number of ticks before the first outburst.");
        add("mean_interval", "Mean interval", "ticks", "Mean number of ticks between outbursts.");
        add("mean_activation", "Mean activation", "agents", "Mean peak number of actives per outburst.");
        add("share_quiet_ticks_after_100", "Quiet share after tick 100", "share of ticks",
                "Share of ticks after tick 100 with no actives.");
    }

    private Metrics() {
    }

    private static void add(String name, String label, String unit, String description) {
        KNOWN.put(name, new Metric(name, label, unit, description));
    }

    /** The metric (or model-specific summary value) of this name, if defined. */
    public static Optional<Metric> of(String name) {
        return Optional.ofNullable(KNOWN.get(name));
    }

    /** Every defined metric, in definition order. */
    public static List<Metric> all() {
        return List.copyOf(KNOWN.values());
    }

    /** {@code final_<metric>}: the metric's value at the last tick. */
    public static String finalOf(String metric) {
        return Kind.FINAL.prefix + metric;
    }

    /** {@code peak_<metric>}: the metric's largest value. */
    public static String peakOf(String metric) {
        return Kind.PEAK.prefix + metric;
    }

    /** {@code peak_tick_<metric>}: the first tick at which the metric reached its peak. */
    public static String peakTickOf(String metric) {
        return Kind.PEAK_TICK.prefix + metric;
    }

    /** What a summary column holds. */
    public static Kind kind(String column) {
        if (column.startsWith(Kind.PEAK_TICK.prefix)) {
            return Kind.PEAK_TICK;
        }
        if (column.startsWith(Kind.FINAL.prefix)) {
            return Kind.FINAL;
        }
        if (column.startsWith(Kind.PEAK.prefix)) {
            return Kind.PEAK;
        }
        return Kind.EXTRA;
    }

    /** The per-tick metric a summary column is derived from ({@code final_member} → {@code member}). */
    public static String metricOf(String column) {
        return column.substring(kind(column).prefix.length());
    }

    /**
     * The description of a summary column, e.g. "Value at the last tick of: Citizens who are members …";
     * empty when its metric is not defined here.
     */
    public static Optional<Metric> summaryColumn(String column) {
        Kind k = kind(column);
        Optional<Metric> m = of(metricOf(column));
        if (k == Kind.EXTRA) {
            return m;
        }
        return m.map(x -> switch (k) {
            case FINAL -> new Metric(column, "Final " + x.label(), x.unit(), "At the last tick: " + x.description());
            case PEAK -> new Metric(column, "Peak " + x.label(), x.unit(), "Largest value over the run: "
                    + x.description());
            default -> new Metric(column, "Tick of peak: " + x.label(), "tick",
                    "First tick at which " + x.name() + " reached its largest value.");
        });
    }
}
