package org.radsim.app.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.util.List;
import java.util.Locale;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

import org.radsim.core.scenario.Key;
import org.radsim.core.scenario.ScenarioException;

import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.util.Interval;

/**
 * The Console's Model tab: buttons to open a scenario, save the session as a scenario and apply changes; the live
 * levers (interventions on/off, effective from the next tick); then the key scenario settings with sliders, whose
 * ranges, units and one-line descriptions (tooltips) come from the scenario schema — the GUI defines no defaults
 * and no ranges of its own. Settings that shape the population or the processes apply when a run starts, so a
 * change made while a run goes on waits for "Apply and restart"; the status line says how many are waiting.
 * The inspector is volatile: the Console refreshes it after every tick.
 */
final class ModelTab extends Inspector {

    private static final long serialVersionUID = 1L;

    private final ScenarioGui gui;
    private final JLabel status = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private SimpleInspector settings;
    private long lastUpdate;
    private final javax.swing.Timer late = new javax.swing.Timer(200, e -> refreshNow());

    ModelTab(ScenarioGui gui) {
        this.gui = gui;
        setLayout(new BorderLayout());
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        buttons.add(button("Open scenario…", "Open another scenario file (YAML).", gui::chooseAndOpenScenario));
        buttons.add(button("Save as scenario…", "Write the scenario with your changes as a YAML file that "
                + "`radsim run` reproduces headless.", gui::chooseAndSaveScenario));
        buttons.add(button("Apply and restart", "Restart the run from tick 0 with the changed settings.",
                gui::applyAndRestart));
        top.add(buttons);
        status.setBorder(BorderFactory.createEmptyBorder(2, 6, 0, 6));
        message.setBorder(BorderFactory.createEmptyBorder(0, 6, 4, 6));
        message.setForeground(new Color(0xA93226));
        top.add(status);
        top.add(message);
        add(top, BorderLayout.NORTH);
        setVolatile(true);
        late.setRepeats(false);
        rebuild();
    }

    private static JButton button(String text, String tip, Runnable action) {
        JButton b = new JButton(text);
        b.setToolTipText(tip);
        b.addActionListener(e -> action.run());
        return b;
    }

    /** Builds the property rows again (after another scenario was opened). */
    void rebuild() {
        if (settings != null) {
            remove(settings);
        }
        settings = new SimpleInspector(properties(), gui, null, 1000);
        settings.setVolatile(true);
        add(settings, BorderLayout.CENTER);
        revalidate();
        updateInspector();
    }

    /** Shows a one-line message (e.g. why a value was refused) under the status line. */
    void say(String text) {
        message.setText(text == null || text.isEmpty() ? " " : text);
    }

    @Override
    public void updateInspector() {
        long now = System.nanoTime();
        if (now - lastUpdate < 200_000_000L && lastUpdate != 0) {
            // the Console asks after every tick; a few refreshes a second are enough to read and cost less. The
            // last request is honoured when the slot ends, so a paused or ended run shows its last tick.
            late.restart();
            return;
        }
        late.stop();
        lastUpdate = now;
        if (settings != null) {
            settings.updateInspector();
        }
        status.setText(gui.statusLine());
    }

    /** The status line as shown (for tests). */
    String statusText() {
        return status.getText();
    }

    /** Refreshes on the Swing thread without waiting for the next refresh slot (the run ended). */
    void refreshSoon() {
        javax.swing.SwingUtilities.invokeLater(this::refreshNow);
    }

    private void refreshNow() {
        lastUpdate = 0;
        updateInspector();
    }

    PropertyList properties() {
        PropertyList l = new PropertyList();
        gui.addLiveProperties(l);
        l.add("— Settings —", "The scenario's settings. Hover over a name for its meaning, unit and range. "
                + "They apply when a run starts: use 'Apply and restart'.", String.class,
                () -> "apply at restart");
        for (String path : gui.parameters()) {
            addSetting(l, path);
        }
        return l;
    }

    private void addSetting(PropertyList l, String path) {
        ScenarioSession session = gui.session();
        Key key = ScenarioSession.keyOf(session.scenario().resolved(), path);
        String doc = key.doc() + " [" + (key.unit().isEmpty() ? "" : key.unit() + "; ") + "range " + key.range()
                + "; default " + key.defaultText() + "] Applies at restart.";
        switch (key.kind()) {
            case NUMBER -> l.add(path, doc, Double.TYPE, () -> ((Number) session.value(path)).doubleValue(),
                    v -> set(path, ((Number) v).doubleValue()), numberDomain(key));
            case INTEGER -> {
                boolean slider = key.max() - key.min() <= 1000;
                l.add(path, doc, slider ? Integer.TYPE : Long.TYPE,
                        () -> slider ? (Object) ((Number) session.value(path)).intValue()
                                : (Object) ((Number) session.value(path)).longValue(),
                        v -> set(path, ((Number) v).longValue()),
                        slider ? new Interval((long) key.min(), (long) key.max()) : null);
            }
            case BOOLEAN -> l.add(path, doc, Boolean.TYPE, () -> session.value(path), v -> set(path, v), null);
            case CHOICE -> {
                List<String> choices = key.choices();
                l.add(path, doc, Integer.TYPE, () -> choices.indexOf(String.valueOf(session.value(path))),
                        v -> set(path, choices.get((Integer) v)), choices.toArray(new String[0]));
            }
            default -> l.add(path, doc, String.class, () -> String.valueOf(session.value(path)));
        }
    }

    private static Interval numberDomain(Key key) {
        if (key.max() - key.min() > 1000) {
            return null;
        }
        double lo = key.minExclusive() ? key.min() + (key.max() - key.min()) / 1000 : key.min();
        return new Interval(lo, key.max());
    }

    private boolean set(String path, Object value) {
        try {
            gui.session().set(path, value);
            say("");
            return true;
        } catch (ScenarioException e) {
            String first = e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).toString();
            say(first.length() > 140 ? first.substring(0, 140) + "…" : first);
            return false;
        } catch (RuntimeException e) {
            say(String.format(Locale.ROOT, "%s refused: %s", path, e.getMessage()));
            return false;
        }
    }
}
