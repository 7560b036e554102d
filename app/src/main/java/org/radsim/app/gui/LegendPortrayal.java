package org.radsim.app.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

import java.util.function.Supplier;

import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.population.Stage;

import sim.portrayal.DrawInfo2D;

/**
 * The legend strip under the regions: each stage's colour with its live count, the recruiter marker, and the
 * time in ticks and years.
 */
final class LegendPortrayal extends PopulationPortrayal {


    LegendPortrayal(Supplier<RadicalizationView.Shown> shown) {
        super(shown);
    }

    @Override
    void draw(RadicalizationView.Shown shown, Graphics2D g, DrawInfo2D info) {
        RadicalizationModel m = shown.model();
        double scale = info.draw.width / PopulationLayout.WIDTH;
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(9, Math.round(13 * scale)));
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double top = info.draw.y + (PopulationLayout.HEIGHT - PopulationLayout.LEGEND + 10) * scale;
        double box = 12 * scale;
        double x = info.draw.x + 10 * scale;
        double[] latest = m.observer().latest();
        for (Stage s : Stage.values()) {
            g.setColor(StagePalette.colour(s));
            Rectangle2D.Double sq = new Rectangle2D.Double(x, top, box, box);
            g.fill(sq);
            g.setColor(Color.DARK_GRAY);
            g.draw(sq);
            String text = StagePalette.label(s) + " " + String.format(Locale.ROOT, "%,d", (long) latest[s.ordinal()]);
            g.drawString(text, (float) (x + box + 5 * scale), (float) (top + box - 1 * scale));
            x += box + 5 * scale + fm.stringWidth(text) + 16 * scale;
        }
        double h = RecruitersPortrayal.HALF * scale;
        g.setColor(StagePalette.RECRUITER);
        g.fill(RecruitersPortrayal.diamond(x + h, top + box / 2, h));
        g.setColor(Color.DARK_GRAY);
        g.drawString("recruiter " + (long) latest[6], (float) (x + 2 * h + 5 * scale), (float) (top + box - 1 * scale));
        long tick = m.schedule.getSteps();
        int perYear = m.scenario().ticksPerYear();
        String time = String.format(Locale.ROOT, "tick %d  (year %.1f)  ·  click a dot to inspect a citizen", tick,
                tick / (double) perYear);
        g.setColor(new Color(0x566573));
        g.drawString(time, (float) (info.draw.x + 10 * scale), (float) (top + box + 20 * scale));
    }
}
