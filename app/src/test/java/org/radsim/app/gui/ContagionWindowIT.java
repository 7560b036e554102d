package org.radsim.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radsim.app.gui.RealDisplay.waitFor;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import sim.display.Console;

import org.junit.jupiter.api.Test;

/**
 * The contagion GUI in a real window (Xvfb in CI), in the same surefire execution as {@code GuiWindowIT}: open
 * the Console on the built-in contagion scenario, play through the outbreak, check that the chart received the
 * agents' and the ODE's trajectories and that both show the outbreak, take screenshots of the agents' view and the
 * chart (not blank: the three state colours on screen), and close. Skipped without a display unless
 * RADSIM_REQUIRE_DISPLAY=1.
 */
class ContagionWindowIT {

    @Test
    void openPlayThroughTheOutbreakScreenshotAndClose() throws Exception {
        RealDisplay.require();

        // 400 steps of dt 0.1 (t = 40) take the outbreak past its peak of recruiters' growth
        ScenarioSession session = ScenarioSession.open("contagion", List.of("ticks=400"));
        AtomicReference<Console> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> ref.set(ScenarioGui.show(new ContagionGui(session))));
        Console console = ref.get();
        ContagionGui gui = (ContagionGui) console.getSimulation();
        try {
            waitFor(() -> gui.shown() != null && gui.display().isShowing() && gui.chart().frame().isShowing(),
                    "the windows show");
            assertEquals(0, gui.shown().steps(), "opened at step 0");
            assertEquals(Console.PS_STOPPED, console.getPlayState(), "opened stopped");

            SwingUtilities.invokeAndWait(console::pressPlay);
            waitFor(() -> gui.shown().steps() >= 400 || console.getPlayState() == Console.PS_STOPPED, "400 steps played");
            waitFor(() -> gui.shown().steps() >= 400, "the run reached step 400");
            Thread.sleep(600); // the chart's timer drains the queue every 300 ms
            SwingUtilities.invokeAndWait(() -> gui.chart().drainNow());
            int points = gui.chart().points();
            assertTrue(points >= 300, "the chart received the steps: " + points);
            // at t = 40 both trajectories show the outbreak: recruiters well above their start (0.01), susceptibles down
            // last(c): time, agents, ODE
            double[] r = gui.chart().last(2);
            double[] s = gui.chart().last(0);
            assertEquals(40.0, r[0], 1e-9, "the last point is at t = 400 · 0.1");
            assertTrue(r[1] > 0.1 && r[2] > 0.1, "recruiters, agents and ODE: " + r[1] + ", " + r[2]);
            assertTrue(s[1] < 0.5 && s[2] < 0.5, "susceptibles, agents and ODE: " + s[1] + ", " + s[2]);
            for (int c = 0; c < 3; c++) {
                double[] last = gui.chart().last(c);
                assertTrue(Math.abs(last[1] - last[2]) < 0.05, "compartment " + c + ": the agents follow the mean "
                        + "field: " + last[1] + " vs " + last[2]);
            }

            Thread.sleep(300);
            JFrame view = (JFrame) gui.display().getFrame();
            BufferedImage shot = new Robot().createScreenCapture(view.getBounds());
            BufferedImage chartShot = new Robot().createScreenCapture(gui.chart().frame().getBounds());
            new File("target").mkdirs();
            ImageIO.write(shot, "png", new File("target/gui-contagion.png"));
            ImageIO.write(chartShot, "png", new File("target/gui-contagion-chart.png"));
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            ImageIO.write(new Robot().createScreenCapture(screen), "png", new File("target/gui-contagion-screen.png"));
            Set<Integer> colours = colours(shot);
            for (java.awt.Color c : ContagionPortrayal.COLOURS) {
                assertTrue(colours.contains(c.getRGB() | 0xFF000000), "state colour " + Integer.toHexString(c.getRGB())
                        + " on screen");
            }
            Set<Integer> inChart = colours(chartShot);
            assertTrue(inChart.contains(ContagionPortrayal.RECRUITER.getRGB() | 0xFF000000), "recruiter lines drawn");
            assertTrue(inChart.contains(ContagionPortrayal.EXTREMIST.getRGB() | 0xFF000000), "extremist lines drawn");
        } finally {
            SwingUtilities.invokeAndWait(() -> ScenarioGui.close(console));
        }
        assertFalse(console.isDisplayable(), "the Console is closed");
        assertTrue(gui.display() == null, "the displays are released");
        assertFalse(Console.allControllers.containsKey(console));
    }

    private static Set<Integer> colours(BufferedImage shot) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < shot.getHeight(); y++) {
            for (int x = 0; x < shot.getWidth(); x++) {
                colours.add(shot.getRGB(x, y) | 0xFF000000);
            }
        }
        return colours;
    }
}
