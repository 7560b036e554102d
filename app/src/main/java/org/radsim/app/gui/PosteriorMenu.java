package org.radsim.app.gui;

import java.awt.Component;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.io.File;
import java.nio.file.Path;

import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.filechooser.FileNameExtensionFilter;

import sim.display.Console;

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

    private final JMenuItem previous;
    private final JMenuItem next;

    private PosteriorMenu(JMenuItem previous, JMenuItem next) {
        this.previous = previous;
        this.next = next;
    }

    /** Adds the menu to a Console (and "Open posterior…" to its File menu); {@code hasSets} sets the items' state. */
    static PosteriorMenu addTo(Console console, Runnable open, Runnable previousSet, Runnable nextSet,
            boolean hasSets) {
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
