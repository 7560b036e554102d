package org.radsim.app.gui;

import java.awt.Color;
import java.util.List;

import org.radsim.core.classic.civilviolence.CivilViolence;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;

import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.engine.SimState;
import sim.engine.Stoppable;

/**
 * The GUI of Epstein's civil-violence model (Epstein 2002): the grid of quiet, active and jailed citizens and
 * cops, a chart of the three citizen counts over time, and the Model tab with legitimacy, cop density and the
 * other settings of the {@code civil_violence:} section (they apply at restart: the model draws its agents from
 * them when it starts).
 */
public final class CivilViolenceGui extends ScenarioGui {

    /** Side of the (square) field in field units. */
    static final double SIZE = 700;
    private static final List<String> SETTINGS = List.of("civil_violence.legitimacy", "civil_violence.cop_density",
            "civil_violence.citizen_density", "civil_violence.vision", "civil_violence.max_jail_term",
            "civil_violence.threshold", "civil_violence.k", "civil_violence.arrest_rule", "civil_violence.movement",
            "civil_violence.width", "civil_violence.height", "seed", "ticks");

    private volatile CivilViolence shown;
    private final CivilViolencePortrayal grid = new CivilViolencePortrayal(this);
    private Display2D display;
    private javax.swing.JFrame displayFrame;
    private TimeSeriesWindow chart;
    private Stoppable feeding;

    /** The Console's "New Simulation" entry: validation target CV-1 (punctuated equilibrium). */
    public CivilViolenceGui() {
        this(builtin("validation/cv1-punctuated-equilibrium"));
    }

    public CivilViolenceGui(ScenarioSession session) {
        super(session, new CivilViolence(session.scenario(), session.scenario().seed()));
    }

    static ScenarioSession builtin(String name) {
        try {
            return ScenarioSession.open(name, List.of());
        } catch (ScenarioException e) {
            throw new IllegalStateException("the built-in scenario " + name + " does not load: " + e.getMessage(), e);
        }
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
        return shown;
    }

    CivilViolencePortrayal gridPortrayal() {
        return grid;
    }

    @Override
    SimState newModel(Scenario scenario) {
        return new CivilViolence(scenario, scenario.seed());
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

    static double[] counts(CivilViolence m) {
        int actives = m.actives();
        int jailed = m.jailed();
        return new double[] {m.citizens() - actives - jailed, actives, jailed};
    }

    @Override
    void attachModel(boolean running) {
        CivilViolence m = (CivilViolence) state;
        shown = m;
        if (chart != null) {
            chart.reset(m.schedule.getSteps(), counts(m), session().scenario().ticks());
            if (running) {
                feeding = scheduleRepeatingImmediatelyAfter(chart.feeder(() -> counts(m)));
            }
        }
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** The grid drawn into an image without a window (tests, snapshots). */
    java.awt.image.BufferedImage render(int width, int height) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        java.awt.geom.Rectangle2D.Double all = new java.awt.geom.Rectangle2D.Double(0, 0, width, height);
        grid.draw(shown, g, new sim.portrayal.DrawInfo2D(this, grid, all, all));
        g.dispose();
        return img;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(SIZE, SIZE, this);
        java.awt.Rectangle screen = screen();
        display.setScale(Math.min(1.0, (screen.height - 90) / SIZE));
        display.setBackdrop(Color.WHITE);
        display.attach(grid, "Grid (quiet, active, jailed, cops)");
        displayFrame = display.createFrame();
        displayFrame.setTitle("radsim — civil violence");
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        chart = new TimeSeriesWindow("Citizens over time", "citizens", new String[] {"quiet", "active", "jailed"},
                new Color[] {new Color(0x5E9E63), CivilViolencePortrayal.ACTIVE, CivilViolencePortrayal.JAILED}, true);
    }

    @Override
    void arrange(Console console) {
        arrangeRight(console, displayFrame, chart.frame());
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
        if (chart != null) {
            chart.dispose();
        }
        displayFrame = null;
        display = null;
        chart = null;
    }
}
