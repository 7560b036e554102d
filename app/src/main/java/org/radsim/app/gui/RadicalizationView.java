package org.radsim.app.gui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.radsim.core.model.Observer;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;

/**
 * The population view of the radicalization model: regions as labelled cards, citizens as dots coloured by
 * stage, recruiters as diamonds, a sample of network ties (a layer that starts hidden) and a legend. A comparison
 * charts the radicalized share and the recruits so far (A − B: recruits averted).
 */
final class RadicalizationView extends ModelView {

    private static final int RADICALIZED_SHARE = Observer.METRICS.indexOf("share_radicalized");
    private static final int CUMULATIVE_RECRUITS = Observer.METRICS.indexOf("cumulative_recruits");
    private static final int MEMBERS = Observer.METRICS.indexOf("member");

    /** The model on screen and its layout, swapped together so a frame never mixes two runs. */
    record Shown(RadicalizationModel model, PopulationLayout layout) {
    }

    private volatile Shown shown;
    private final CitizensPortrayal citizens = new CitizensPortrayal(this::current);
    private final List<Layer> layers = List.of(new Layer(new RegionsPortrayal(this::current), "Regions", true),
            new Layer(citizens, "Citizens (click to inspect)", true),
            new Layer(new TiesPortrayal(this::current), "Network ties (sample)", false),
            new Layer(new RecruitersPortrayal(this::current), "Recruiters", true),
            new Layer(new LegendPortrayal(this::current), "Legend", true));

    /** A model for a scenario: its own seed, one thread per four cores (the rest is better spent drawing). */
    static RadicalizationModel model(Scenario s) {
        return new RadicalizationModel(s, s.seed(), Math.max(1, Runtime.getRuntime().availableProcessors() / 4));
    }

    @Override
    SimState newModel(Scenario scenario) {
        return model(scenario);
    }

    @Override
    void prepare(SimState state, boolean[] interventionsOn) {
        RadicalizationModel m = (RadicalizationModel) state;
        if (m.schedule.getSteps() == 0) {
            // the tick-0 row, exactly as a headless run records it
            m.observer().observe(0);
            for (int k = 0; k < m.interventions().all().size(); k++) {
                m.interventions().setEnabled(k, interventionsOn[k]);
            }
        }
    }

    @Override
    void show(SimState state) {
        RadicalizationModel m = (RadicalizationModel) state;
        shown = new Shown(m, new PopulationLayout(m.population().regionStart));
        for (Layer l : layers) {
            l.portrayal().setField(m);
        }
    }

    Shown current() {
        return shown;
    }

    @Override
    RadicalizationModel shown() {
        Shown s = shown;
        return s == null ? null : s.model();
    }

    CitizensPortrayal citizens() {
        return citizens;
    }

    @Override
    double[] row() {
        return shown.model().observer().latest();
    }

    @Override
    void addLevers(PropertyList l, String prefix, ScenarioSession session, Supplier<SimState> model,
            Supplier<Object> lock) {
        List<Scenario.Intervention> all = session.scenario().interventions();
        if (all.isEmpty()) {
            l.add(prefix + "Interventions", "This scenario has no interventions; open one that has (Scenario menu).",
                    String.class, () -> "none in this scenario");
        }
        for (int k = 0; k < all.size(); k++) {
            int index = k;
            Scenario.Intervention iv = all.get(k);
            String window = iv.end() < 0 ? "from tick " + iv.start() : "ticks " + iv.start() + "–" + (iv.end() - 1);
            String where = iv.regions().isEmpty() ? "all regions" : String.join(", ", iv.regions());
            l.add(prefix + "On: " + iv.name(), String.format(Locale.ROOT, "%s in %s, %s, target %s, coverage %.2f. "
                    + "Switching takes effect from the next tick; switched off, it stops (enrolment ends).",
                    iv.type(), where, window, iv.target(), iv.coverage()), Boolean.TYPE,
                    () -> session.interventionOn(index), v -> {
                        switchIntervention(session, (RadicalizationModel) model.get(), lock.get(), index, (Boolean) v);
                        return true;
                    }, null);
        }
    }

    /** Switches intervention {@code k} on or off, in the session and (from the next tick) in the running model. */
    static void switchIntervention(ScenarioSession session, RadicalizationModel m, Object lock, int k, boolean on) {
        session.setInterventionOn(k, on);
        synchronized (lock) {
            if (m.interventions() != null && k < m.interventions().all().size()) {
                m.interventions().setEnabled(k, on);
            }
        }
    }

    @Override
    double width() {
        return PopulationLayout.WIDTH;
    }

    @Override
    double height() {
        return PopulationLayout.HEIGHT;
    }

    @Override
    List<Layer> layers() {
        return layers;
    }

    @Override
    List<Compared> compared() {
        return List.of(
                new Compared("Radicalized share", "% of citizens radicalized", "A − B (% points)",
                        r -> 100 * r[RADICALIZED_SHARE]),
                new Compared("Recruits so far", "citizens recruited since tick 0", "averted (A − B)",
                        r -> r[CUMULATIVE_RECRUITS]),
                new Compared("Members", "members of the movement", "A − B (members)", r -> r[MEMBERS]));
    }

    @Override
    String caption() {
        RadicalizationModel m = shown();
        if (m == null) {
            return "";
        }
        double[] r = m.observer().latest();
        return String.format(Locale.ROOT, "tick %d · radicalized %.2f%% · recruits so far %,d", m.schedule.getSteps(),
                100 * r[RADICALIZED_SHARE], (long) r[CUMULATIVE_RECRUITS]);
    }
}
