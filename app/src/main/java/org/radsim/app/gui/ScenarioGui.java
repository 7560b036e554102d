package org.radsim.app.gui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;

import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;

/**
 * What every radsim GUI shares: a {@link ScenarioSession} behind the run, a model rebuilt from it at each start
 * (so changed settings take effect on restart), the Model tab, a Scenario menu on the Console (open another
 * scenario, save the session as a scenario file, apply and restart), and closing a Console without ending the
 * program when another one is open. Subclasses build the model, the displays and the live levers.
 */
public abstract class ScenarioGui extends GUIState {

    private ScenarioSession session;
    private List<String> applied = List.of();
    private ModelTab modelTab;

    ScenarioGui(ScenarioSession session, SimState initial) {
        super(initial);
        this.session = session;
    }

    /** The model kinds that have a GUI. */
    public static final List<String> MODELS = List.of("radicalization", "civil-violence", "relative-agreement",
            "contagion");

    /** The GUI for a session's model kind (radicalization or one of the classic models). */
    public static ScenarioGui of(ScenarioSession session) {
        return switch (session.scenario().model()) {
            case "radicalization" -> new RadicalizationGui(session);
            case "civil-violence" -> new CivilViolenceGui(session);
            case "relative-agreement" -> new RelativeAgreementGui(session);
            case "contagion" -> new ContagionGui(session);
            default -> throw new IllegalArgumentException("no GUI for model " + session.scenario().model());
        };
    }

    /**
     * Opens a Console on a session and shows it, stopped, with tick 0 of the scenario on screen; returns the
     * Console (call on the Swing thread).
     */
    public static Console show(ScenarioSession session) {
        return (Console) of(session).createController();
    }

    /** Also used by the Console's "New Simulation" menu: the Console, the windows arranged, tick 0 on screen. */
    @Override
    public Controller createController() {
        Console console = new Console(this);
        console.setVisible(true);
        arrange(console);
        preview();
        return console;
    }

    /** Places the extra windows once the Console has placed itself (MASON puts it right of the displays). */
    void arrange(Console console) {
    }

    /**
     * Puts the Console right of the display, as wide as the screen allows and tall enough for the Model tab, and
     * {@code extra} (the charts) below it; on a small screen the charts go to the top left instead.
     */
    static void arrangeRight(Console console, JFrame display, JFrame extra) {
        java.awt.Rectangle screen = screen();
        int x = display.getX() + display.getWidth();
        int w = screen.x + screen.width - x;
        if (w >= 420) {
            int consoleHeight = Math.min(520, screen.height / 2);
            console.setBounds(x, screen.y, w, consoleHeight);
            extra.setBounds(x, screen.y + consoleHeight, w, screen.height - consoleHeight);
        } else {
            extra.setLocation(screen.x + 40, screen.y + 40);
        }
        console.registerFrame(extra);
        extra.setVisible(true);
    }

    /** The usable screen area (without task bars). */
    static java.awt.Rectangle screen() {
        return java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    }

    ScenarioSession session() {
        return session;
    }

    /** A model (a MASON SimState, not started) for a scenario. */
    abstract SimState newModel(Scenario scenario);

    /** The scenario a model (e.g. one read from a checkpoint) runs. */
    abstract Scenario scenarioOf(SimState model);

    /** Key paths of the settings the Model tab offers, in display order. */
    abstract List<String> parameters();

    /** Live levers and readings shown at the top of the Model tab. */
    void addLiveProperties(PropertyList l) {
        l.add("Tick", "Ticks run so far (one tick is one week unless the scenario says otherwise).", Long.TYPE,
                () -> state.schedule.getSteps());
    }

    /**
     * Called after a model started (or a checkpoint was loaded): point portrayals and charts at it.
     * {@code running} is false for a preview, which the Console never steps.
     */
    abstract void attachModel(boolean running);

    @Override
    public void start() {
        state = newModel(session.scenario());
        applied = session.overrides();
        super.start();
        attachModel(true);
        if (controller instanceof Console c) {
            c.setWhenShouldEnd(session.scenario().ticks());
        }
    }

    /**
     * Shows tick 0 of the session's scenario while the Console is stopped, so the population is on screen before
     * the user presses play. Pressing play builds the run afresh from the same scenario and seed, so it starts from
     * exactly this state.
     */
    void preview() {
        state = newModel(session.scenario());
        applied = session.overrides();
        state.start();
        attachModel(false);
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        session = ScenarioSession.of(scenarioOf(loaded), "checkpoint");
        applied = session.overrides();
        attachModel(true);
        if (modelTab != null) {
            modelTab.rebuild();
        }
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        if (c instanceof Console console) {
            // the scenario's seed drives the run, so a run in the GUI matches `radsim run` with the same settings
            console.setIncrementSeedOnStop(false);
            console.setWhenShouldEnd(session.scenario().ticks());
            addScenarioMenu(console);
        }
    }

    @Override
    public Inspector getInspector() {
        modelTab = new ModelTab(this);
        return modelTab;
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 1000;
    }

    /** The Model tab's status line. */
    String statusLine() {
        int waiting = differences(applied, session.overrides());
        String s = String.format(Locale.ROOT, "%s · tick %d of %d", session.scenario().name(),
                state.schedule.getSteps(), session.scenario().ticks());
        return waiting == 0 ? s : s + " · " + waiting + " change" + (waiting == 1 ? "" : "s")
                + " wait for 'Apply and restart'";
    }

    private static int differences(List<String> a, List<String> b) {
        int n = 0;
        for (String x : b) {
            n += a.contains(x) ? 0 : 1;
        }
        return n;
    }

    private void addScenarioMenu(Console console) {
        JMenu menu = new JMenu("Scenario");
        JMenuItem open = new JMenuItem("Open scenario…");
        open.addActionListener(e -> chooseAndOpenScenario());
        JMenuItem save = new JMenuItem("Save as scenario…");
        save.addActionListener(e -> chooseAndSaveScenario());
        JMenuItem apply = new JMenuItem("Apply changes and restart");
        apply.addActionListener(e -> applyAndRestart());
        menu.add(open);
        menu.add(save);
        menu.add(apply);
        console.getJMenuBar().add(menu);
        console.getJMenuBar().revalidate();
    }

    /** Stops the run and shows tick 0 with the session's settings; play starts the new run. */
    void applyAndRestart() {
        if (controller instanceof Console c) {
            c.pressStop();
        }
        preview();
    }

    void chooseAndOpenScenario() {
        JFileChooser chooser = new JFileChooser(new File("."));
        chooser.setFileFilter(new FileNameExtensionFilter("radsim scenarios (*.yaml, *.yml)", "yaml", "yml"));
        if (chooser.showOpenDialog(frameForDialogs()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        try {
            openScenario(chooser.getSelectedFile().getPath());
        } catch (ScenarioException e) {
            JOptionPane.showMessageDialog(frameForDialogs(), e.getMessage(), "Cannot open scenario",
                    JOptionPane.ERROR_MESSAGE);
        }
    }

    /**
     * Opens another scenario: in this Console when it runs the same kind of model, else in a new Console (this
     * one then closes).
     */
    void openScenario(String pathOrName) throws ScenarioException {
        ScenarioSession next = ScenarioSession.open(pathOrName, List.of());
        if (next.scenario().model().equals(session.scenario().model())) {
            if (controller instanceof Console c) {
                c.pressStop();
            }
            session = next;
            applied = session.overrides();
            if (modelTab != null) {
                modelTab.rebuild();
            }
            applyAndRestart();
            return;
        }
        show(next);
        if (controller instanceof Console c) {
            close(c);
        }
    }

    void chooseAndSaveScenario() {
        JFileChooser chooser = new JFileChooser(new File("."));
        chooser.setFileFilter(new FileNameExtensionFilter("radsim scenarios (*.yaml)", "yaml"));
        chooser.setSelectedFile(new File(session.scenario().name() + "-gui.yaml"));
        if (chooser.showSaveDialog(frameForDialogs()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path p = chooser.getSelectedFile().toPath();
        if (!p.getFileName().toString().contains(".")) {
            p = p.resolveSibling(p.getFileName() + ".yaml");
        }
        try {
            saveScenario(p);
            if (modelTab != null) {
                modelTab.say("saved " + p.getFileName() + " (run it headless: radsim run " + p.getFileName() + ")");
            }
        } catch (IOException e) {
            JOptionPane.showMessageDialog(frameForDialogs(), "Cannot write " + p + ": " + e.getMessage(),
                    "Cannot save scenario", JOptionPane.ERROR_MESSAGE);
        }
    }

    /** Writes the session as a scenario file that reproduces it headless. */
    void saveScenario(Path file) throws IOException {
        String comment = "Saved from the radsim GUI; based on " + session.source() + ".\n"
                + (session.overrides().isEmpty() ? "No settings changed."
                        : "Changed: " + String.join(", ", session.overrides()) + ".")
                + "\nInterventions switched off in the GUI are left out. Run it with: radsim run " + file.getFileName();
        Files.writeString(file, session.toYaml(comment), StandardCharsets.UTF_8);
    }

    private JFrame frameForDialogs() {
        return controller instanceof Console c ? c : null;
    }

    /**
     * Closes a Console like its close box does, but without ending the program: MASON quits the JVM when its last
     * Console closes, which the caller (a test, or a Console opened on another scenario) does not want.
     */
    public static void close(Console console) {
        console.pressStop();
        console.getSimulation().quit();
        console.dispose();
        Console.allControllers.remove(console);
    }
}
