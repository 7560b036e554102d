package org.radsim.app.gui;

import java.util.ArrayList;
import java.util.List;

import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;

/**
 * The MASON GUI of the radicalization model: the population view (regions as labelled areas, citizens as dots
 * coloured by stage, recruiters as diamonds, a sample of network ties on a layer toggle, a legend), the live
 * charts window and the Model tab with the interventions as live switches. The model is rebuilt from the
 * session's scenario at every start, with the scenario's seed, so what the GUI shows is what {@code radsim run}
 * computes for the same settings (until an intervention is switched by hand during a run).
 */
public final class RadicalizationGui extends ScenarioGui {

    /** Settings offered in the Model tab besides the per-region and per-intervention ones. */
    private static final List<String> SETTINGS = List.of("seed", "ticks", "population.size", "population.hardship",
            "population.unemployed_hardship", "population.isolation", "opinion.mu", "opinion.uncertainty",
            "opinion.extremist_uncertainty", "opinion.sympathizer_at", "opinion.radicalized_at", "propaganda.reach",
            "propaganda.leakage", "recruiters.initial", "recruiters.contacts_per_tick", "recruiters.targeting",
            "recruiters.network_share", "recruiters.join_probability", "recruiters.threshold",
            "recruiters.promotion_rate", "recruiters.mobility_rate", "policing.jail_ticks", "policing.backfire",
            "policing.release_exit_probability", "exit.rate");
    private static final List<String> REGION_SETTINGS = List.of("legitimacy", "unemployment", "security",
            "online_access");
    private static final List<String> INTERVENTION_SETTINGS = List.of("coverage", "start", "end");

    private final RadicalizationView view;

    /** The Console's "New Simulation" entry: the baseline scenario. */
    public RadicalizationGui() {
        this(ScenarioSession.builtin("baseline"));
    }

    public RadicalizationGui(ScenarioSession session) {
        this(session, new RadicalizationView());
    }

    private RadicalizationGui(ScenarioSession session, RadicalizationView view) {
        super(session, view);
        this.view = view;
    }

    public static String getName() {
        return "radsim — radicalization and recruitment";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>radsim: radicalization and recruitment</h2>"
                + "<p>Citizens in regions hold opinions (relative agreement), feel grievance (hardship × lack of "
                + "legitimacy), are reached by propaganda and by recruiters, may join, be detained and disengage. "
                + "Interventions change the rules for those they reach.</p>"
                + "<p><b>Population view</b>: one dot per citizen, coloured by stage; black diamonds are recruiters. "
                + "Click a dot to inspect the citizen. Layers menu: show a sample of network ties.</p>"
                + "<p><b>Model tab</b>: switch interventions on and off (from the next tick); change settings and "
                + "press <i>Apply and restart</i>; save the result as a scenario file for <tt>radsim run</tt>.</p>"
                + "<p>Scenarios are illustrative, not calibrated estimates.</p></body></html>";
    }

    /** The model being shown (a new one after each restart). */
    public RadicalizationModel model() {
        return (RadicalizationModel) state;
    }

    /** What the portrayals draw; null until a run started. */
    RadicalizationView.Shown shown() {
        return view.current();
    }

    CitizensPortrayal citizensPortrayal() {
        return view.citizens();
    }

    @Override
    ModelView newView() {
        return new RadicalizationView();
    }

    @Override
    String displayTitle() {
        return "radsim — population";
    }

    @Override
    ChartWindow newCharts(boolean window) {
        return new LiveCharts(window);
    }

    @Override
    double[] chartRow() {
        return model().observer().latest();
    }

    @Override
    Scenario scenarioOf(SimState m) {
        return ((RadicalizationModel) m).scenario();
    }

    @Override
    public boolean validSimState(SimState s) {
        return s instanceof RadicalizationModel;
    }

    @Override
    List<String> parameters() {
        Scenario s = session().scenario();
        List<String> out = new ArrayList<>(SETTINGS);
        for (Scenario.Region r : s.regions()) {
            for (String key : REGION_SETTINGS) {
                out.add("regions[" + r.name() + "]." + key);
            }
        }
        for (int k = 0; k < s.interventions().size(); k++) {
            for (String key : INTERVENTION_SETTINGS) {
                out.add("interventions[" + k + "]." + key);
            }
        }
        return out;
    }

    @Override
    void addLiveProperties(PropertyList l) {
        super.addLiveProperties(l);
        view.addLevers(l, "", session(), () -> state, () -> state.schedule);
    }

    /** Switches intervention {@code k} on or off, in the session and (from the next tick) in the running model. */
    public void setInterventionOn(int k, boolean on) {
        RadicalizationView.switchIntervention(session(), model(), state.schedule, k, on);
    }

    /**
     * Draws the population view with every layer into an image, without a window (for tests and headless
     * snapshots); {@code withTies} adds the network-ties layer.
     */
    java.awt.image.BufferedImage render(int width, int height, boolean withTies) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        view.drawInto(g, new java.awt.geom.Rectangle2D.Double(0, 0, width, height), withTies);
        g.dispose();
        return img;
    }
}
