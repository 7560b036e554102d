package org.radsim.app.gui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.JFrame;

import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;

import sim.display.Controller;
import sim.display.Display2D;
import sim.engine.SimState;
import sim.engine.Stoppable;

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

    /** The model on screen and its layout, swapped together so a frame never mixes two runs. */
    record Shown(RadicalizationModel model, PopulationLayout layout) {
    }

    private RadicalizationModel model;
    private volatile Shown shown;
    private Display2D display;
    private JFrame displayFrame;
    private LiveCharts charts;
    private Stoppable feeding;
    private final CitizensPortrayal citizens = new CitizensPortrayal(this);
    private final RegionsPortrayal regions = new RegionsPortrayal(this);
    private final TiesPortrayal ties = new TiesPortrayal(this);
    private final RecruitersPortrayal recruiters = new RecruitersPortrayal(this);
    private final LegendPortrayal legend = new LegendPortrayal(this);

    /** The Console's "New Simulation" entry: the baseline scenario. */
    public RadicalizationGui() {
        this(baseline());
    }

    public RadicalizationGui(ScenarioSession session) {
        super(session, model(session.scenario()));
        this.model = (RadicalizationModel) state;
    }

    private static ScenarioSession baseline() {
        try {
            return ScenarioSession.open("baseline", List.of());
        } catch (ScenarioException e) {
            throw new IllegalStateException("the built-in baseline scenario does not load: " + e.getMessage(), e);
        }
    }

    private static RadicalizationModel model(Scenario s) {
        // one thread: on a small machine the other core is better spent drawing
        return new RadicalizationModel(s, s.seed(), Math.max(1, Runtime.getRuntime().availableProcessors() / 4));
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
        return model;
    }

    /** What the portrayals draw; null until a run started. */
    Shown shown() {
        return shown;
    }

    Display2D display() {
        return display;
    }

    CitizensPortrayal citizensPortrayal() {
        return citizens;
    }

    LiveCharts charts() {
        return charts;
    }

    @Override
    SimState newModel(Scenario scenario) {
        return model(scenario);
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
        List<Scenario.Intervention> all = session().scenario().interventions();
        if (all.isEmpty()) {
            l.add("Interventions", "This scenario has no interventions; open one that has (Scenario menu).",
                    String.class, () -> "none in this scenario");
        }
        for (int k = 0; k < all.size(); k++) {
            int index = k;
            Scenario.Intervention iv = all.get(k);
            String window = iv.end() < 0 ? "from tick " + iv.start() : "ticks " + iv.start() + "–" + (iv.end() - 1);
            String where = iv.regions().isEmpty() ? "all regions" : String.join(", ", iv.regions());
            l.add("On: " + iv.name(), String.format(Locale.ROOT, "%s in %s, %s, target %s, coverage %.2f. "
                    + "Switching takes effect from the next tick; switched off, it stops (enrolment ends).",
                    iv.type(), where, window, iv.target(), iv.coverage()), Boolean.TYPE,
                    () -> session().interventionOn(index), v -> {
                        setInterventionOn(index, (Boolean) v);
                        return true;
                    }, null);
        }
    }

    /** Switches intervention {@code k} on or off, in the session and (from the next tick) in the running model. */
    public void setInterventionOn(int k, boolean on) {
        session().setInterventionOn(k, on);
        synchronized (state.schedule) {
            if (model.interventions() != null && k < model.interventions().all().size()) {
                model.interventions().setEnabled(k, on);
            }
        }
    }

    @Override
    void attachModel(boolean running) {
        model = (RadicalizationModel) state;
        if (model.schedule.getSteps() == 0) {
            // the tick-0 row, exactly as a headless run records it
            model.observer().observe(0);
            for (int k = 0; k < model.interventions().all().size(); k++) {
                model.interventions().setEnabled(k, session().interventionOn(k));
            }
        }
        if (charts != null) {
            charts.reset(model.schedule.getSteps(), model.observer().latest(), model.scenario().ticks());
            if (running) {
                feeding = scheduleRepeatingImmediatelyAfter(charts.feeder(() -> model.observer().latest()));
            }
        }
        shown = new Shown(model, new PopulationLayout(model.population().regionStart));
        for (sim.portrayal.FieldPortrayal2D p : List.of(regions, citizens, ties, recruiters, legend)) {
            p.setField(model);
        }
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /**
     * Draws the population view with every layer into an image, without a window (for tests and headless
     * snapshots); {@code withTies} adds the network-ties layer.
     */
    java.awt.image.BufferedImage render(int width, int height, boolean withTies) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        java.awt.geom.Rectangle2D.Double all = new java.awt.geom.Rectangle2D.Double(0, 0, width, height);
        for (sim.portrayal.FieldPortrayal2D p : withTies ? List.of(regions, citizens, ties, recruiters, legend)
                : List.of(regions, citizens, recruiters, legend)) {
            p.draw(model, g, new sim.portrayal.DrawInfo2D(this, p, all, all));
        }
        g.dispose();
        return img;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(PopulationLayout.WIDTH, PopulationLayout.HEIGHT, this);
        java.awt.Rectangle screen = screen();
        // leave room on the right for the Console and the charts
        display.setScale(Math.min(1.0, Math.min(screen.width * 0.62 / PopulationLayout.WIDTH,
                (screen.height - 90) / PopulationLayout.HEIGHT)));
        display.setBackdrop(Color.WHITE);
        display.attach(regions, "Regions");
        display.attach(citizens, "Citizens (click to inspect)");
        display.attach(ties, "Network ties (sample)", false);
        display.attach(recruiters, "Recruiters");
        display.attach(legend, "Legend");
        displayFrame = display.createFrame();
        displayFrame.setTitle("radsim — population");
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        charts = new LiveCharts();
    }

    @Override
    void arrange(sim.display.Console console) {
        arrangeRight(console, displayFrame, charts.frame());
    }

    @Override
    public void quit() {
        super.quit();
        if (feeding != null) {
            feeding.stop();
        }
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (charts != null) {
            charts.dispose();
        }
        displayFrame = null;
        display = null;
        charts = null;
    }
}
