package org.radsim.app.gui;

import java.awt.Component;
import java.awt.Container;

import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;

import sim.display.Console;

/**
 * The Console's tick counter, made to agree with the rest of the GUI. Every radsim model schedules its processes
 * from time 0, so after t ticks MASON's schedule time is t − 1 while its step count is t; the views, the charts
 * and the Model tab show steps ("tick t" = t ticks run), so the Console is switched to show steps as well.
 */
final class ConsoleTicks {

    /** The Console's choice that shows the number of steps (ticks) run. */
    static final String STEPS = "Steps";

    private ConsoleTicks() {
    }

    /** Switches the Console's time display from schedule time to steps (ticks run). */
    static void showTicks(Console console) {
        JComboBox<?> box = timeChoice(console.getContentPane());
        if (box != null) {
            for (int k = 0; k < box.getItemCount(); k++) {
                if (STEPS.equals(String.valueOf(box.getItemAt(k)))) {
                    box.setSelectedIndex(k);
                }
            }
        }
    }

    /**
     * Sets a Console up for runs of {@code ticks} ticks: the scenario's seed drives every run (so a run in the
     * GUI matches the headless one with the same settings), the run stops after {@code ticks}, the counter shows
     * ticks.
     */
    static void runScenarioSeed(Console console, long ticks) {
        console.setIncrementSeedOnStop(false);
        console.setWhenShouldEnd(ticks);
        showTicks(console);
    }

    /** The text of the Console's time display (for tests). */
    static String shown(Console console) {
        JComboBox<?> box = timeChoice(console.getContentPane());
        if (box == null) {
            return null;
        }
        // the time label sits in the tool bar next to the box that holds the choice
        Container p = box.getParent();
        for (int depth = 0; p != null && depth < 3; depth++, p = p.getParent()) {
            for (Component c : p.getComponents()) {
                if (c instanceof JLabel l && l.getText() != null && l.getText().matches("\\s*-?[0-9.,]+\\s*")) {
                    return l.getText().trim();
                }
            }
        }
        return null;
    }

    private static JComboBox<?> timeChoice(Container c) {
        for (Component child : c.getComponents()) {
            if (child instanceof JComboBox<?> box) {
                for (int k = 0; k < box.getItemCount(); k++) {
                    if (STEPS.equals(String.valueOf(box.getItemAt(k)))) {
                        return box;
                    }
                }
            }
            if (child instanceof Container inner) {
                JComboBox<?> found = timeChoice(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Adds an item to the Console's File menu, after its first entries. */
    static void addToFileMenu(Console console, String text, Runnable action) {
        if (console.getJMenuBar() == null || console.getJMenuBar().getMenuCount() == 0) {
            return;
        }
        JMenu file = console.getJMenuBar().getMenu(0);
        JMenuItem item = new JMenuItem(text);
        item.addActionListener(e -> action.run());
        file.insert(item, Math.min(2, file.getItemCount()));
    }
}
