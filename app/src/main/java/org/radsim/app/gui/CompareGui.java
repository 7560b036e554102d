package org.radsim.app.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.imageio.ImageIO;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;

import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * Two policies side by side on the same simulated people: scenario A (the baseline) and scenario B run in lock
 * step ({@link LockStep}) with the same seed, so the same population, network and random draws (common random
 * numbers, as {@code radsim compare} does); whatever differs between the two pictures is the policy, not chance.
 * Each side has its population view; the charts draw both runs and their difference A − B (recruits averted so
 * far, radicalized share A − B, …) as the run goes on. The Model tab switches each side's interventions
 * (from the next tick), so switching one on in B shows its effect against an identical twin. The Compare menu
 * saves a PNG snapshot of both sides and records an animated GIF. Works for every model kind with a
 * {@link ModelView}.
 */
public final class CompareGui extends GUIState {

    /** Width of a snapshot and of the frames of a recorded animation, in pixels. */
    static final int IMAGE_WIDTH = 1200;

    private ScenarioSession a;
    private ScenarioSession b;
    private final Supplier<ModelView> views;
    private final ModelView viewA;
    private final ModelView viewB;
    private final CompareCharts charts;
    private final RepeatingSteps repeating = new RepeatingSteps();
    private Display2D displayA;
    private Display2D displayB;
    private JFrame displayFrame;
    private JLabel titleA;
    private JLabel titleB;
    private javax.swing.Timer titles;
    private final Recorder recorder = new Recorder();
    private PosteriorSets sets;
    private PosteriorMenu posteriorMenu;
    private CompareTab tab;

    /** A comparison of session A with session B; {@code views} makes a view of their model kind. */
    CompareGui(ScenarioSession a, ScenarioSession b, Supplier<ModelView> views) {
        this(a, b, views, views.get(), views.get());
    }

    private CompareGui(ScenarioSession a, ScenarioSession b, Supplier<ModelView> views, ModelView viewA,
            ModelView viewB) {
        super(pair(a, b, viewA, viewB));
        this.a = a;
        this.b = b;
        this.views = views;
        this.viewA = viewA;
        this.viewB = viewB;
        this.charts = new CompareCharts(viewA.compared(), a.scenario().name(), b.scenario().name());
    }

    private static LockStep pair(ScenarioSession a, ScenarioSession b, ModelView viewA, ModelView viewB) {
        return new LockStep(viewA.newModel(a.scenario()), viewB.newModel(b.scenario()),
                m -> m == viewA.shown() ? viewA.finished() : m == viewB.shown() && viewB.finished());
    }

    /**
     * The session B of a comparison with {@code base}: the scenario {@code pathOrName} with the overrides and A's
     * seed (common random numbers). Scenarios of different model kinds or horizons cannot be compared tick for
     * tick; they are refused with the settings named.
     */
    public static ScenarioSession twin(ScenarioSession base, String pathOrName, List<String> overrides)
            throws ScenarioException {
        List<String> all = new ArrayList<>(overrides);
        all.add("seed=" + base.scenario().seed());
        ScenarioSession alt = ScenarioSession.open(pathOrName, all);
        checkTwins(base.scenario(), alt.scenario());
        return alt;
    }

    /**
     * Refuses two scenarios that cannot be stepped tick for tick side by side (different model kinds or
     * horizons), naming the settings.
     */
    static void checkTwins(Scenario s, Scenario t) {
        if (!s.model().equals(t.model())) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "cannot compare side by side: %s runs the "
                    + "%s model, %s the %s model", s.name(), s.model(), t.name(), t.model()));
        }
        if (s.ticks() != t.ticks()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "cannot compare side by side: ticks "
                    + "differ (%s: %d, %s: %d); give both the same horizon, e.g. --ticks %d", s.name(), s.ticks(),
                    t.name(), t.ticks(), Math.min(s.ticks(), t.ticks())));
        }
    }

    /** Opens a Console on a comparison, stopped, with tick 0 of both sides on screen (call on the Swing thread). */
    public static Console show(CompareGui gui) {
        return (Console) gui.createController();
    }

    public static String getName() {
        return "radsim — two policies side by side";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>Two policies side by side</h2>"
                + "<p>Side A and side B run the same people: the same seed, population and network, stepped in "
                + "lock step (common random numbers). Whatever differs between the two pictures is the policy, "
                + "not chance.</p>"
                + "<p><b>Charts</b>: each quantity for A (solid) and B (dashed) above the difference A − B; "
                + "with A the baseline, a positive difference in recruits so far is the recruits B averts.</p>"
                + "<p><b>Model tab</b>: switch an intervention on or off on one side (from the next tick) and "
                + "watch it act against its identical twin. <b>Compare menu</b>: a PNG snapshot of both "
                + "sides, or an animated GIF of the run from now on.</p></body></html>";
    }

    @Override
    public Controller createController() {
        Console console = new Console(this);
        console.setVisible(true);
        arrange(console);
        preview();
        return console;
    }

    ScenarioSession session(int side) {
        return side == 0 ? a : b;
    }

    ModelView view(int side) {
        return side == 0 ? viewA : viewB;
    }

    CompareCharts charts() {
        return charts;
    }

    LockStep pair() {
        return (LockStep) state;
    }

    Display2D display(int side) {
        return side == 0 ? displayA : displayB;
    }

    JFrame displayFrame() {
        return displayFrame;
    }

    @Override
    public boolean validSimState(SimState s) {
        // a comparison is two runs from their scenarios; checkpoints are for single runs
        return false;
    }

    @Override
    public void start() {
        state = pair(a, b, viewA, viewB);
        super.start();
        attach(true);
        if (controller instanceof Console c) {
            c.setWhenShouldEnd(a.scenario().ticks());
        }
        recorder.runStarted(state.schedule, this::beginRecording);
    }

    /** Shows tick 0 of both sides while stopped; play builds both runs afresh from the same scenarios and seed. */
    void preview() {
        recorder.previewShown();
        state = pair(a, b, viewA, viewB);
        state.start();
        attach(false);
    }

    private void attach(boolean running) {
        repeating.stopAll();
        LockStep p = pair();
        viewA.prepare(p.a(), a.interventionsOn());
        viewB.prepare(p.b(), b.interventionsOn());
        viewA.show(p.a());
        viewB.show(p.b());
        charts.reset(state.schedule.getSteps(), viewA.row(), viewB.row(), a.scenario().ticks());
        if (running) {
            repeating.add(scheduleRepeatingImmediatelyAfter((Steppable) s -> afterTick(s.schedule.getSteps())));
        }
        for (Display2D d : new Display2D[] {displayA, displayB}) {
            if (d != null) {
                d.reset();
                d.repaint();
            }
        }
    }

    private void afterTick(long tick) {
        viewA.afterTick();
        viewB.afterTick();
        charts.queue(tick, viewA.row(), viewB.row());
        recorder.afterTick(tick);
    }

    @Override
    public void finish() {
        super.finish();
        recorder.runEnded();
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        java.awt.Rectangle screen = ScenarioGui.screen();
        double scale = Math.min(1.0, Math.min(screen.width * 0.62 / 2 / viewA.width(),
                screen.height * 0.5 / viewA.height()));
        displayA = new Display2D(viewA.width(), viewA.height(), this);
        displayB = new Display2D(viewB.width(), viewB.height(), this);
        titleA = new JLabel();
        titleB = new JLabel();
        JPanel sides = new JPanel(new GridLayout(1, 2, 4, 0));
        for (int k = 0; k < 2; k++) {
            Display2D d = k == 0 ? displayA : displayB;
            d.setScale(scale);
            d.setBackdrop(Color.WHITE);
            view(k).attachTo(d);
            JLabel t = k == 0 ? titleA : titleB;
            t.setOpaque(true);
            t.setBackground(k == 0 ? CompareCharts.A : CompareCharts.B);
            t.setForeground(Color.WHITE);
            t.setFont(t.getFont().deriveFont(Font.BOLD, 13f));
            t.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
            JPanel side = new JPanel(new BorderLayout());
            side.add(t, BorderLayout.NORTH);
            side.add(d, BorderLayout.CENTER);
            sides.add(side);
        }
        displayFrame = new JFrame(frameTitle());
        displayFrame.getContentPane().add(sides);
        displayFrame.pack();
        // room for the displays' scroll panes, so that the whole of both views shows at this scale
        displayFrame.setSize(displayFrame.getWidth() + 24, displayFrame.getHeight() + 24);
        displayFrame.setDefaultCloseOperation(javax.swing.WindowConstants.HIDE_ON_CLOSE);
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        charts.window("radsim — compare: A − B");
        titles = new javax.swing.Timer(250, e -> updateTitles());
        titles.start();
        updateTitles();
        if (c instanceof Console console) {
            // both scenarios' seed drives the runs, so each side matches a headless run of its scenario
            ConsoleTicks.runScenarioSeed(console, a.scenario().ticks());
            addCompareMenu(console);
            posteriorMenu = PosteriorMenu.addTo(console, this::posteriorSets, this::openPosterior, this::showSet,
                    sets != null);
            updateFrameTitles();
        }
    }

    /** Displays at the top left, the charts below them, the Console on the right. */
    private void arrange(Console console) {
        java.awt.Rectangle screen = ScenarioGui.screen();
        displayFrame.setLocation(screen.x, screen.y);
        int below = displayFrame.getY() + displayFrame.getHeight();
        int right = displayFrame.getX() + displayFrame.getWidth();
        JFrame chartFrame = charts.frame();
        chartFrame.setBounds(screen.x, below, Math.max(right - screen.x, 720), Math.max(300, screen.y
                + screen.height - below));
        int x = Math.max(right, chartFrame.getX() + chartFrame.getWidth());
        if (screen.x + screen.width - x >= 380) {
            console.setBounds(x, screen.y, screen.x + screen.width - x, screen.height);
        }
        console.registerFrame(chartFrame);
        chartFrame.setVisible(true);
    }

    /** The title of a side: which scenario, and its state now. */
    String title(int side) {
        ModelView v = view(side);
        return (side == 0 ? "A: " : "B: ") + session(side).scenario().name() + " — " + v.caption();
    }

    private void updateTitles() {
        if (titleA != null) {
            titleA.setText(title(0));
            titleB.setText(title(1));
        }
    }

    @Override
    public void quit() {
        super.quit();
        recorder.stopQuietly();
        repeating.stopAll();
        if (titles != null) {
            titles.stop();
        }
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        charts.dispose();
        displayFrame = null;
        displayA = null;
        displayB = null;
    }

    @Override
    public Inspector getInspector() {
        tab = new CompareTab();
        return tab;
    }

    /** The Compare tab's rows, built again when another parameter set replaces both sessions. */
    private PropertyList properties() {
        PropertyList l = new PropertyList();
        l.add("Tick", "Ticks run so far, the same on both sides.", Long.TYPE, () -> state.schedule.getSteps());
        l.add("Status", "Both sides run with the same seed, population and network (common random numbers).",
                String.class, this::statusLine);
        l.add("A", "Side A, the baseline of the differences.", String.class, () -> a.scenario().name());
        l.add("B", "Side B; differences are A − B, so a positive difference is what B averts.", String.class,
                () -> b.scenario().name());
        if (sets != null) {
            PosteriorSets shown = sets;
            l.add("Parameter set", "The calibrated parameter set both sides use (Posterior menu: Previous set "
                    + "Ctrl+[, Next set Ctrl+]).", String.class, shown::describe);
        }
        viewA.addLevers(l, "A ", a, () -> pair().a(), () -> state.schedule);
        viewB.addLevers(l, "B ", b, () -> pair().b(), () -> state.schedule);
        return l;
    }

    /** The Console's Compare tab: the rows of {@link #properties}, rebuilt when both sessions change. */
    private final class CompareTab extends Inspector {

        private static final long serialVersionUID = 1L;

        private SimpleInspector inner;

        CompareTab() {
            setLayout(new BorderLayout());
            setVolatile(true);
            rebuild();
        }

        void rebuild() {
            if (inner != null) {
                remove(inner);
            }
            inner = new SimpleInspector(properties(), CompareGui.this, "Compare", 1000);
            inner.setVolatile(true);
            add(inner, BorderLayout.CENTER);
            revalidate();
            repaint();
        }

        @Override
        public void updateInspector() {
            inner.updateInspector();
        }
    }

    /**
     * Steps both sides through the parameter sets of a posterior ({@code PosteriorSets.of(post, a, b)}, on this
     * comparison's sessions): shows set k (counted from 0) now. Returns this comparison.
     */
    public CompareGui usePosterior(PosteriorSets posterior, int k) throws ScenarioException {
        sets = posterior;
        showSet(k);
        return this;
    }

    /** The posterior both sides step through; null when none is open. */
    PosteriorSets posteriorSets() {
        return sets;
    }

    /** Opens a posterior on both sides as they were before any set was applied and shows its first set. */
    void openPosterior(Path file) throws ScenarioException {
        ScenarioSession originA = sets == null ? a : sets.origin(0);
        ScenarioSession originB = sets == null ? b : sets.origin(1);
        usePosterior(PosteriorSets.open(file, originA, originB), 0);
    }

    /**
     * Rebuilds both models with parameter set k (counted from 0) and restarts from tick 0 (a run that was playing
     * plays on); each side keeps its interventions switched on or off.
     */
    void showSet(int k) throws ScenarioException {
        ScenarioSession nextA = sets.sessionA(k);
        ScenarioSession nextB = sets.sessionB(k);
        PosteriorSets.keepSwitches(a, nextA);
        PosteriorSets.keepSwitches(b, nextB);
        PosteriorMenu.restart(controller, () -> {
            sets.select(k);
            a = nextA;
            b = nextB;
            preview();
            if (tab != null) {
                tab.rebuild();
            }
            updateFrameTitles();
        });
    }

    /** The title of the window with both views: the two scenarios, and "parameter set k of N" when one is open. */
    String frameTitle() {
        return "radsim — compare: A " + a.scenario().name() + " | B " + b.scenario().name()
                + (sets == null ? "" : " — " + sets.title());
    }

    private void updateFrameTitles() {
        if (displayFrame != null) {
            displayFrame.setTitle(frameTitle());
        }
        if (controller instanceof Console c) {
            c.setTitle(getName() + (sets == null ? "" : " — " + sets.title()));
        }
        if (posteriorMenu != null) {
            posteriorMenu.update(sets != null);
        }
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 1000;
    }

    /** A one-line status: which scenarios, the tick, the recording. */
    String statusLine() {
        return String.format(Locale.ROOT, "tick %d of %d · same seed %d", state.schedule.getSteps(),
                a.scenario().ticks(), a.scenario().seed()) + (sets == null ? "" : " · " + sets.title())
                + recorder.status();
    }

    /** Both sides and the charts as one image {@code width} pixels wide (call on the Swing thread). */
    BufferedImage snapshot(int width) {
        synchronized (state.schedule) {
            charts.drainNow();
            return SideBySideImage.render(width, viewA, title(0), viewB, title(1), charts);
        }
    }

    /** Writes {@link #snapshot} as a PNG. */
    void writeSnapshot(Path file) throws IOException {
        if (!ImageIO.write(snapshot(IMAGE_WIDTH), "png", file.toFile())) {
            throw new IOException("no PNG writer in this JDK");
        }
    }

    /**
     * Starts recording an animated GIF: a frame now and one every {@code every} ticks after, {@code width}
     * pixels wide, each shown {@code delayMillis}. The recording ends (and the file gets its name) with
     * {@link #stopRecording}, at the end of the run, or on a restart. Asked while stopped, the recording
     * begins at tick 0 when play starts the run.
     */
    void startRecording(Path file, int every, int width, int delayMillis) throws IOException {
        synchronized (state.schedule) {
            recorder.request(file, every, width, delayMillis, this::beginRecording);
        }
    }

    /**
     * A recording from the current tick, with views and charts of its own; its charts start with the rows the
     * live charts hold, so a recording begun mid-run still shows the run from tick 0.
     */
    private GifRecording beginRecording(Path file, int every, int width, int delayMillis) throws IOException {
        charts.drainNow();
        ModelView ra = views.get();
        ModelView rb = views.get();
        ra.show(pair().a());
        rb.show(pair().b());
        CompareCharts offscreen = new CompareCharts(ra.compared(), a.scenario().name(), b.scenario().name());
        List<double[]> rowsA = charts.rows(0);
        List<double[]> rowsB = charts.rows(1);
        for (int t = 0; t < rowsA.size(); t++) {
            if (t == 0) {
                offscreen.restart(0, rowsA.get(0), rowsB.get(0), a.scenario().ticks());
            } else {
                offscreen.add(t, rowsA.get(t), rowsB.get(t));
            }
        }
        return new GifRecording(file, every, delayMillis, state.schedule.getSteps(),
                tick -> offscreen.add(tick, ra.row(), rb.row()),
                () -> SideBySideImage.render(width, ra, "A: " + a.scenario().name() + " — " + ra.caption(), rb,
                        "B: " + b.scenario().name() + " — " + rb.caption(), offscreen));
    }

    /** Ends the recording; returns its number of frames (0 when none was running). */
    int stopRecording() throws IOException {
        synchronized (state.schedule) {
            return recorder.stop();
        }
    }

    private void addCompareMenu(Console console) {
        JMenu menu = new JMenu("Compare");
        RecordingMenu.addTo(menu, "Snapshot of both sides (PNG)…", this::chooseAndSnapshot, this::chooseAndRecord,
                this::stopAndSay);
        console.getJMenuBar().add(menu);
        console.getJMenuBar().revalidate();
    }

    private void stopAndSay() {
        try {
            int n = stopRecording();
            message(n == 0 ? "No recording was running." : "Animated GIF written: " + n + " frames.");
        } catch (IOException ex) {
            error("Cannot write the GIF", ex.getMessage());
        }
    }

    private Path choose(String title, String suffix, String description) {
        return SaveChooser.choose(dialogParent(), title, suffix, description,
                a.scenario().name() + "-vs-" + b.scenario().name() + "." + suffix);
    }

    private void chooseAndSnapshot() {
        Path p = choose("Snapshot of both sides", "png", "PNG images (*.png)");
        if (p != null) {
            try {
                writeSnapshot(p);
            } catch (IOException e) {
                error("Cannot write the snapshot", p + ": " + e.getMessage());
            }
        }
    }

    private void chooseAndRecord() {
        Path p = choose("Record an animated GIF from this tick", "gif", "animated GIF (*.gif)");
        if (p != null) {
            try {
                // about 200 frames over the run, 80 ms each
                startRecording(p, (int) Math.max(1, a.scenario().ticks() / 200), IMAGE_WIDTH * 4 / 5, 80);
            } catch (IOException | IllegalArgumentException e) {
                error("Cannot record", p + ": " + e.getMessage());
            }
        }
    }

    private JFrame dialogParent() {
        return controller instanceof Console c ? c : null;
    }

    private void message(String text) {
        SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(dialogParent(), text));
    }

    private void error(String title, String text) {
        SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(dialogParent(), text, title,
                JOptionPane.ERROR_MESSAGE));
    }
}
