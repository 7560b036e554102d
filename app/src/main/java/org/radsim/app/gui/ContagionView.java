package org.radsim.app.gui;

import java.util.List;
import java.util.Locale;

import org.radsim.core.classic.contagion.ContagionModel;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;

/**
 * The view of the well-mixed Susceptible–Extremist–Recruiter contagion: one square per agent in its state's
 * colour, with the agents' fractions beside the mean-field ODE's in a legend ({@link ContagionPortrayal}). A
 * comparison charts the extremist and the recruiter fractions.
 */
final class ContagionView extends ModelView {

    private volatile ContagionModel shown;
    private final ContagionPortrayal agents = new ContagionPortrayal(this::shown);
    private final List<Layer> layers = List.of(new Layer(agents, "Agents by state (S, E, R)", true));

    @Override
    SimState newModel(Scenario scenario) {
        return new ContagionModel(scenario, scenario.seed());
    }

    @Override
    void show(SimState model) {
        shown = (ContagionModel) model;
    }

    @Override
    ContagionModel shown() {
        return shown;
    }

    ContagionPortrayal agents() {
        return agents;
    }

    /**
     * A model's metrics row as a headless run reports it: the agents' S, E, R, the ODE's S, E, R and the largest
     * gap between them now (read only: the model's own running maximum of the gap is left alone).
     */
    static double[] metrics(ContagionModel m) {
        double[] a = m.fractions();
        double[] o = m.odeState();
        double gap = Math.max(Math.abs(a[0] - o[0]), Math.max(Math.abs(a[1] - o[1]), Math.abs(a[2] - o[2])));
        return new double[] {a[0], a[1], a[2], o[0], o[1], o[2], gap};
    }

    /** The agents' S, E, R and the ODE's S, E, R of a model (the live chart of a single run). */
    static double[] trajectories(ContagionModel m) {
        double[] a = m.fractions();
        double[] o = m.odeState();
        return new double[] {a[0], a[1], a[2], o[0], o[1], o[2]};
    }

    @Override
    double[] row() {
        return metrics(shown);
    }

    @Override
    double width() {
        return ContagionPortrayal.SIZE;
    }

    @Override
    double height() {
        return ContagionPortrayal.SIZE;
    }

    @Override
    List<Layer> layers() {
        return layers;
    }

    @Override
    List<Compared> compared() {
        // the metrics row: S, E, R, ode_S, ode_E, ode_R, gap
        return List.of(new Compared("Extremists (agents)", "fraction of agents", "A − B (fraction)", r -> r[1]),
                new Compared("Recruiters (agents)", "fraction of agents", "A − B (fraction)", r -> r[2]));
    }

    @Override
    String caption() {
        ContagionModel m = shown;
        if (m == null) {
            return "";
        }
        double[] f = m.fractions();
        return String.format(Locale.ROOT, "step %d · t = %.1f · extremists %.3f · recruiters %.3f", m.steps(),
                m.time(), f[1], f[2]);
    }
}
