package org.radsim.app.gui;

import java.util.List;

import org.radsim.core.classic.contagion.ContagionModel;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;

/**
 * The GUI of the well-mixed Susceptible–Extremist–Recruiter contagion (McCluskey &amp; Santoprete 2018 structure):
 * the agents by state ({@link ContagionView}), a live chart of the agents' S, E, R fractions with the mean-field
 * ODE's drawn beside them ({@link MeanFieldChart}), and the Model tab with the settings of the {@code contagion:}
 * section (they apply at restart).
 */
public final class ContagionGui extends ScenarioGui {

    private static final List<String> SETTINGS = List.of("contagion.n", "contagion.dt", "contagion.beta",
            "contagion.gamma", "contagion.mu", "contagion.s0", "contagion.r0", "seed", "ticks");

    private final ContagionView view;

    /** The Console's "New Simulation" entry: the built-in contagion scenario. */
    public ContagionGui() {
        this(ScenarioSession.builtin("contagion"));
    }

    public ContagionGui(ScenarioSession session) {
        this(session, new ContagionView());
    }

    private ContagionGui(ScenarioSession session, ContagionView view) {
        super(session, view);
        this.view = view;
    }

    public static String getName() {
        return "radsim — recruitment contagion and its mean-field ODE";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>Recruitment contagion (S → E → R)</h2>"
                + "<p>Well mixed: a susceptible agent is recruited to extremist at rate β·R (R the recruiter "
                + "fraction), an extremist becomes a recruiter at rate γ, and any agent exits and is replaced by a "
                + "new susceptible at rate μ. The mean-field ODE S' = μ − βSR − μS, E' = βSR − (γ+μ)E, "
                + "R' = γE − μR is integrated in the same run.</p>"
                + "<p><b>View</b>: one square per agent — susceptible grey, extremist orange, recruiter dark red. "
                + "<b>Chart</b>: the agents' fractions (solid) and the ODE's (dashed) over time.</p>"
                + "</body></html>";
    }

    /** The model on screen; null before the first preview. */
    ContagionModel shown() {
        return view.shown();
    }

    ContagionPortrayal agentsPortrayal() {
        return view.agents();
    }

    /** The live chart (in a window once the Console is open, offscreen before). */
    MeanFieldChart chart() {
        return (MeanFieldChart) charts();
    }

    @Override
    ModelView newView() {
        return new ContagionView();
    }

    @Override
    Scenario scenarioOf(SimState model) {
        // the model keeps only its parameters; a checkpoint is read back into the session it was saved from
        return session().scenario();
    }

    @Override
    public boolean validSimState(SimState s) {
        return s instanceof ContagionModel;
    }

    @Override
    List<String> parameters() {
        return SETTINGS;
    }

    @Override
    String displayTitle() {
        return "radsim — contagion";
    }

    @Override
    ChartWindow newCharts(boolean window) {
        return new MeanFieldChart(() -> view.shown().params().dt(), window);
    }

    @Override
    double[] chartRow() {
        return ContagionView.trajectories(view.shown());
    }

    /** The agents drawn into an image without a window (tests, snapshots). */
    java.awt.image.BufferedImage render(int width, int height) {
        return view.render(width, height);
    }
}
