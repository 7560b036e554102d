package org.radsim.app.gui;

import java.util.List;
import java.util.Locale;

import org.radsim.core.classic.civilviolence.CivilViolence;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;

/**
 * The view of Epstein's civil-violence model: the grid of quiet, active and jailed citizens and cops with a
 * legend. A comparison charts the active and the jailed citizens.
 */
final class CivilViolenceView extends ModelView {

    private volatile CivilViolence shown;
    private final CivilViolencePortrayal grid = new CivilViolencePortrayal(this::shown);
    private final List<Layer> layers = List.of(new Layer(grid, "Grid (quiet, active, jailed, cops)", true));

    @Override
    SimState newModel(Scenario scenario) {
        return new CivilViolence(scenario, scenario.seed());
    }

    @Override
    void show(SimState model) {
        shown = (CivilViolence) model;
    }

    @Override
    CivilViolence shown() {
        return shown;
    }

    CivilViolencePortrayal grid() {
        return grid;
    }

    /** Quiet, active and jailed citizens of a model (the live chart of a single run). */
    static double[] counts(CivilViolence m) {
        int actives = m.actives();
        int jailed = m.jailed();
        return new double[] {m.citizens() - actives - jailed, actives, jailed};
    }

    @Override
    double[] row() {
        return shown.metrics();
    }

    @Override
    double width() {
        return CivilViolencePortrayal.SIZE;
    }

    @Override
    double height() {
        return CivilViolencePortrayal.SIZE;
    }

    @Override
    List<Layer> layers() {
        return layers;
    }

    @Override
    List<Compared> compared() {
        // the metrics row: actives, quiet, jailed, cops, mean_grievance, legitimacy
        return List.of(new Compared("Active citizens", "citizens active (rebelling)", "A − B (citizens)", r -> r[0]),
                new Compared("Jailed citizens", "citizens in jail", "A − B (citizens)", r -> r[2]));
    }

    @Override
    String caption() {
        CivilViolence m = shown;
        return m == null ? "" : String.format(Locale.ROOT, "tick %d · active %d · jailed %d · legitimacy %.2f",
                m.tick(), m.actives(), m.jailed(), m.legitimacy());
    }
}
