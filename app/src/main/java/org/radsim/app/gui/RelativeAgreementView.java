package org.radsim.app.gui;

import java.util.List;
import java.util.Locale;

import org.radsim.core.classic.relativeagreement.RelativeAgreementModel;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;

/**
 * The view of the relative-agreement model with extremists: opinions over time, a histogram per period recorded
 * after every period. A comparison charts p'+ and p'− (shares of moderates that ended at either extreme).
 */
final class RelativeAgreementView extends ModelView {

    private volatile RelativeAgreementModel shown;
    private final OpinionHistoryPortrayal history = new OpinionHistoryPortrayal(this::shown);
    private final List<Layer> layers = List.of(new Layer(history, "Opinions over time", true));

    @Override
    SimState newModel(Scenario scenario) {
        return new RelativeAgreementModel(scenario, scenario.seed());
    }

    @Override
    void show(SimState model) {
        shown = (RelativeAgreementModel) model;
        history.restart(shown);
    }

    @Override
    RelativeAgreementModel shown() {
        return shown;
    }

    OpinionHistoryPortrayal history() {
        return history;
    }

    @Override
    void afterTick() {
        history.record(shown);
    }

    @Override
    boolean finished() {
        return shown != null && shown.isStable();
    }

    /** p'+ and p'− of a model (the live chart of a single run). */
    static double[] shares(RelativeAgreementModel m) {
        return new double[] {m.pPlus(), m.pMinus()};
    }

    @Override
    double[] row() {
        return shown.metrics();
    }

    @Override
    double width() {
        return OpinionHistoryPortrayal.WIDTH;
    }

    @Override
    double height() {
        return OpinionHistoryPortrayal.HEIGHT;
    }

    @Override
    List<Layer> layers() {
        return layers;
    }

    @Override
    List<Compared> compared() {
        // the metrics row: mean_opinion, mean_uncertainty, p_plus, p_minus, y
        return List.of(new Compared("Moderates ended at +1 (p'+)", "share of moderates", "A − B", r -> r[2]),
                new Compared("Moderates ended at −1 (p'−)", "share of moderates", "A − B", r -> r[3]));
    }

    @Override
    String caption() {
        RelativeAgreementModel m = shown;
        return m == null ? "" : String.format(Locale.ROOT, "period %d · p'+ %.2f · p'− %.2f%s", m.period(),
                m.pPlus(), m.pMinus(), m.isStable() ? " · stable" : "");
    }
}
