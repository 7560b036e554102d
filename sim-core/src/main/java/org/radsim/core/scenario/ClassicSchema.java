package org.radsim.core.scenario;

import static org.radsim.core.scenario.Key.bool;
import static org.radsim.core.scenario.Key.choice;
import static org.radsim.core.scenario.Key.integer;
import static org.radsim.core.scenario.Key.number;
import static org.radsim.core.scenario.Key.positive;
import static org.radsim.core.scenario.Key.section;

import java.util.List;
import java.util.Map;


/**
 * The scenario sections of the three classic models of VALIDATION.md: {@code civil_violence} (Epstein 2002 /
 * NetLogo Rebellion), {@code relative_agreement} (Deffuant et al. 2002) and {@code contagion} (the
 * Susceptible–Extremist–Recruiter contagion and its mean-field ODE). Each section is read only when
 * {@code model:} names its model. The top-level {@code ticks} is the run length of every model: civil-violence
 * ticks; relative-agreement periods (the cap when {@code stop: stable}, the exact count when {@code stop: fixed});
 * contagion steps of length {@code dt} (so the horizon is {@code T = ticks · dt}).
 */
public final class ClassicSchema {

    private ClassicSchema() {
    }

    /** {@code civil_violence:} — Epstein's civil-violence model, with NetLogo Rebellion's details as switches. */
    public static Key civilViolence() {
        return section("civil_violence", Section.of("civil_violence",
                "Epstein (2002) civil violence on a torus (model: civil-violence); NetLogo Rebellion's details are switches.",
                integer("width", 40, 3, 10_000, "cells", "Width of the torus."),
                integer("height", 40, 3, 10_000, "cells", "Height of the torus."),
                number("citizen_density", 0.7, 0, 1, "share of cells", "Citizens placed at the start (rounded share of the cells)."),
                number("cop_density", 0.04, 0, 1, "share of cells", "Cops placed at the start (rounded share of the cells)."),
                positive("vision", 7.0, 0, 1000, "cells", "Euclidean radius of the neighbourhood, own cell included (1.7: 8 Moore neighbours; 7: 148 cells)."),
                number("legitimacy", 0.82, 0, 1, "", "Government legitimacy L; grievance G = H(1 − L)."),
                integer("max_jail_term", 30, -1, 10_000_000, "ticks", "J_max; −1 = jailed forever."),
                number("threshold", 0.1, -1, 1, "", "T: a citizen is active iff G − R·P > T (strict)."),
                number("k", 2.3, 0, 100, "", "k in the estimated arrest probability P = 1 − exp(−k·f(C/A))."),
                choice("arrest_rule", "floor", List.of("literal", "floor", "round"),
                        "f in P: literal C/A (the paper), floor(C/A) (NetLogo), round(C/A) half-to-even (Mesa)."),
                bool("movement", true, "Whether citizens move (cops always move)."),
                bool("active_counts_itself", true, "NetLogo: an active citizen counts itself among the actives in vision, plus the 1 of A = 1 + actives."),
                bool("jail_term_from_zero", true, "NetLogo: jail term uniform in 0 … J_max − 1 (false: 1 … J_max)."),
                bool("cop_moves_to_arrest", true, "NetLogo: the arresting cop moves onto the arrested citizen's cell."),
                section("legitimacy_change", change("legitimacy_change", "Legitimacy over time.", 0.82)),
                section("cop_density_change", change("cop_density_change",
                        "Cop density over time (cops are removed at random as it falls, added on random free cells as it rises).", 0.04)),
                integer("outburst_threshold", 50, 0, 100_000_000, "citizens",
                        "An outburst starts when actives exceed this and ends when they fall below it.")));
    }

    private static Section change(String name, String doc, double dflt) {
        return Section.of(name, doc + " none: constant; step: becomes `value` at tick `start`; "
                        + "ramp: linear from the initial value at `start` to `value` at `end`.",
                choice("type", "none", List.of("none", "step", "ramp"), "Shape of the change."),
                integer("start", 0, 0, 10_000_000, "tick", "Tick of the step, or start of the ramp."),
                integer("end", 0, 0, 10_000_000, "tick", "End of the ramp (after start)."),
                number("value", dflt, 0, 1, "", "Value after the step / at the end of the ramp."));
    }

    /** {@code relative_agreement:} — Deffuant et al. (2002) relative agreement with extremists. */
    public static Key relativeAgreement() {
        return section("relative_agreement", Section.of("relative_agreement",
                "Deffuant, Amblard, Weisbuch & Faure (2002) relative agreement with extremists (model: relative-agreement). "
                        + "One period = n random pairwise meetings.",
                integer("n", 200, 2, 100_000_000, "agents", "Number of agents N."),
                positive("mu", 0.2, 0, 0.5, "", "Convergence rate μ."),
                number("pe", 0.2, 0, 1, "share", "Share of extremists pe; p± = pe(1 ± δ)/2 of N."),
                positive("uncertainty", 1.0, 0, 10, "", "U: initial uncertainty of moderates."),
                positive("extremist_uncertainty", 0.1, 0, 10, "", "u_e: uncertainty of extremists."),
                number("delta", 0.0, -1, 1, "", "δ: asymmetry between positive and negative extremists."),
                choice("placement", "drawn", List.of("drawn", "band"),
                        "drawn: N uniform opinions, the most extreme become extremists (Deffuant 2002); "
                                + "band: moderates on (−0.8, 0.8), extremists on [0.8, 1] and [−1, −0.8] (Meadows & Cliff 2012)."),
                choice("stop", "stable", List.of("stable", "fixed"),
                        "stable: stop when no opinion or uncertainty moves more than epsilon over a period (ticks = cap); fixed: run ticks periods."),
                positive("epsilon", 1e-6, 0, 1, "", "Stability tolerance per period."),
                number("cutoff_offset", 0.1, 0, 2, "", "A moderate ends extreme beyond the innermost initial extremist of that side minus this."),
                positive("cluster_gap", 1e-3, 0, 2, "", "Sorted final opinions split into clusters at gaps larger than this."),
                number("cluster_min_share", 0.01, 0, 1, "share", "Clusters holding less than this share of agents are not counted.")));
    }

    /** {@code contagion:} — well-mixed Susceptible–Extremist–Recruiter contagion and its ODE. */
    public static Key contagion() {
        return section("contagion", Section.of("contagion",
                "Well-mixed Susceptible–Extremist–Recruiter recruitment contagion (McCluskey & Santoprete 2018 structure) "
                        + "and its mean-field ODE integrated in the same run (model: contagion). Runs ticks steps of length dt.",
                integer("n", 20_000, 1, 200_000_000, "agents", "Number of agents N."),
                positive("dt", 0.1, 0, 100, "time", "Step length; the horizon is T = ticks · dt."),
                number("beta", 0.5, 0, 1000, "per time", "β: recruitment rate (S → E with probability 1 − exp(−β·R·dt))."),
                number("gamma", 0.1, 0, 1000, "per time", "γ: rate at which extremists become recruiters."),
                number("mu", 0.02, 0, 1000, "per time", "μ: exit rate; an exiting agent is replaced by a new S."),
                number("s0", 0.99, 0, 1, "share", "Initial susceptible fraction; the extremist fraction is 1 − s0 − r0."),
                number("r0", 0.01, 0, 1, "share", "Initial recruiter fraction (not the reproduction number).")));
    }

    /** Checks between classic-model settings that per-key ranges cannot express; run for every scenario. */
    @SuppressWarnings("unchecked")
    public static void crossCheck(Map<String, Object> resolved, Where where, List<Problem> problems) {
        Map<String, Object> cv = (Map<String, Object>) resolved.get("civil_violence");
        if ((Double) cv.get("citizen_density") + (Double) cv.get("cop_density") > 1.0) {
            problems.add(new Problem(where, "civil_violence.citizen_density",
                    "citizen_density + cop_density must not exceed 1 (one agent per cell at the start)"));
        }
        for (String c : List.of("legitimacy_change", "cop_density_change")) {
            Map<String, Object> ch = (Map<String, Object>) cv.get(c);
            if ("ramp".equals(ch.get("type")) && (Long) ch.get("end") <= (Long) ch.get("start")) {
                problems.add(new Problem(where, "civil_violence." + c + ".end", "a ramp's end must be after its start"));
            }
        }
        Map<String, Object> ct = (Map<String, Object>) resolved.get("contagion");
        if ((Double) ct.get("s0") + (Double) ct.get("r0") > 1.0 + 1e-12) {
            problems.add(new Problem(where, "contagion.s0", "s0 + r0 must not exceed 1"));
        }
    }
}
