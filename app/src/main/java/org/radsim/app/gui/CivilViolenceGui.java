package org.radsim.app.gui;

import java.awt.Color;
import java.util.List;

import org.radsim.core.classic.civilviolence.CivilViolence;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;

/**
 * The GUI of Epstein's civil-violence model (Epstein 2002): the grid of quiet, active and jailed citizens and
 * cops, a chart of the three citizen counts over time, and the Model tab with legitimacy, cop density and the
 * other settings of the {@code civil_violence:} section (they apply at restart: the model draws its agents from
 * them when it starts).
 */
public final class CivilViolenceGui extends ScenarioGui {

    private static final List<String> SETTINGS = List.of("civil_violence.legitimacy", "civil_violence.cop_density",
            "civil_violence.citizen_density", "civil_violence.vision", "civil_violence.max_jail_term",
            "civil_violence.threshold", "civil_violence.k", "civil_violence.arrest_rule", "civil_violence.movement",
            "civil_violence.width", "civil_violence.height", "seed", "ticks");

    private final CivilViolenceView view;

    /** The Console's "New Simulation" entry: validation target CV-1 (punctuated equilibrium). */
    public CivilViolenceGui() {
        this(ScenarioSession.builtin("validation/cv1-punctuated-equilibrium"));
    }

    public CivilViolenceGui(ScenarioSession session) {
        this(session, new CivilViolenceView());
    }

    private CivilViolenceGui(ScenarioSession session, CivilViolenceView view) {
        super(session, view);
        this.view = view;
    }

    public static String getName() {
        return "radsim — civil violence (Epstein 2002)";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>Civil violence (Epstein 2002)</h2>"
                + "<p>Citizens on a torus have hardship H and risk aversion R; grievance is G = H(1 − L) for "
                + "legitimacy L. A citizen turns active when G − R·P &gt; T, where P, the estimated arrest "
                + "probability, grows with the ratio of cops to actives in vision. Cops jail actives.</p>"
                + "<p><b>Colours</b>: quiet green, active red, jailed black, cops blue. Lower the legitimacy or "
                + "the cop density in the Model tab and press <i>Apply and restart</i> to see outbursts.</p>"
                + "</body></html>";
    }

    /** The model on screen; null before the first preview. */
    CivilViolence shown() {
        return view.shown();
    }

    CivilViolencePortrayal gridPortrayal() {
        return view.grid();
    }

    @Override
    ModelView newView() {
        return new CivilViolenceView();
    }

    @Override
    Scenario scenarioOf(SimState model) {
        // the model keeps only its parameters; a checkpoint is read back into the session it was saved from
        return session().scenario();
    }

    @Override
    public boolean validSimState(SimState s) {
        return s instanceof CivilViolence;
    }

    @Override
    List<String> parameters() {
        return SETTINGS;
    }

    @Override
    String displayTitle() {
        return "radsim — civil violence";
    }

    @Override
    ChartWindow newCharts(boolean window) {
        return new TimeSeriesWindow("Citizens over time", "citizens", new String[] {"quiet", "active", "jailed"},
                new Color[] {new Color(0x5E9E63), CivilViolencePortrayal.ACTIVE, CivilViolencePortrayal.JAILED}, true,
                window);
    }

    @Override
    double[] chartRow() {
        return CivilViolenceView.counts(view.shown());
    }

    /** The grid drawn into an image without a window (tests, snapshots). */
    java.awt.image.BufferedImage render(int width, int height) {
        return view.render(width, height);
    }
}
