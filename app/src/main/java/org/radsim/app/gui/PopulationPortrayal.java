package org.radsim.app.gui;

import java.awt.Graphics2D;
import java.util.function.Supplier;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * A layer of the radicalization model's population view. It draws what its supplier shows now (the model and
 * its layout, {@link RadicalizationView.Shown}) and nothing while no model is shown; it knows no GUI class.
 */
abstract class PopulationPortrayal extends FieldPortrayal2D {

    private final Supplier<RadicalizationView.Shown> shown;

    PopulationPortrayal(Supplier<RadicalizationView.Shown> shown) {
        this.shown = shown;
    }

    /** What is shown now, or null before a model is. */
    final RadicalizationView.Shown shown() {
        return shown.get();
    }

    @Override
    public final void draw(Object object, Graphics2D g, DrawInfo2D info) {
        RadicalizationView.Shown now = shown.get();
        if (now != null) {
            draw(now, g, info);
        }
    }

    /** Draws the layer for the model and layout shown now. */
    abstract void draw(RadicalizationView.Shown shown, Graphics2D g, DrawInfo2D info);
}
