package org.radsim.app.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

import java.util.function.Supplier;

import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.scenario.Scenario;

import sim.portrayal.DrawInfo2D;

/**
 * The regions as labelled areas: a pale card per region with its name, population, and live share radicalized,
 * members and recruiters operating there (a diaspora reached online only says so).
 */
final class RegionsPortrayal extends PopulationPortrayal {

    private static final Color CARD = new Color(0xF4F6F8);
    private static final Color EDGE = new Color(0xB8C0C8);
    private static final Color TEXT = new Color(0x1B2631);
    private static final Color NOTE = new Color(0x566573);


    RegionsPortrayal(Supplier<RadicalizationView.Shown> shown) {
        super(shown);
    }

    @Override
    void draw(RadicalizationView.Shown shown, Graphics2D g, DrawInfo2D info) {
        RadicalizationModel m = shown.model();
        PopulationLayout layout = shown.layout();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double scale = info.draw.width / PopulationLayout.WIDTH;
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(10, Math.round(14 * scale)));
        Font note = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(9, Math.round(11.5 * scale)));
        double[][] byRegion = m.observer().latestByRegion();
        for (int r = 0; r < layout.regions(); r++) {
            Rectangle2D.Double c = PopulationLayout.toScreen(inset(layout.cell(r), 3), info.draw);
            g.setColor(CARD);
            g.fill(c);
            g.setColor(EDGE);
            g.draw(c);
            Scenario.Region region = m.scenario().regions().get(r);
            int size = m.population().regionStart[r + 1] - m.population().regionStart[r];
            double[] row = byRegion[r];
            java.awt.Shape clip = g.getClip();
            g.clip(c);
            g.setFont(title);
            g.setColor(TEXT);
            float x = (float) (c.x + 6 * scale);
            g.drawString(region.name() + "  " + String.format(Locale.ROOT, "%,d", size)
                    + (region.inPerson() ? "" : " · online only"), x, (float) (c.y + 15 * scale));
            g.setFont(note);
            g.setColor(NOTE);
            String status = String.format(Locale.ROOT, "radicalized %.1f%% · members %d · recruiters %d",
                    size == 0 ? 0.0 : 100.0 * row[2] / size, (long) row[3], (long) row[6]);
            g.drawString(status, x, (float) (c.y + 29 * scale));
            g.setClip(clip);
        }
    }

    private static Rectangle2D.Double inset(Rectangle2D.Double r, double by) {
        return new Rectangle2D.Double(r.x + by, r.y + by, r.width - 2 * by, r.height - 2 * by);
    }
}
