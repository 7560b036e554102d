package org.radsim.app.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import org.radsim.core.scenario.Scenario;

import sim.display.Display2D;
import sim.engine.SimState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * What one model kind looks like in the GUI, apart from any window: how to build the model from a scenario, the
 * layers of its view (portrayals that draw the model this view {@linkplain #show shows}), its row of metrics
 * after a tick, and the quantities a side-by-side comparison charts. One view draws one model; the single-run
 * GUIs and each side of a {@link CompareGui} hold their own. A model kind with a view works side by side: add a
 * subclass and name it where {@code radsim gui} picks the view for a model ({@code GuiCommand}).
 */
abstract class ModelView {

    /** One layer of the view: a portrayal, its name in the display's Layers menu, and whether it starts shown. */
    record Layer(FieldPortrayal2D portrayal, String name, boolean visible) {
    }

    /**
     * A quantity charted for both sides of a comparison and their difference (A − B, so with A the baseline a
     * positive difference is what B averts).
     *
     * @param title      chart title, e.g. "Radicalized share"
     * @param unit       the value axis label, e.g. "% of citizens"
     * @param difference the difference axis label, e.g. "A − B (points)"
     * @param value      the quantity from a metrics row
     */
    record Compared(String title, String unit, String difference, ToDoubleFunction<double[]> value) {
    }

    /** A model (a MASON SimState, not started) that runs the scenario with the scenario's seed. */
    abstract SimState newModel(Scenario scenario);

    /**
     * Readies a model that just started (or was read from a checkpoint) for the GUI, once, before any view shows
     * it: e.g. records its tick-0 row as a headless run does and applies which interventions are switched on.
     */
    void prepare(SimState model, boolean[] interventionsOn) {
    }

    /** Points the layers at a (prepared) model; the view draws it from now on. */
    abstract void show(SimState model);

    /** The model shown, or null before {@link #show}. */
    abstract SimState shown();

    /** The shown model's metrics in the order of its {@code layout().global()}, as a headless run reports them. */
    abstract double[] row();

    /** Whether the shown model has come to its end before the scenario's ticks (a stable opinion model). */
    boolean finished() {
        return false;
    }

    /** Called after every tick of the shown model (e.g. to record a history the view draws). */
    void afterTick() {
    }

    /**
     * Adds the levers a user may pull during a run (e.g. interventions on and off) to a Model tab, named with
     * {@code prefix} ("" for a single run, "B " for side B of a comparison). {@code model} gives the running
     * model, changed under {@code lock} (the schedule the Console steps).
     */
    void addLevers(PropertyList l, String prefix, ScenarioSession session, Supplier<SimState> model,
            Supplier<Object> lock) {
    }

    /** Width and height of the view in field units. */
    abstract double width();

    abstract double height();

    /** The layers, bottom first. */
    abstract List<Layer> layers();

    /** What a comparison charts for this model kind. */
    abstract List<Compared> compared();

    /** A short caption of the shown state for a side's title, e.g. "tick 120 · radicalized 3.2%". */
    abstract String caption();

    /** Attaches every layer to a display. */
    final void attachTo(Display2D display) {
        for (Layer l : layers()) {
            display.attach(l.portrayal(), l.name(), l.visible());
        }
    }

    /** Draws the layers that start shown into an image of the given size, without a window. */
    final BufferedImage render(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        drawInto(g, new Rectangle2D.Double(0, 0, width, height), false);
        g.dispose();
        return img;
    }

    /** Draws the view into {@code area} of {@code g}; {@code allLayers} also draws the layers that start hidden. */
    final void drawInto(Graphics2D g, Rectangle2D.Double area, boolean allLayers) {
        g.setColor(Color.WHITE);
        g.fill(area);
        SimState m = shown();
        if (m == null) {
            return;
        }
        for (Layer l : layers()) {
            if (l.visible() || allLayers) {
                l.portrayal().draw(m, g, new DrawInfo2D(null, l.portrayal(), area, area));
            }
        }
    }
}
