package org.radsim.app.gui;

import java.util.ArrayList;
import java.util.List;

import org.radsim.core.intervention.Intervention;
import org.radsim.core.mechanism.Susceptibility;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.population.Membership;
import org.radsim.core.population.Population;
import org.radsim.core.population.Recruiter;
import org.radsim.core.population.Stage;

import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * What a click on a citizen shows: every state variable of MODEL.md section 2 for that citizen, read from the
 * population arrays each time the inspector refreshes (so it changes as the run goes on), plus the derived
 * quantities the rules use (hardship, grievance, susceptibility) and its enrolments.
 */
final class CitizenInspector {

    private CitizenInspector() {
    }

    static Inspector of(RadicalizationModel m, sim.display.GUIState gui, int i) {
        SimpleInspector inspector = new SimpleInspector(properties(m, i), gui, "Citizen " + i);
        inspector.setVolatile(true);
        return inspector;
    }

    static PropertyList properties(RadicalizationModel m, int i) {
        Population p = m.population();
        PropertyList l = new PropertyList();
        l.add("Id", "The citizen's number (citizens are numbered region by region).", Integer.TYPE, () -> i);
        l.add("Region", "Home region.", String.class, () -> m.scenario().regions().get(p.region[i]).name());
        l.add("Stage", "Opinion pyramid (neutral, sympathizer, radicalized) or action pyramid (member, detained, "
                + "disengaged).", String.class, () -> StagePalette.label(Stage.of(p.stage[i])));
        l.add("Recruiter", "Whether this member recruits, and where it operates now.", String.class,
                () -> recruiter(m, i));
        l.add("Detained until tick", "Release tick while detained, else empty.", String.class, () -> detainedUntil(m, i));
        l.add("Age", "Years.", Integer.TYPE, () -> (int) p.age[i]);
        l.add("Youth (15-29)", "Youth flag.", Boolean.TYPE, () -> p.is(i, Population.YOUTH));
        l.add("Employed", "Employment status (the labour market changes it every tick).", Boolean.TYPE,
                () -> p.employed(i));
        l.add("Education e", "Education in [0, 1]; an education programme raises it.", Double.TYPE,
                () -> round((double) p.education[i]));
        l.add("Hardship H", "H = clamp(h + ΔH·[unemployed]).", Double.TYPE,
                () -> round(p.hardship(i, m.scenario().population().unemployedHardship())));
        l.add("Perceived legitimacy L", "In [0, 1]; heavy-handed policing of neighbours lowers it.", Double.TYPE,
                () -> round((double) p.legitimacy[i]));
        l.add("Grievance G", "G = H·(1 − L) (Epstein 2002).", Double.TYPE, () -> round((double) p.grievance[i]));
        l.add("Risk aversion R", "R ~ U(0, 1); enters the activation rule G − R·P > T.", Double.TYPE,
                () -> round((double) p.risk[i]));
        l.add("Isolation I", "In [0, 1]; community development lowers it.", Double.TYPE,
                () -> round((double) p.isolation[i]));
        l.add("Susceptibility S", "S = logistic(b0 + bG·G + bI·I + bY·youth + bU·unemployed − bE·e).", Double.TYPE,
                () -> round(Susceptibility.of(m.scenario().susceptibility(), p, i)));
        l.add("Opinion x", "Support for the extremist ideology, −1 to +1.", Double.TYPE,
                () -> round((double) p.opinion()[i]));
        l.add("Uncertainty u", "Opinion uncertainty (relative agreement).", Double.TYPE,
                () -> round((double) p.uncertainty()[i]));
        l.add("Network ties", "Number of social ties (0 in a well-mixed population).", Integer.TYPE,
                () -> m.network().isWellMixed() ? 0 : m.network().degree(i));
        l.add("Enrolled in", "Interventions this citizen is enrolled in.", String.class, () -> enrolments(m, i));
        return l;
    }

    /** Four decimals: enough to watch a value move, short enough to read. */
    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    private static String recruiter(RadicalizationModel m, int i) {
        for (Recruiter rc : m.membership().recruiters()) {
            if (rc.citizen() == i) {
                return "yes, operating in " + m.scenario().regions().get(rc.region()).name();
            }
        }
        return "no";
    }

    private static String detainedUntil(RadicalizationModel m, int i) {
        Membership ms = m.membership();
        for (int k = 0; k < ms.detaineeCount(); k++) {
            if (ms.detainee(k) == i) {
                return Long.toString(ms.releaseTick(k));
            }
        }
        return "";
    }

    private static String enrolments(RadicalizationModel m, int i) {
        List<String> names = new ArrayList<>();
        if (m.interventions() != null) {
            for (Intervention iv : m.interventions().all()) {
                if ((m.population().enrolment[i] & iv.bit()) != 0) {
                    names.add(iv.spec().name());
                }
            }
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
