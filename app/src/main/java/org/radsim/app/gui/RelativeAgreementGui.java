package org.radsim.app.gui;

import java.awt.Color;
import java.util.List;

import org.radsim.core.classic.relativeagreement.RelativeAgreementModel;
import org.radsim.core.scenario.Scenario;

import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.engine.SimState;
import sim.engine.Stoppable;

/**
 * The GUI of the relative-agreement model with extremists (Deffuant et al. 2002): opinions over time as a
 * histogram per period, a chart of the shares of moderates who ended at either extreme (p'+, p'−), and the
 * Model tab with the settings of the {@code relative_agreement:} section (they apply at restart).
 */
public final class RelativeAgreementGui extends ScenarioGui {

    private static final List<String> SETTINGS = List.of("relative_agreement.n", "relative_agreement.mu",
            "relative_agreement.pe", "relative_agreement.uncertainty", "relative_agreement.extremist_uncertainty",
            "relative_agreement.delta", "relative_agreement.placement", "seed", "ticks");

    private volatile RelativeAgreementModel shown;
    private final OpinionHistoryPortrayal history = new OpinionHistoryPortrayal(this);
    private Display2D display;
    private javax.swing.JFrame displayFrame;
    private TimeSeriesWindow chart;
    private Stoppable recording;
    private Stoppable feeding;

    /** The Console's "New Simulation" entry: validation target RA-1 (moderates split to both extremes). */
    public RelativeAgreementGui() {
        this(CivilViolenceGui.builtin("validation/ra1-both-extremes"));
    }

    public RelativeAgreementGui(ScenarioSession session) {
        super(session, new RelativeAgreementModel(session.scenario(), session.scenario().seed()));
    }

    public static String getName() {
        return "radsim — relative agreement with extremists (Deffuant et al. 2002)";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>Relative agreement (Deffuant et al. 2002)</h2>"
                + "<p>Agents hold an opinion in [−1, 1] and an uncertainty. In each meeting each moves toward the "
                + "other in proportion to how much their opinion ranges overlap, relative to its own uncertainty. "
                + "A few confident extremists sit at the ends.</p>"
                + "<p><b>View</b>: opinion (rows, +1 at the top) over periods (columns); darker = more agents. "
                + "Watch the moderates converge to the centre, split to both extremes, or drift to one.</p>"
                + "</body></html>";
    }

    RelativeAgreementModel shown() {
        return shown;
    }

    OpinionHistoryPortrayal historyPortrayal() {
        return history;
    }

    @Override
    SimState newModel(Scenario scenario) {
        return new RelativeAgreementModel(scenario, scenario.seed());
    }

    @Override
    Scenario scenarioOf(SimState model) {
        return session().scenario();
    }

    @Override
    public boolean validSimState(SimState s) {
        return s instanceof RelativeAgreementModel;
    }

    @Override
    List<String> parameters() {
        return SETTINGS;
    }

    static double[] shares(RelativeAgreementModel m) {
        return new double[] {m.pPlus(), m.pMinus()};
    }

    @Override
    void attachModel(boolean running) {
        RelativeAgreementModel m = (RelativeAgreementModel) state;
        shown = m;
        history.restart(m);
        if (running) {
            recording = scheduleRepeatingImmediatelyAfter(history.recorder());
        }
        if (chart != null) {
            chart.reset(m.schedule.getSteps(), shares(m), session().scenario().ticks());
            if (running) {
                feeding = scheduleRepeatingImmediatelyAfter(chart.feeder(() -> shares(m)));
            }
        }
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(OpinionHistoryPortrayal.WIDTH, OpinionHistoryPortrayal.HEIGHT, this);
        java.awt.Rectangle screen = screen();
        display.setScale(Math.min(1.0, screen.width * 0.6 / OpinionHistoryPortrayal.WIDTH));
        display.setBackdrop(Color.WHITE);
        display.attach(history, "Opinions over time");
        displayFrame = display.createFrame();
        displayFrame.setTitle("radsim — relative agreement");
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        chart = new TimeSeriesWindow("Moderates at the extremes", "share of moderates",
                new String[] {"p'+ (ended at +1)", "p'− (ended at −1)"},
                new Color[] {new Color(0xD7191C), new Color(0x2B5FD9)}, false);
    }

    @Override
    void arrange(Console console) {
        arrangeRight(console, displayFrame, chart.frame());
    }

    @Override
    public void quit() {
        super.quit();
        for (Stoppable s : new Stoppable[] {recording, feeding}) {
            if (s != null) {
                s.stop();
            }
        }
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (chart != null) {
            chart.dispose();
        }
        displayFrame = null;
        display = null;
        chart = null;
    }
}
