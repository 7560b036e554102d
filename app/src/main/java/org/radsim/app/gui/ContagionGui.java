package org.radsim.app.gui;

import java.awt.Color;
import java.util.List;

import org.radsim.core.classic.contagion.ContagionModel;
import org.radsim.core.scenario.Scenario;

import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.engine.SimState;
import sim.engine.Stoppable;

/**
 * The GUI of the well-mixed Susceptible–Extremist–Recruiter contagion (McCluskey &amp; Santoprete 2018 structure):
 * the agents by state ({@link ContagionPortrayal}), a live chart of the agents' S, E, R fractions with the
 * mean-field ODE's drawn beside them ({@link MeanFieldChart}), and the Model tab with the settings of the
 * {@code contagion:} section (they apply at restart).
 */
public final class ContagionGui extends ScenarioGui {

    /** Side of the (square) field in field units. */
    static final double SIZE = 700;
    private static final List<String> SETTINGS = List.of("contagion.n", "contagion.dt", "contagion.beta",
            "contagion.gamma", "contagion.mu", "contagion.s0", "contagion.r0", "seed", "ticks");

    private volatile ContagionModel shown;
    private final ContagionPortrayal agents = new ContagionPortrayal(this);
    private Display2D display;
    private javax.swing.JFrame displayFrame;
    private MeanFieldChart chart;
    private Stoppable feeding;

    /** The Console's "New Simulation" entry: the built-in contagion scenario. */
    public ContagionGui() {
        this(CivilViolenceGui.builtin("contagion"));
    }

    public ContagionGui(ScenarioSession session) {
        super(session, new ContagionModel(session.scenario(), session.scenario().seed()));
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
        return shown;
    }

    ContagionPortrayal agentsPortrayal() {
        return agents;
    }

    MeanFieldChart chart() {
        return chart;
    }

    Display2D display() {
        return display;
    }

    @Override
    SimState newModel(Scenario scenario) {
        return new ContagionModel(scenario, scenario.seed());
    }

    @Override
    Scenario scenarioOf(SimState model) {
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
    void attachModel(boolean running) {
        ContagionModel m = (ContagionModel) state;
        shown = m;
        if (chart != null) {
            chart.reset(m, session().scenario().ticks());
            if (running) {
                feeding = scheduleRepeatingImmediatelyAfter(chart.feeder(m));
            }
        }
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** The agents drawn into an image without a window (tests, snapshots). */
    java.awt.image.BufferedImage render(int width, int height) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        java.awt.geom.Rectangle2D.Double all = new java.awt.geom.Rectangle2D.Double(0, 0, width, height);
        agents.draw(shown, g, new sim.portrayal.DrawInfo2D(this, agents, all, all));
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
        display.attach(agents, "Agents by state (S, E, R)");
        displayFrame = display.createFrame();
        displayFrame.setTitle("radsim — contagion");
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        chart = new MeanFieldChart();
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
