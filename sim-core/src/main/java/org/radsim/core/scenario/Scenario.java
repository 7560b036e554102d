package org.radsim.core.scenario;

import java.util.List;
import java.util.Map;

/**
 * A resolved, validated scenario: the whole input of a run. Built only by {@link ScenarioLoader}; the nested
 * records are the parameter records the mechanisms receive. {@link #values()} keeps the resolved tree, which is
 * what gets recorded in a results folder and what the classic models read their own sections from.
 */
public record Scenario(String name, String description, String model, long seed, int ticks, int replications,
                       int ticksPerYear, Population population, List<Region> regions, Network network,
                       Opinion opinion, Susceptibility susceptibility, Propaganda propaganda, Recruiters recruiters,
                       Policing policing, Exit exit, List<Intervention> interventions, Values values)
        implements java.io.Serializable {

    /** Per-tick probability of an event with a yearly rate: {@code 1 − exp(−rate / ticksPerYear)}. */
    public double perTick(double ratePerYear) {
        return 1.0 - Math.exp(-ratePerYear / ticksPerYear);
    }

    /**
     * Ticks run before tick 0 ({@code warm_up}): interventions off, same random streams, not recorded, so that
     * tick 0 is a state the model itself produces.
     */
    public int warmUp() {
        return values.has("warm_up") ? values.int32("warm_up") : 0;
    }

    public int regionIndex(String regionName) {
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).name().equals(regionName)) {
                return i;
            }
        }
        return -1;
    }

    /** population: section. */
    public record Population(int size, double youthShare, double educationSpread, double hardship,
                             double unemployedHardship, double legitimacySpread, double isolation) implements java.io.Serializable {
        static Population from(Values v) {
            return new Population(v.int32("size"), v.num("youth_share"), v.num("education_spread"),
                    v.num("hardship"), v.num("unemployed_hardship"), v.num("legitimacy_spread"), v.num("isolation"));
        }
    }

    /** One element of regions:. */
    public record Region(String name, double share, String language, double unemployment, double jobFindingRate,
                         double education, double legitimacy, double onlineAccess, double security,
                         boolean inPerson, List<String> neighbours) implements java.io.Serializable {
        static Region from(Values v) {
            return new Region(v.str("name"), v.num("share"), v.str("language"), v.num("unemployment"),
                    v.num("job_finding_rate"), v.num("education"), v.num("legitimacy"), v.num("online_access"),
                    v.num("security"), v.bool("in_person"), v.names("neighbours"));
        }
    }

    /** network: section. */
    public record Network(String type, int degree, double rewiring, double crossRegion) implements java.io.Serializable {
        static Network from(Values v) {
            return new Network(v.str("type"), v.int32("degree"), v.num("rewiring"), v.num("cross_region"));
        }
    }

    /** opinion: section. */
    public record Opinion(double mu, double initialMean, double initialSpread, double uncertainty,
                          double extremistUncertainty, double sympathizerAt, double radicalizedAt) implements java.io.Serializable {
        static Opinion from(Values v) {
            return new Opinion(v.num("mu"), v.num("initial_mean"), v.num("initial_spread"), v.num("uncertainty"),
                    v.num("extremist_uncertainty"), v.num("sympathizer_at"), v.num("radicalized_at"));
        }
    }

    /** susceptibility: section — the logistic weights. */
    public record Susceptibility(double intercept, double grievance, double isolation, double youth,
                                 double unemployed, double education) implements java.io.Serializable {
        static Susceptibility from(Values v) {
            return new Susceptibility(v.num("intercept"), v.num("grievance"), v.num("isolation"), v.num("youth"),
                    v.num("unemployed"), v.num("education"));
        }
    }

    /** propaganda: section. */
    public record Propaganda(double reach, List<String> languages, double leakage) implements java.io.Serializable {
        static Propaganda from(Values v) {
            return new Propaganda(v.num("reach"), v.names("languages"), v.num("leakage"));
        }
    }

    /** recruiters: section. */
    public record Recruiters(int initial, int contactsPerTick, String targeting, int targetingSample,
                             double networkShare, double employedAvailability, double joinProbability,
                             double threshold, double arrestK, double promotionRate, double mobilityRate) implements java.io.Serializable {
        static Recruiters from(Values v) {
            return new Recruiters(v.int32("initial"), v.int32("contacts_per_tick"), v.str("targeting"),
                    v.int32("targeting_sample"), v.num("network_share"), v.num("employed_availability"),
                    v.num("join_probability"), v.num("threshold"), v.num("arrest_k"), v.num("promotion_rate"),
                    v.num("mobility_rate"));
        }
    }

    /** policing: section. */
    public record Policing(int jailTicks, double backfire, double communityPolicingGain, double releaseExitProbability) implements java.io.Serializable {
        static Policing from(Values v) {
            return new Policing(v.int32("jail_ticks"), v.num("backfire"), v.num("community_policing_gain"),
                    v.num("release_exit_probability"));
        }
    }

    /** exit: section. */
    public record Exit(double rate, double relaxation) implements java.io.Serializable {
        static Exit from(Values v) {
            return new Exit(v.num("rate"), v.num("relaxation"));
        }
    }

    /**
     * One element of interventions:. {@code end} is exclusive, −1 for "until the end". Type-specific settings are
     * in {@code params} (e.g. {@code gain}, {@code finding_multiplier}), already validated and defaulted.
     */
    public record Intervention(String type, String name, int start, int end, List<String> regions, String target,
                               double highRiskShare, double coverage, double unitCost, Values params) implements java.io.Serializable {
        static Intervention from(Values v) {
            String type = v.str("type");
            String name = v.str("name") == null ? type : v.str("name");
            // target and high_risk_share exist only for the measures that enrol persons
            String target = v.has("target") ? v.str("target") : "all";
            double highRisk = v.has("high_risk_share") ? v.num("high_risk_share") : 0.0;
            return new Intervention(type, name, v.int32("start"), v.int32("end"), v.names("regions"), target,
                    highRisk, v.num("coverage"), v.num("unit_cost"), v);
        }

        /** Whether the intervention runs at {@code tick}. */
        public boolean activeAt(long tick) {
            return tick >= start && (end < 0 || tick < end);
        }

        public double param(String key) {
            return params.num(key);
        }
    }

    static Scenario from(Values v) {
        return new Scenario(v.str("name"), v.str("description"), v.str("model"), v.integer("seed"),
                v.int32("ticks"), v.int32("replications"), v.int32("ticks_per_year"),
                Population.from(v.section("population")),
                v.list("regions").stream().map(Region::from).toList(),
                Network.from(v.section("network")), Opinion.from(v.section("opinion")),
                Susceptibility.from(v.section("susceptibility")), Propaganda.from(v.section("propaganda")),
                Recruiters.from(v.section("recruiters")), Policing.from(v.section("policing")),
                Exit.from(v.section("exit")),
                v.list("interventions").stream().map(Intervention::from).toList(), v);
    }

    /** The resolved tree, as recorded in manifests. */
    public Map<String, Object> resolved() {
        return values.asMap();
    }
}
