package org.radsim.app.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;

import java.util.function.Supplier;

import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.population.Population;
import org.radsim.core.population.Recruiter;

import sim.portrayal.DrawInfo2D;

/**
 * Recruiters as black diamonds with a white rim, drawn over the citizens: on their own dot while they work in
 * their home region, at a fixed spot in the region they moved to otherwise (so a border crossing shows as a jump).
 */
final class RecruitersPortrayal extends PopulationPortrayal {

    /** Marker half-size in field units, whatever the population size (dots shrink, recruiters stay visible). */
    static final double HALF = 6;


    RecruitersPortrayal(Supplier<RadicalizationView.Shown> shown) {
        super(shown);
    }

    /** Where a recruiter is drawn, in field units. */
    static Point2D.Double position(Recruiter rc, Population p, PopulationLayout layout) {
        int c = rc.citizen();
        return rc.region() == p.region[c] ? layout.position(c, p.region[c]) : layout.visitorPosition(c, rc.region());
    }

    @Override
    void draw(RadicalizationView.Shown shown, Graphics2D g, DrawInfo2D info) {
        RadicalizationModel m = shown.model();
        PopulationLayout layout = shown.layout();
        double h = HALF * info.draw.width / PopulationLayout.WIDTH;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(1.5f));
        for (Recruiter rc : m.membership().recruiters()) {
            Point2D.Double f = position(rc, m.population(), layout);
            Point2D.Double c = PopulationLayout.toScreen(f.x, f.y, info.draw);
            Path2D.Double d = diamond(c.x, c.y, h);
            g.setColor(StagePalette.RECRUITER);
            g.fill(d);
            g.setColor(Color.WHITE);
            g.draw(d);
        }
    }

    static Path2D.Double diamond(double x, double y, double h) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(x, y - h);
        d.lineTo(x + h, y);
        d.lineTo(x, y + h);
        d.lineTo(x - h, y);
        d.closePath();
        return d;
    }

    /** The citizen id of the recruiter whose marker covers field point (x, y), or −1. */
    static int recruiterAt(RadicalizationModel m, PopulationLayout layout, double x, double y) {
        synchronized (m.schedule) {
            List<Recruiter> all = m.membership().recruiters();
            for (int k = all.size() - 1; k >= 0; k--) {
                Point2D.Double f = position(all.get(k), m.population(), layout);
                if (Math.abs(f.x - x) + Math.abs(f.y - y) <= HALF) {
                    return all.get(k).citizen();
                }
            }
        }
        return -1;
    }
}
