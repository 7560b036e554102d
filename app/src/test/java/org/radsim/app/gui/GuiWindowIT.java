package org.radsim.app.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;
import org.radsim.core.population.Stage;

import sim.display.Console;

/**
 * The real Console in a real window (Xvfb in CI): open it on the baseline (plus two interventions), play a few
 * hundred ticks, switch an intervention off through the Model tab, take a screenshot, measure the frame rate
 * with 20 000 citizens, and close. Runs in its own surefire execution without java.awt.headless; skipped when
 * there is no display unless RADSIM_REQUIRE_DISPLAY=1.
 */
class GuiWindowIT {

    @Test
    void openPlaySwitchScreenshotAndClose() throws Exception {
        RealDisplay.require();

        ScenarioSession session = ScenarioSession.open("baseline", ScenarioSessionTest.WITH_INTERVENTIONS);
        AtomicReference<Console> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> ref.set(ScenarioGui.show(new RadicalizationGui(session))));
        Console console = ref.get();
        RadicalizationGui gui = (RadicalizationGui) console.getSimulation();
        try {
            waitFor(() -> gui.model().population() != null && gui.display().isShowing(), "the window shows");
            assertEquals(0, gui.model().schedule.getSteps(), "opened at tick 0");
            assertEquals(Console.PS_STOPPED, console.getPlayState(), "opened stopped: the play button plays");

            long frames0 = gui.citizensPortrayal().frames();
            long t0 = System.nanoTime();
            SwingUtilities.invokeAndWait(console::pressPlay);
            waitFor(() -> gui.model().schedule.getSteps() >= 200, "200 ticks played");
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "playing: %.1f ticks/s, %.1f frames/s drawn%n",
                    gui.model().schedule.getSteps() / seconds, (gui.citizensPortrayal().frames() - frames0) / seconds);
            SwingUtilities.invokeAndWait(console::pressPause);
            long paused = gui.model().schedule.getSteps();
            assertTrue(paused >= 200 && paused <= 520, "tick counter advanced: " + paused);
            assertTrue(gui.charts().points() > 1, "the charts received rows");
            Thread.sleep(500);
            AtomicReference<String> status = new AtomicReference<>();
            AtomicReference<String> counter = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                status.set(((ModelTab) console.getModelInspector()).statusText());
                counter.set(ConsoleTicks.shown(console));
            });
            assertTrue(status.get().contains("tick " + paused + " of 520"), "paused at " + paused + ", Model tab: "
                    + status.get());
            assertEquals(Long.toString(paused), counter.get(), "paused: the Console shows the same tick");

            ModelTab tab = (ModelTab) console.getModelInspector();
            PropertyList props = tab.properties();
            int jobs = index(props, "On: jobs");
            assertTrue(gui.model().interventions().all().get(0).running(), "jobs runs before the switch");
            SwingUtilities.invokeAndWait(() -> props.setValue(jobs, "false"));
            SwingUtilities.invokeAndWait(console::pressPause); // the pause button also resumes
            waitFor(() -> gui.model().schedule.getSteps() >= paused + 5, "5 more ticks");
            SwingUtilities.invokeAndWait(console::pressPause);
            assertFalse(gui.model().interventions().all().get(0).running(), "switched off from the next tick");

            double fps = framesPerSecond(gui, 60);
            System.out.printf(Locale.ROOT, "population view: %.1f frames/s with %d citizens (%dx%d px)%n", fps,
                    gui.model().population().size, gui.display().insideDisplay.getWidth(),
                    gui.display().insideDisplay.getHeight());
            assertTrue(fps >= 15, "at least 15 frames per second, measured " + fps);

            Thread.sleep(300);
            JFrame frame = (JFrame) gui.display().getFrame();
            Rectangle bounds = frame.getBounds();
            BufferedImage shot = new Robot().createScreenCapture(bounds);
            new File("target").mkdirs();
            ImageIO.write(shot, "png", new File("target/gui-window.png"));
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            ImageIO.write(new Robot().createScreenCapture(screen), "png", new File("target/gui-screen.png"));
            assertNotBlank(shot);
        } finally {
            SwingUtilities.invokeAndWait(() -> ScenarioGui.close(console));
        }
        assertFalse(console.isDisplayable(), "the Console is closed");
        assertTrue(gui.display() == null, "the displays are released");
        assertFalse(Console.allControllers.containsKey(console));
    }

    @Test
    void aRunToTheEndShowsTheSameLastTickInTheViewTheConsoleAndTheModelTab() throws Exception {
        RealDisplay.require();
        ScenarioSession session = ScenarioSession.open("baseline", List.of("population.size=2000", "ticks=120"));
        AtomicReference<Console> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> ref.set(ScenarioGui.show(new RadicalizationGui(session))));
        Console console = ref.get();
        RadicalizationGui gui = (RadicalizationGui) console.getSimulation();
        try {
            waitFor(() -> gui.display().isShowing(), "the window shows");
            SwingUtilities.invokeAndWait(console::pressPlay);
            waitFor(() -> console.getPlayState() == Console.PS_STOPPED, "the run ends by itself");
            Thread.sleep(600);
            SwingUtilities.invokeAndWait(() -> { });
            assertEquals(120, gui.model().schedule.getSteps(), "the model ran every tick");
            AtomicReference<String> shown = new AtomicReference<>();
            AtomicReference<String> status = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                shown.set(ConsoleTicks.shown(console));
                status.set(((ModelTab) console.getModelInspector()).statusText());
            });
            assertEquals("120", shown.get(), "the Console shows ticks run, not the schedule time (119)");
            assertTrue(status.get().contains("tick 120 of 120"), "Model tab: " + status.get());
            assertTrue(gui.view().caption().startsWith("tick 120 "), "population view: " + gui.view().caption());
        } finally {
            SwingUtilities.invokeAndWait(() -> ScenarioGui.close(console));
        }
    }

    @Test
    void twoPoliciesSideBySidePlayToTheEndAsTwoHeadlessRuns() throws Exception {
        RealDisplay.require();
        List<String> small = List.of("population.size=5000", "ticks=220");
        ScenarioSession a = ScenarioSession.open("baseline", small);
        ScenarioSession b = CompareGui.twin(a, "baseline", CompareGuiTest.with(small,
                ScenarioSessionTest.WITH_INTERVENTIONS));
        AtomicReference<Console> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> ref.set(CompareGui.show(new RadicalizationGui(a).compare(b))));
        Console console = ref.get();
        CompareGui gui = (CompareGui) console.getSimulation();
        try {
            waitFor(() -> gui.displayFrame().isShowing(), "the window shows");
            assertEquals(Console.PS_STOPPED, console.getPlayState(), "opened stopped: the play button plays");
            long t0 = System.nanoTime();
            SwingUtilities.invokeAndWait(console::pressPlay);
            waitFor(() -> console.getPlayState() == Console.PS_STOPPED, "the run ends by itself at tick 220");
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "side by side: %.1f ticks/s (2 x 5000 citizens)%n", 220 / seconds);
            Thread.sleep(600);
            AtomicReference<String> shown = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                gui.charts().drainNow();
                shown.set(ConsoleTicks.shown(console));
            });
            assertEquals(220, gui.pair().a().schedule.getSteps());
            assertEquals(220, gui.pair().b().schedule.getSteps());
            assertEquals("220", shown.get(), "the Console shows ticks run");
            List<double[]> rowsA = gui.charts().rows(0);
            List<double[]> rowsB = gui.charts().rows(1);
            assertEquals(221, rowsA.size());
            List<double[]> headlessA = CompareGuiTest.headless(a.scenario());
            List<double[]> headlessB = CompareGuiTest.headless(b.scenario());
            for (int t = 0; t <= 220; t++) {
                assertArrayEquals(headlessA.get(t), rowsA.get(t), "A at tick " + t);
                assertArrayEquals(headlessB.get(t), rowsB.get(t), "B at tick " + t);
            }
            assertFalse(java.util.Arrays.equals(rowsA.get(220), rowsB.get(220)), "the interventions change B");

            Thread.sleep(300);
            Rectangle bounds = gui.displayFrame().getBounds();
            BufferedImage shot = new Robot().createScreenCapture(bounds);
            new File("target").mkdirs();
            ImageIO.write(shot, "png", new File("target/gui-compare-window.png"));
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            ImageIO.write(new Robot().createScreenCapture(screen), "png", new File("target/gui-compare-screen.png"));
            int half = shot.getWidth() / 2;
            assertNotBlank(shot.getSubimage(0, 0, half, shot.getHeight()));
            assertNotBlank(shot.getSubimage(half, 0, shot.getWidth() - half, shot.getHeight()));
            assertTrue(has(shot.getSubimage(0, 0, half, shot.getHeight()), CompareCharts.A.getRGB()),
                    "side A's title on the left");
            assertTrue(has(shot.getSubimage(half, 0, shot.getWidth() - half, shot.getHeight()),
                    CompareCharts.B.getRGB()), "side B's title on the right");
        } finally {
            SwingUtilities.invokeAndWait(() -> ScenarioGui.close(console));
        }
        assertFalse(console.isDisplayable(), "the Console is closed");
        assertTrue(gui.displayFrame() == null, "the displays are released");
    }

    private static boolean has(BufferedImage img, int rgb) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) | 0xFF000000) == (rgb | 0xFF000000)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Repaints the population view {@code n} times on the Swing thread, synchronously, and times it. */
    private static double framesPerSecond(RadicalizationGui gui, int n) throws Exception {
        long[] nanos = new long[1];
        long before = gui.citizensPortrayal().frames();
        SwingUtilities.invokeAndWait(() -> {
            var inside = gui.display().insideDisplay;
            for (int k = 0; k < 5; k++) {
                inside.paintImmediately(0, 0, inside.getWidth(), inside.getHeight());
            }
            long t0 = System.nanoTime();
            for (int k = 0; k < n; k++) {
                inside.paintImmediately(0, 0, inside.getWidth(), inside.getHeight());
            }
            java.awt.Toolkit.getDefaultToolkit().sync();
            nanos[0] = System.nanoTime() - t0;
        });
        assertTrue(gui.citizensPortrayal().frames() - before >= n + 5, "every repaint drew the citizens");
        return n / (nanos[0] / 1e9);
    }

    /** Not blank: many colours, and the neutral and radicalized stage colours and the recruiter marker appear. */
    private static void assertNotBlank(BufferedImage shot) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < shot.getHeight(); y += 2) {
            for (int x = 0; x < shot.getWidth(); x += 2) {
                colours.add(shot.getRGB(x, y) | 0xFF000000);
            }
        }
        assertTrue(colours.size() > 20, "the screenshot has " + colours.size() + " colours");
        for (int rgb : new int[] {StagePalette.colour(Stage.NEUTRAL).getRGB(),
                StagePalette.colour(Stage.RADICALIZED).getRGB(), StagePalette.RECRUITER.getRGB()}) {
            assertTrue(colours.contains(rgb | 0xFF000000), "colour " + Integer.toHexString(rgb) + " on screen");
        }
    }

    private static int index(PropertyList l, String prefix) {
        for (int k = 0; k < l.numProperties(); k++) {
            if (l.getName(k).startsWith(prefix)) {
                return k;
            }
        }
        throw new AssertionError("no property " + prefix);
    }
}
