package org.radsim.app.gui;

import java.awt.Component;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;

import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.radsim.core.scenario.ScenarioException;

import sim.display.Console;
import sim.display.Controller;

/**
 * The Console's Posterior menu of a GUI that steps through a calibration's ensemble: "Open posterior…" (also in
 * the File menu), "Previous set" (Ctrl+[) and "Next set" (Ctrl+]), each restarting the run with that parameter set
 * (⌘ instead of Ctrl on a Mac). The stepping items are enabled once a posterior is open.
 */
final class PosteriorMenu {

    /** The text of the menu and of its items (tests find them by these). */
    static final String MENU = "Posterior";
    static final String OPEN = "Open posterior…";
    static final String PREVIOUS = "Previous set";
    static final String NEXT = "Next set";

    /** Opens a posterior file on a GUI. */
    @FunctionalInterface
    interface Open {
        void open(Path file) throws ScenarioException;
    }

    /** Shows parameter set k (counted from 0) in a GUI. */
    @FunctionalInterface
    interface Show {
        void show(int k) throws ScenarioException;
    }

    private final JMenuItem previous;
    private final JMenuItem next;

    private PosteriorMenu(JMenuItem previous, JMenuItem next) {
        this.previous = previous;
        this.next = next;
    }

    /**
     * Adds the menu to a Console (and "Open posterior…" to its File menu): {@code open} opens a chosen file,
     * {@code show} shows a set of the GUI's {@code sets}; a refusal shows in a dialog. {@code hasSets} sets the
     * items' state.
     */
    static PosteriorMenu addTo(Console console, Supplier<PosteriorSets> sets, Open opener, Show show,
            boolean hasSets) {
        Runnable open = () -> chooseAndOpen(console, opener);
        Runnable previousSet = () -> step(console, sets.get(), show, -1);
        Runnable nextSet = () -> step(console, sets.get(), show, 1);
        JMenu menu = new JMenu(MENU);
        JMenuItem o = new JMenuItem(OPEN);
        o.addActionListener(e -> open.run());
        int ctrl = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        JMenuItem p = new JMenuItem(PREVIOUS);
        p.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_OPEN_BRACKET, ctrl));
        p.addActionListener(e -> previousSet.run());
        JMenuItem n = new JMenuItem(NEXT);
        n.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_CLOSE_BRACKET, ctrl));
        n.addActionListener(e -> nextSet.run());
        menu.add(o);
        menu.addSeparator();
        menu.add(p);
        menu.add(n);
        console.getJMenuBar().add(menu);
        ConsoleTicks.addToFileMenu(console, OPEN, open);
        PosteriorMenu m = new PosteriorMenu(p, n);
        m.update(hasSets);
        return m;
    }

    /** Enables the stepping items when a posterior is open. */
    void update(boolean hasSets) {
        previous.setEnabled(hasSets);
        next.setEnabled(hasSets);
    }

    /**
     * Shows the next ({@code step} 1) or the previous ({@code step} −1) set of {@code sets} (none when no
     * posterior is open); a set the loader refuses shows in a dialog.
     */
    static void step(Component parent, PosteriorSets sets, Show show, int step) {
        if (sets == null) {
            return;
        }
        try {
            show.show(step > 0 ? sets.next() : sets.previous());
        } catch (ScenarioException e) {
            JOptionPane.showMessageDialog(parent, e.getMessage(), "Cannot use this parameter set",
                    JOptionPane.ERROR_MESSAGE);
        }
    }

    /**
     * Stops the run a Console plays, runs {@code rebuild} (the model with another set, tick 0 on screen) and plays
     * again when it was playing.
     */
    static void restart(Controller controller, Runnable rebuild) {
        boolean playing = controller instanceof Console c && c.getPlayState() == Console.PS_PLAYING;
        if (controller instanceof Console c) {
            c.pressStop();
        }
        rebuild.run();
        if (playing) {
            ((Console) controller).pressPlay();
        }
    }

    private static void chooseAndOpen(Component parent, Open opener) {
        Path p = choose(parent);
        if (p == null) {
            return;
        }
        try {
            opener.open(p);
        } catch (ScenarioException e) {
            JOptionPane.showMessageDialog(parent, e.getMessage(), "Cannot open the posterior",
                    JOptionPane.ERROR_MESSAGE);
        }
    }

    /** Asks for a calibration's posterior.csv; null when the user cancels. */
    static Path choose(Component parent) {
        JFileChooser chooser = new JFileChooser(new File("."));
        chooser.setDialogTitle("Open a calibration's posterior (posterior.csv)");
        chooser.setFileFilter(new FileNameExtensionFilter("posterior tables (posterior.csv)", "csv"));
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        return chooser.getSelectedFile().toPath();
    }
}
