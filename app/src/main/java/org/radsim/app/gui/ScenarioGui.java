package org.radsim.app.gui;

import java.awt.Color;
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
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;

/**
 * What every radsim GUI of one run shares (the frame base of the radicalization and the classic GUIs): a
 * {@link ScenarioSession} behind the run, a model rebuilt from it at each start (so changed settings take effect
 * on restart), one display drawing the model's {@link ModelView}, one live chart window, the Model tab, a Scenario
 * menu on the Console (open another scenario, save the session as a scenario file, apply and restart, compare
 * with another scenario side by side), and closing a Console without ending the program when another one is
 * open. Subclasses name the view, the chart and the settings; which GUI a model kind gets is decided where
 * {@code radsim gui} opens one ({@code GuiCommand}), handed in as an {@link Opener}.
 */
public abstract class ScenarioGui extends GUIState {

    /** Opens the GUI of a session's model kind (the model switch lives with the command that opens GUIs). */
    @FunctionalInterface
    public interface Opener {
        /** A GUI for the session; an {@link IllegalArgumentException} names a model kind without one. */
        ScenarioGui open(ScenarioSession session);
    }

    private ScenarioSession session;
    private List<String> applied = List.of();
    private ModelTab modelTab;
    private final ModelView view;
    private Opener opener;
    private Display2D display;
    private JFrame displayFrame;
    private ChartWindow charts;
    private final RepeatingSteps repeating = new RepeatingSteps();
    private final Recorder recorder = new Recorder();
    private PosteriorSets sets;
    private PosteriorMenu posteriorMenu;

    ScenarioGui(ScenarioSession session, ModelView view) {
        super(view.newModel(session.scenario()));
        this.session = session;
        this.view = view;
    }

    /** Sets how a scenario of another model kind is opened (Scenario ▸ Open…); returns this GUI. */
    public ScenarioGui openWith(Opener o) {
        this.opener = o;
        return this;
    }

    /**
     * Opens a Console on a GUI and shows it, stopped, with tick 0 of the scenario on screen; returns the
     * Console (call on the Swing thread).
     */
    public static Console show(ScenarioGui gui) {
        return (Console) gui.createController();
    }

    /** Also used by the Console's "New Simulation" menu: the Console, the windows arranged, tick 0 on screen. */
    @Override
    public Controller createController() {
        Console console = new Console(this);
        console.setVisible(true);
        arrangeRight(console, displayFrame, charts.frame());
        preview();
        return console;
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

    /** What the display draws. */
    ModelView view() {
        return view;
    }

    /** A fresh view of this GUI's model kind (for each side of a comparison). */
    abstract ModelView newView();

    Display2D display() {
        return display;
    }

    ChartWindow charts() {
        return charts;
    }

    /** The scenario a model (e.g. one read from a checkpoint) runs. */
    abstract Scenario scenarioOf(SimState model);

    /** Key paths of the settings the Model tab offers, in display order. */
    abstract List<String> parameters();

    /** The title of the display window. */
    abstract String displayTitle();

    /** The live charts, in a window (built once, in {@link #init}) or offscreen (for a recording). */
    abstract ChartWindow newCharts(boolean window);

    /** The values the chart window draws, read from the shown model after each tick. */
    abstract double[] chartRow();

    /** Live levers and readings shown at the top of the Model tab. */
    void addLiveProperties(PropertyList l) {
        l.add("Tick", "Ticks run so far (one tick is one week unless the scenario says otherwise).", Long.TYPE,
                () -> state.schedule.getSteps());
        if (sets != null) {
            PosteriorSets shown = sets;
            l.add("Parameter set", "The calibrated parameter set this run uses (Posterior menu: Previous set Ctrl+[, "
                    + "Next set Ctrl+]); the same as radsim run with --set of these values.", String.class,
                    shown::describe);
        }
    }

    /**
     * Called after a model started (or a checkpoint was loaded): point the view and the charts at it.
     * {@code running} is false for a preview, which the Console never steps.
     */
    void attachModel(boolean running) {
        repeating.stopAll();
        view.prepare(state, session.interventionsOn());
        view.show(state);
        if (running) {
            repeating.add(scheduleRepeatingImmediatelyAfter((Steppable) s -> {
                view.afterTick();
                recorder.afterTick(s.schedule.getSteps());
            }));
        }
        if (charts == null) {
            // no window (headless: tests, snapshots): the same charts offscreen
            charts = newCharts(false);
        }
        if (charts != null) {
            charts.reset(state.schedule.getSteps(), chartRow(), session.scenario().ticks());
            if (running) {
                repeating.add(scheduleRepeatingImmediatelyAfter(charts.feeder(this::chartRow)));
            }
        }
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    @Override
    public void start() {
        state = view.newModel(session.scenario());
        applied = session.overrides();
        super.start();
        attachModel(true);
        if (controller instanceof Console c) {
            c.setWhenShouldEnd(session.scenario().ticks());
        }
        recorder.runStarted(state.schedule, this::beginRecording);
    }

    /**
     * Shows tick 0 of the session's scenario while the Console is stopped, so the population is on screen before
     * the user presses play. Pressing play builds the run afresh from the same scenario and seed, so it starts from
     * exactly this state.
     */
    void preview() {
        recorder.previewShown();
        state = view.newModel(session.scenario());
        applied = session.overrides();
        state.start();
        attachModel(false);
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        session = ScenarioSession.of(scenarioOf(loaded), "checkpoint");
        applied = session.overrides();
        // a checkpoint carries its own scenario, which is not one of the posterior's sets
        forgetPosterior();
        attachModel(true);
        if (modelTab != null) {
            modelTab.rebuild();
        }
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(view.width(), view.height(), this);
        java.awt.Rectangle screen = screen();
        // leave room on the right for the Console and the charts
        display.setScale(Math.min(1.0, Math.min(screen.width * 0.62 / view.width(),
                (screen.height - 90) / view.height())));
        display.setBackdrop(Color.WHITE);
        view.attachTo(display);
        displayFrame = display.createFrame();
        displayFrame.setTitle(frameTitle());
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        if (charts != null) {
            charts.dispose();
        }
        charts = newCharts(true);
        if (c instanceof Console console) {
            // the scenario's seed drives the run, so a run in the GUI matches `radsim run` with the same settings
            ConsoleTicks.runScenarioSeed(console, session.scenario().ticks());
            addScenarioMenu(console);
            posteriorMenu = PosteriorMenu.addTo(console, this::posteriorSets, this::openPosterior, this::showSet,
                    sets != null);
            updateTitles();
        }
    }

    @Override
    public void finish() {
        super.finish();
        recorder.runEnded();
        if (modelTab != null) {
            // the Model tab refreshes a few times a second; when the run ends it shows the last tick at once
            modelTab.refreshSoon();
        }
    }

    @Override
    public void quit() {
        super.quit();
        recorder.stopQuietly();
        repeating.stopAll();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        if (charts != null) {
            charts.dispose();
        }
        displayFrame = null;
        display = null;
        charts = null;
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
        s += recorder.status();
        if (sets != null) {
            s += " · " + sets.title();
        }
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
        JMenuItem compare = new JMenuItem("Compare with…");
        compare.addActionListener(e -> chooseAndCompare());
        menu.add(open);
        menu.add(save);
        menu.add(apply);
        menu.addSeparator();
        menu.add(compare);
        menu.addSeparator();
        RecordingMenu.addTo(menu, "Snapshot of view and charts (PNG)…", this::chooseAndSnapshot,
                this::chooseAndRecord, this::stopAndSay);
        ConsoleTicks.addToFileMenu(console, "Compare with…", this::chooseAndCompare);
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
        } catch (ScenarioException | IllegalStateException | IllegalArgumentException e) {
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
            // the posterior's sets were checked against the previous scenario
            forgetPosterior();
            if (modelTab != null) {
                modelTab.rebuild();
            }
            applyAndRestart();
            return;
        }
        if (opener == null) {
            throw new IllegalStateException("a " + next.scenario().model() + " scenario opens in its own Console: "
                    + "radsim gui " + pathOrName);
        }
        show(opener.open(next).openWith(opener));
        if (controller instanceof Console c) {
            close(c);
        }
    }

    /** A side-by-side comparison of this GUI's session (A) with {@code alt} (B, see {@link CompareGui#twin}). */
    public CompareGui compare(ScenarioSession alt) {
        return new CompareGui(session, alt, this::newView);
    }

    /**
     * Steps through the parameter sets of a posterior opened on this GUI's session ({@code PosteriorSets.of(post,
     * session, null)}): shows set 1 of N now; the Posterior menu steps on. Returns this GUI.
     */
    public ScenarioGui usePosterior(PosteriorSets posterior) throws ScenarioException {
        return usePosterior(posterior, 0);
    }

    /** As {@link #usePosterior(PosteriorSets)}, showing set k (counted from 0). */
    ScenarioGui usePosterior(PosteriorSets posterior, int k) throws ScenarioException {
        sets = posterior;
        showSet(k);
        return this;
    }

    /** The posterior this GUI steps through; null when none is open. */
    PosteriorSets posteriorSets() {
        return sets;
    }

    /**
     * Opens a posterior on the scenario as it was before any set was applied (with the settings changed so far)
     * and shows its first set.
     *
     * @throws ScenarioException when the file is not a posterior or a set does not fit the scenario
     */
    void openPosterior(Path file) throws ScenarioException {
        usePosterior(PosteriorSets.open(file, sets == null ? session : sets.origin(0), null));
    }

    /**
     * Rebuilds the model with parameter set k (counted from 0) of the open posterior and restarts: tick 0 is shown,
     * and a run that was playing plays on from it. The interventions switched on or off are kept; settings
     * changed in the Model tab are not (each set starts from the scenario the posterior was opened on).
     */
    void showSet(int k) throws ScenarioException {
        ScenarioSession next = sets.sessionA(k);
        PosteriorSets.keepSwitches(session, next);
        PosteriorMenu.restart(controller, () -> {
            sets.select(k);
            session = next;
            applied = session.overrides();
            if (modelTab != null) {
                modelTab.rebuild();
                modelTab.say(sets.title() + ": " + sets.values());
            }
            preview();
            updateTitles();
        });
    }

    /** Shows the next ({@code step} 1) or the previous ({@code step} −1) parameter set of the open posterior. */
    void stepSets(int step) {
        PosteriorMenu.step(frameForDialogs(), sets, this::showSet, step);
    }

    private void forgetPosterior() {
        if (sets != null) {
            sets = null;
            say("the posterior was closed: its parameter sets belong to the previous scenario");
        }
        updateTitles();
    }

    /** The display window's title: the view, and "parameter set k of N" when a posterior is open. */
    String frameTitle() {
        return displayTitle() + (sets == null ? "" : " — " + sets.title());
    }

    /** Puts the title on the display window and the Console (and the Posterior menu's state). */
    private void updateTitles() {
        if (displayFrame != null) {
            displayFrame.setTitle(frameTitle());
        }
        if (controller instanceof Console c) {
            String name = GUIState.getName(getClass());
            c.setTitle(sets == null ? name : name + " — " + sets.title());
        }
        if (posteriorMenu != null) {
            posteriorMenu.update(sets != null);
        }
    }

    void chooseAndCompare() {
        JFileChooser chooser = new JFileChooser(new File("."));
        chooser.setDialogTitle("Compare " + session.scenario().name() + " (A) with… (B)");
        chooser.setFileFilter(new FileNameExtensionFilter("radsim scenarios (*.yaml, *.yml)", "yaml", "yml"));
        if (chooser.showOpenDialog(frameForDialogs()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        try {
            compareWith(chooser.getSelectedFile().getPath());
        } catch (ScenarioException | IllegalArgumentException e) {
            JOptionPane.showMessageDialog(frameForDialogs(), e.getMessage(), "Cannot compare",
                    JOptionPane.ERROR_MESSAGE);
        }
    }

    /**
     * Opens a side-by-side comparison of this session (A) with another scenario (B, run with A's seed and the
     * settings changed in the Model tab) in a new Console; this one closes. Returns the new Console.
     */
    Console compareWith(String pathOrName) throws ScenarioException {
        // the settings changed in the Model tab apply to both sides, as --set does on the command line
        CompareGui pair;
        if (sets == null) {
            ScenarioSession alt = CompareGui.twin(session, pathOrName, session.overrides());
            pair = compare(alt);
        } else {
            // both sides step through the open posterior, starting at the set shown now
            ScenarioSession originA = sets.origin(0);
            ScenarioSession originB = CompareGui.twin(originA, pathOrName, originA.overrides());
            pair = new CompareGui(originA, originB, this::newView);
            pair.usePosterior(PosteriorSets.of(sets.posterior(), originA, originB), sets.current());
        }
        Console c = CompareGui.show(pair);
        if (controller instanceof Console mine) {
            close(mine);
        }
        return c;
    }

    /** The title over the view in a snapshot or an exported frame. */
    private String pictureTitle(ModelView v) {
        return session.scenario().name() + " — " + v.caption();
    }

    /** The view and the charts as one image {@code width} pixels wide (call on the Swing thread). */
    java.awt.image.BufferedImage snapshot(int width) {
        synchronized (state.schedule) {
            charts.drainNow();
            return SideBySideImage.single(width, view, pictureTitle(view), charts);
        }
    }

    /**
     * Starts recording an animated GIF of the view and the charts from the current tick (or, asked while stopped,
     * from tick 0 when play starts the run): a frame now and one every {@code every} ticks after.
     */
    void startRecording(Path file, int every, int width, int delayMillis) throws IOException {
        synchronized (state.schedule) {
            recorder.request(file, every, width, delayMillis, this::beginRecording);
        }
    }

    /** A recording with a view and charts of its own; its charts start at the current tick. */
    private GifRecording beginRecording(Path file, int every, int width, int delayMillis) throws IOException {
        ModelView v = newView();
        v.show(state);
        ChartWindow c = newCharts(false);
        c.add(state.schedule.getSteps(), chartRow(), session.scenario().ticks());
        return new GifRecording(file, every, delayMillis, state.schedule.getSteps(),
                tick -> {
                    v.afterTick();
                    c.add(tick, chartRow(), 0);
                },
                () -> SideBySideImage.single(width, v, pictureTitle(v), c));
    }

    /** Ends the recording; returns its number of frames (0 when none was running). */
    int stopRecording() throws IOException {
        synchronized (state.schedule) {
            return recorder.stop();
        }
    }

    private void stopAndSay() {
        try {
            int n = stopRecording();
            say(n == 0 ? "no recording was running" : "animated GIF written: " + n + " frames");
        } catch (IOException ex) {
            JOptionPane.showMessageDialog(frameForDialogs(), ex.getMessage(), "Cannot write the GIF",
                    JOptionPane.ERROR_MESSAGE);
        }
    }

    private void say(String text) {
        if (modelTab != null) {
            modelTab.say(text);
        }
    }

    private Path chooseImage(String title, String suffix, String description) {
        return SaveChooser.choose(frameForDialogs(), title, suffix, description,
                session.scenario().name() + "." + suffix);
    }

    private void chooseAndSnapshot() {
        Path p = chooseImage("Snapshot of the view and the charts", "png", "PNG images (*.png)");
        if (p != null) {
            try {
                if (!javax.imageio.ImageIO.write(snapshot(CompareGui.IMAGE_WIDTH), "png", p.toFile())) {
                    throw new IOException("no PNG writer in this JDK");
                }
                say("snapshot written: " + p.getFileName());
            } catch (IOException e) {
                JOptionPane.showMessageDialog(frameForDialogs(), p + ": " + e.getMessage(),
                        "Cannot write the snapshot", JOptionPane.ERROR_MESSAGE);
            }
        }
    }

    private void chooseAndRecord() {
        Path p = chooseImage("Record an animated GIF", "gif", "animated GIF (*.gif)");
        if (p != null) {
            try {
                // about 200 frames over the run, 80 ms each
                startRecording(p, (int) Math.max(1, session.scenario().ticks() / 200), 800, 80);
            } catch (IOException | IllegalArgumentException e) {
                JOptionPane.showMessageDialog(frameForDialogs(), p + ": " + e.getMessage(), "Cannot record",
                        JOptionPane.ERROR_MESSAGE);
            }
        }
    }

    void chooseAndSaveScenario() {
        Path p = SaveChooser.choose(frameForDialogs(), null, "yaml", "radsim scenarios (*.yaml)",
                session.scenario().name() + "-gui.yaml");
        if (p == null) {
            return;
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
