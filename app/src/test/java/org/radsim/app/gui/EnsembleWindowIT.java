package org.radsim.app.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radsim.app.gui.RealDisplay.waitFor;

import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.calibration.Posterior;
import org.radsim.core.scenario.ScenarioLoader;

import sim.display.Console;

/**
 * A calibration's ensemble in the real Console (Xvfb in CI): open a posterior, step to set 2 with the Posterior
 * menu's "Next set" item, and the window titles say "parameter set 2 of 3"; the run played with set 2 is the
 * headless run with set 2's overrides. Skipped without a display unless RADSIM_REQUIRE_DISPLAY=1.
 */
class EnsembleWindowIT {

    @Test
    void openAPosteriorStepToSetTwoAndTheTitleSaysSo(@TempDir Path dir) throws Exception {
        RealDisplay.require();
        Path file = PosteriorSetsTest.posterior(dir);
        ScenarioSession session = ScenarioSession.open("baseline", PosteriorSetsTest.SMALL);
        AtomicReference<Console> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> ref.set(ScenarioGui.show(new RadicalizationGui(session))));
        Console console = ref.get();
        RadicalizationGui gui = (RadicalizationGui) console.getSimulation();
        try {
            waitFor(() -> gui.display() != null && gui.display().isShowing(), "the window shows");
            AtomicReference<JMenuItem> next = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                next.set(item(console.getJMenuBar(), PosteriorMenu.MENU, PosteriorMenu.NEXT));
                assertNotNull(item(console.getJMenuBar(), "File", PosteriorMenu.OPEN), "File ▸ Open posterior…");
                assertTrue(!next.get().isEnabled(), "nothing to step through before a posterior is open");
            });
            assertEquals(KeyStroke.getKeyStroke(KeyEvent.VK_CLOSE_BRACKET,
                    Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()), next.get().getAccelerator());

            SwingUtilities.invokeAndWait(() -> {
                try {
                    gui.openPosterior(file);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            assertTrue(titleOf(gui).endsWith("parameter set 1 of 3"), titleOf(gui));
            SwingUtilities.invokeAndWait(() -> next.get().doClick());
            assertTrue(titleOf(gui).endsWith("parameter set 2 of 3"), "display window: " + titleOf(gui));
            AtomicReference<String> consoleTitle = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> consoleTitle.set(console.getTitle()));
            assertTrue(consoleTitle.get().endsWith("parameter set 2 of 3"), "Console: " + consoleTitle.get());
            assertEquals(0, gui.model().schedule.getSteps(), "set 2 restarts at tick 0");

            SwingUtilities.invokeAndWait(console::pressPlay);
            waitFor(() -> console.getPlayState() == Console.PS_STOPPED, "the run with set 2 ends by itself");
            Thread.sleep(300);
            AtomicReference<String> status = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> status.set(gui.statusLine()));
            assertTrue(status.get().contains("tick 40 of 40") && status.get().endsWith("parameter set 2 of 3"),
                    status.get());
            List<String> withSet = new ArrayList<>(PosteriorSetsTest.SMALL);
            withSet.addAll(Posterior.read(file).overrides(1));
            List<double[]> headless = CompareGuiTest.headless(ScenarioLoader.load("baseline", withSet));
            assertArrayEquals(headless.get(40), gui.chartRow(), "the last tick of set 2 equals the headless run");
        } finally {
            SwingUtilities.invokeAndWait(() -> ScenarioGui.close(console));
        }
    }

    @Test
    void compareWithCarriesTheOpenPosteriorAndItsSetToBothSides(@TempDir Path dir) throws Exception {
        RealDisplay.require();
        Path file = PosteriorSetsTest.posterior(dir);
        // as changed in the Model tab: such changes apply to both sides of a comparison opened from the menu
        ScenarioSession session = ScenarioSession.open("baseline", List.of());
        session.set("population.size", 2000);
        session.set("ticks", 40);
        session.set("warm_up", 26);
        AtomicReference<Console> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                RadicalizationGui gui = new RadicalizationGui(session);
                ref.set(ScenarioGui.show(gui));
                gui.openPosterior(file);
                gui.stepSets(1);
                ref.set(gui.compareWith("baseline"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Console console = ref.get();
        CompareGui pair = (CompareGui) console.getSimulation();
        try {
            waitFor(() -> pair.displayFrame() != null && pair.displayFrame().isShowing(), "the window shows");
            AtomicReference<String> title = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> title.set(pair.displayFrame().getTitle()));
            assertTrue(title.get().endsWith("parameter set 2 of 3"), title.get());
            for (int side = 0; side < 2; side++) {
                assertEquals(0.9, ((Number) ScenarioSession.lookup(pair.session(side).scenario().resolved(),
                        "recruiters.join_probability")).doubleValue(), "side " + side + " runs set 2");
            }
            JMenuItem previous = item(console.getJMenuBar(), PosteriorMenu.MENU, PosteriorMenu.PREVIOUS);
            SwingUtilities.invokeAndWait(previous::doClick);
            SwingUtilities.invokeAndWait(() -> title.set(pair.displayFrame().getTitle()));
            assertTrue(title.get().endsWith("parameter set 1 of 3"), title.get());
            assertEquals(0.2, ((Number) ScenarioSession.lookup(pair.session(1).scenario().resolved(),
                    "recruiters.join_probability")).doubleValue(), "B steps with A");
            assertEquals(pair.session(0).scenario().seed(), pair.session(1).scenario().seed(), "B keeps A's seed");
        } finally {
            SwingUtilities.invokeAndWait(() -> ScenarioGui.close(console));
        }
    }

    private static String titleOf(RadicalizationGui gui) throws Exception {
        AtomicReference<String> t = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> t.set(((javax.swing.JFrame) gui.display().getFrame()).getTitle()));
        return t.get();
    }

    private static JMenuItem item(JMenuBar bar, String menu, String text) {
        for (int m = 0; m < bar.getMenuCount(); m++) {
            JMenu j = bar.getMenu(m);
            if (j != null && menu.equals(j.getText())) {
                for (int k = 0; k < j.getItemCount(); k++) {
                    if (j.getItem(k) != null && text.equals(j.getItem(k).getText())) {
                        return j.getItem(k);
                    }
                }
            }
        }
        return null;
    }
}
