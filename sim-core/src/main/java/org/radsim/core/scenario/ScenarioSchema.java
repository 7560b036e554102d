package org.radsim.core.scenario;

import static org.radsim.core.scenario.Key.bool;
import static org.radsim.core.scenario.Key.choice;
import static org.radsim.core.scenario.Key.integer;
import static org.radsim.core.scenario.Key.names;
import static org.radsim.core.scenario.Key.number;
import static org.radsim.core.scenario.Key.positive;
import static org.radsim.core.scenario.Key.section;
import static org.radsim.core.scenario.Key.sectionList;
import static org.radsim.core.scenario.Key.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;


/**
 * The scenario format: every setting of MODEL.md and VALIDATION.md with its default, unit and range. This is the
 * single place where defaults live. Rates are per year unless the unit says otherwise.
 */
public final class ScenarioSchema {

    /** The model kinds a scenario can run. */
    public static final List<String> MODELS = List.of("radicalization", "civil-violence", "relative-agreement", "contagion");

    /** Intervention types, as written in {@code interventions[].type}. */
    public static final List<String> INTERVENTION_TYPES = List.of("education", "jobs", "counter_narrative",
            "community", "intelligence_sharing", "governance", "exit_programme", "community_policing");

    private static final Section ROOT = build();

    private ScenarioSchema() {
    }

    /** The root section of a scenario file. */
    public static Section root() {
        return ROOT;
    }

    private static Section build() {
        Section root = Section.of("scenario", "A radsim scenario: everything one simulation needs.",
                text("name", "unnamed", "Short name of the scenario; used in results folders and reports."),
                text("description", "", "What question the scenario answers (shown in reports)."),
                text("extends", null, "Path of a scenario this one inherits from (relative to this file), or a built-in scenario name; "
                        + "keys here override the parent's, lists replace the parent's list."),
                choice("model", "radicalization", MODELS, "Which model runs: the radicalization model, or one of the classic models."),
                integer("seed", 20261129L, 0, 9_007_199_254_740_991L, "", "Master seed; replication r uses a seed derived from (seed, r) only."),
                integer("ticks", 520, 1, 10_000_000, "ticks", "Length of a run (520 weekly ticks = 10 years)."),
                integer("replications", 10, 1, 1_000_000, "runs", "Independent replications, each with its own derived seed."),
                integer("warm_up", 0, 0, 10_000_000, "ticks", "Spin-up ticks run before tick 0 with every intervention off, on the same random streams, "
                        + "and not recorded: tick 0 is then a state the model produces rather than the drawn initial distribution "
                        + "(the radicalization model; classic models ignore it)."),
                integer("ticks_per_year", 52, 1, 366, "ticks/year", "Ticks per year; every yearly rate r becomes a per-tick probability 1 − exp(−r / ticks_per_year)."));
        root.add(section("population", Section.of("population", "The citizens: how many and how their attributes are drawn.",
                integer("size", 20_000, 1, 200_000_000, "citizens", "Number of citizens."),
                number("youth_share", 0.35, 0, 1, "share", "Share of citizens aged 15–29 (youth flag)."),
                number("education_spread", 0.15, 0, 1, "sd", "Standard deviation of education e_i around the region's mean (clamped to [0, 1])."),
                number("hardship", 0.5, 0, 1, "", "Base hardship h_i ~ U(0, hardship)."),
                number("unemployed_hardship", 0.3, 0, 1, "", "ΔH_unemployed: hardship added while unemployed, H_i = clamp(h_i + ΔH·[unemployed])."),
                number("legitimacy_spread", 0.1, 0, 1, "sd", "Standard deviation of perceived legitimacy L_i around the region's L_r (clamped)."),
                positive("isolation", 0.3, 0, 0.999, "mean", "Mean isolation I_i (drawn as U^k with mean isolation)."))));
        root.add(sectionList("regions", Section.of("region", "A district, province, neighbouring country or diaspora community.",
                text("name", null, "Unique region name (required)."),
                positive("share", 1.0, 0, 1, "share", "Share of the population living here; shares must sum to 1."),
                text("language", "local", "Main language; propaganda not covering it reaches the region only by leakage."),
                number("unemployment", 0.2, 0, 0.99, "share", "Initial (and equilibrium) unemployment rate."),
                number("job_finding_rate", 2.0, 0, 52, "per year", "Rate at which an unemployed citizen finds work."),
                number("education", 0.5, 0, 1, "", "Mean education e of the region's citizens."),
                number("legitimacy", 0.6, 0, 1, "", "Regional legitimacy L_r (perceived legitimacy is drawn around it)."),
                number("online_access", 0.5, 0, 1, "share", "Online access: scales exposure to propaganda and counter-narratives."),
                number("security", 0.3, 0, 52, "per year", "Detection rate of members and recruiters by the police."),
                bool("in_person", true, "Whether recruiters can operate here in person (false: a diaspora reached online only)."),
                names("neighbours", List.of(), "Regions recruiters can move to from here (cross-border movement).")),
                "Regions; when absent, one region named 'all' with default values."));
        root.add(section("network", Section.of("network", "The social network over citizens (stored as CSR arrays).",
                choice("type", "watts_strogatz", List.of("watts_strogatz", "barabasi_albert", "erdos_renyi", "complete"),
                        "Generator; 'complete' means well-mixed random pairing (no stored edges)."),
                integer("degree", 8, 1, 1000, "ties", "Mean degree (Watts–Strogatz: ring neighbours, rounded down to even; Barabási–Albert: 2·m)."),
                number("rewiring", 0.1, 0, 1, "probability", "Watts–Strogatz rewiring probability."),
                number("cross_region", 0.02, 0, 1, "share", "Share of ties rewired to a citizen of another region."))));
        root.add(section("opinion", Section.of("opinion", "Opinions x ∈ [−1, 1] (+1 = full support) and the relative-agreement rule.",
                number("mu", 0.2, 0, 0.5, "", "Relative-agreement convergence rate μ (0 switches social influence off)."),
                number("initial_mean", -0.3, -1, 1, "", "Mean initial opinion (normal, clamped to [−1, 1])."),
                number("initial_spread", 0.4, 0, 2, "sd", "Standard deviation of initial opinions."),
                positive("uncertainty", 1.2, 0, 2, "", "Initial opinion uncertainty u of citizens (relative agreement: above ≈1.3 the whole population drifts to the extreme)."),
                positive("extremist_uncertainty", 0.1, 0, 2, "", "u_e: uncertainty of extremist speakers (members, recruiters, propaganda)."),
                number("sympathizer_at", 0.3, -1, 1, "", "θ_sym: opinion from which a citizen is a SYMPATHIZER."),
                number("radicalized_at", 0.7, -1, 1, "", "θ_rad: opinion from which a citizen is RADICALIZED."))));
        root.add(section("susceptibility", Section.of("susceptibility",
                "S_i = logistic(intercept + grievance·G + isolation·I + youth·[youth] + unemployed·[unemployed] − education·e); "
                        + "socio-demographic weights are the smallest (Wolfowicz et al. 2021).",
                number("intercept", -1.0, -20, 20, "logit", "b0"),
                number("grievance", 3.0, -20, 20, "logit", "bG: weight of grievance G_i."),
                number("isolation", 1.5, -20, 20, "logit", "bI: weight of isolation I_i."),
                number("youth", 0.5, -20, 20, "logit", "bY: weight of the youth flag."),
                number("unemployed", 0.3, -20, 20, "logit", "bU: weight of unemployment."),
                number("education", 0.3, -20, 20, "logit", "bE: protective weight of education e_i (subtracted)."))));
        root.add(section("propaganda", Section.of("propaganda", "The propaganda apparatus: reach and language coverage.",
                number("reach", 6.0, 0, 520, "exposures/year", "Exposure rate for a citizen with full online access in a covered region."),
                names("languages", List.of("local"), "Languages the propaganda is produced in."),
                number("leakage", 0.1, 0, 1, "factor", "Reach factor in regions whose language is not covered."))));
        root.add(section("recruiters", Section.of("recruiters", "Recruiter agents: members who recruit.",
                integer("initial", 20, 0, 10_000_000, "recruiters", "Recruiters at the start (drawn among radicalized citizens, else the most extreme)."),
                integer("contacts_per_tick", 5, 0, 1000, "contacts/tick", "Contacts each free recruiter makes per tick."),
                choice("targeting", "grievance", List.of("random", "grievance", "isolation"), "How non-network contacts are chosen in the recruiter's region."),
                integer("targeting_sample", 20, 1, 100, "citizens", "Candidates sampled per targeted contact; the most aggrieved/isolated is contacted."),
                number("network_share", 0.67, 0, 1, "share", "Share of contacts made through members' social ties (Sageman 2004)."),
                number("employed_availability", 0.5, 0, 1, "probability", "Chance an employed citizen is available when contacted (jobs deflect exposure)."),
                number("join_probability", 0.5, 0, 1, "probability", "p_join: chance a contacted radicalized citizen who passes the activation rule joins."),
                number("threshold", 0.1, -1, 1, "", "T in Epstein's activation rule G − R·P > T (strict)."),
                number("arrest_k", 2.3, 0, 100, "", "k in the perceived arrest probability P_r = 1 − exp(−k·security_r)."),
                number("promotion_rate", 0.5, 0, 52, "per year", "Rate at which members become recruiters."),
                number("mobility_rate", 1.0, 0, 52, "per year", "Rate at which a recruiter moves to a neighbouring in-person region."))));
        root.add(section("policing", Section.of("policing", "Detection, detention and release of members and recruiters.",
                integer("jail_ticks", 52, 0, 10_000_000, "ticks", "Detention term."),
                number("backfire", 0.02, 0, 1, "", "Δ_backfire: drop of L_i for each network neighbour of a detainee."),
                number("community_policing_gain", 0.02, 0, 1, "", "Rise of L_i for neighbours when a detention is handled by community policing."),
                number("release_exit_probability", 0.3, 0, 1, "probability", "p_exit: chance a released detainee disengages instead of returning to membership."))));
        root.add(section("exit", Section.of("exit", "Disengagement of members.",
                number("rate", 0.1, 0, 52, "per year", "Rate at which members disengage."),
                number("relaxation", 0.5, 0, 52, "per year", "Rate at which a disengaged citizen's opinion relaxes toward the region's initial mean opinion."))));
        root.add(sectionList("interventions", interventionSection(),
                "Interventions; several may run at once and overlap."));
        root.add(ClassicSchema.civilViolence());
        root.add(ClassicSchema.relativeAgreement());
        root.add(ClassicSchema.contagion());
        return root;
    }

    private static Key target() {
        return choice("target", "all", List.of("all", "youth", "unemployed", "high_risk"),
                "Target group enrolled (for measures that enrol persons).");
    }

    private static Key highRiskShare() {
        return positive("high_risk_share", 0.1, 0, 1, "share", "For target high_risk: the top share of the target regions' citizens by susceptibility S_i.");
    }

    private static Section interventionSection() {
        List<Key> common = new ArrayList<>(List.of(
                choice("type", null, INTERVENTION_TYPES, "Which intervention (required)."),
                text("name", null, "Optional label (defaults to the type)."),
                integer("start", 0, 0, 10_000_000, "tick", "First tick at which it runs."),
                Key.integer("end", -1, -1, 10_000_000, "tick", "Tick at which it stops (exclusive); −1 = until the end of the run."),
                names("regions", List.of(), "Target regions; empty = every region."),
                number("coverage", 0.25, 0, 1, "share", "Share of the target group enrolled; for intelligence sharing, exit programmes and community policing, the share of draws or detentions the measure reaches."),
                number("unit_cost", 0, 0, 1e12, "per person-year", "Cost per enrolled person-year (per region-year for region-wide measures).")));
        LinkedHashMap<String, Section> v = new LinkedHashMap<>();
        v.put("education", Section.of("education", "Enrolled citizens' education rises (critical thinking lowers persuadability).",
                target(), highRiskShare(),
                number("gain", 0.1, 0, 1, "per year", "Δe: yearly rise of e_i for enrolees."),
                number("cap", 0.9, 0, 1, "", "Education does not rise above this.")));
        v.put("jobs", Section.of("jobs", "Job creation for enrolled unemployed citizens.",
                target(), highRiskShare(),
                number("finding_multiplier", 3.0, 1, 100, "×", "Multiplier on the job-finding rate of enrolees."),
                number("availability", 0.5, 0, 1, "×", "Multiplier on enrolees' availability to recruiters (a job programme deflects exposure).")));
        v.put("counter_narrative", Section.of("counter_narrative", "Counter-narrative campaign: exposure to a moderate source.",
                target(), highRiskShare(),
                number("reach", 12.0, 0, 520, "exposures/year", "Exposure rate at full online access in a covered region."),
                number("position", 0.0, -1, 1, "", "x_cn: opinion of the source (not necessarily centrist)."),
                positive("uncertainty", 0.6, 0, 2, "", "u_cn: uncertainty of the source."),
                number("backfire", 0.05, 0, 1, "probability", "Chance a highly aggrieved radicalized receiver moves away instead (reactance)."),
                number("backfire_grievance", 0.3, 0, 1, "", "Grievance from which a receiver counts as highly aggrieved."),
                names("languages", List.of(), "Languages of the campaign; empty = every region's language.")));
        v.put("community", Section.of("community", "Community development: ties for isolated citizens and moderate community workers.",
                target(), highRiskShare(),
                number("isolation_reduction", 0.3, 0, 1, "", "Drop of I_i at enrolment."),
                number("contacts", 12.0, 0, 520, "per year", "Rate of contacts with a community worker (a moderate speaker)."),
                number("position", -0.3, -1, 1, "", "Opinion of community workers."),
                positive("uncertainty", 0.8, 0, 2, "", "Uncertainty of community workers.")));
        v.put("intelligence_sharing", Section.of("intelligence_sharing", "Intelligence sharing and regional cooperation.",
                number("detection_multiplier", 2.0, 1, 100, "×", "Multiplier on detection in the target regions."),
                number("mobility_reduction", 0.5, 0, 1, "share", "Reduction of recruiters' cross-border moves from or into target regions.")));
        v.put("governance", Section.of("governance", "Governance and procedural justice: legitimacy rises.",
                target(), highRiskShare(),
                number("gain", 0.05, 0, 1, "per year", "ΔL: yearly rise of L_i in the target regions."),
                number("cap", 0.9, 0, 1, "", "Legitimacy does not rise above this.")));
        v.put("exit_programme", Section.of("exit_programme", "Exit (deradicalisation) programme for members and detainees.",
                number("exit_multiplier", 3.0, 1, 100, "×", "Multiplier on the exit rate and on p_exit after release, for those reached (coverage).")));
        v.put("community_policing", Section.of("community_policing", "Community policing: detentions that build rather than erode legitimacy.",
                number("share", 0.5, 0, 1, "share", "Share of detentions whose neighbours' L_i rises instead of falls.")));
        return Section.union("intervention", "An intervention: type, window, targeting, coverage and cost.", "type", common, v);
    }
}
