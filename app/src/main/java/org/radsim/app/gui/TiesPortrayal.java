package org.radsim.app.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;

import java.util.function.Supplier;

import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.network.SocialNetwork;
import org.radsim.core.population.Population;

import sim.portrayal.DrawInfo2D;

/**
 * A sample of the social network's ties (all ties of every k-th citizen, at most {@link #SAMPLE} citizens), so
 * the picture stays readable and fast for any population. Ties within a region are short; the few long lines are
 * the cross-region ties. Off by default: switch it on in the display's Layers menu.
 */
final class TiesPortrayal extends PopulationPortrayal {

    /** Citizens whose ties are drawn. */
    static final int SAMPLE = 150;
    private static final Color TIE = new Color(40, 40, 60, 70);


    TiesPortrayal(Supplier<RadicalizationView.Shown> shown) {
        super(shown);
    }

    @Override
    void draw(RadicalizationView.Shown shown, Graphics2D g, DrawInfo2D info) {
        if (shown.model().network().isWellMixed()) {
            return;
        }
        RadicalizationModel m = shown.model();
        PopulationLayout layout = shown.layout();
        Population p = m.population();
        SocialNetwork net = m.network();
        int stride = Math.max(1, p.size / SAMPLE);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(1f));
        g.setColor(TIE);
        Line2D.Double line = new Line2D.Double();
        for (int i = stride / 2; i < p.size; i += stride) {
            Point2D.Double a = PopulationLayout.toScreen(layout.position(i, p.region[i]).x,
                    layout.position(i, p.region[i]).y, info.draw);
            for (int k = 0; k < net.degree(i); k++) {
                int j = net.neighbour(i, k);
                Point2D.Double f = layout.position(j, p.region[j]);
                Point2D.Double b = PopulationLayout.toScreen(f.x, f.y, info.draw);
                line.setLine(a, b);
                g.draw(line);
            }
        }
    }
}
