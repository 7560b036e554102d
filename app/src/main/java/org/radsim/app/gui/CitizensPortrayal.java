package org.radsim.app.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import java.util.function.Supplier;

import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.population.Population;
import org.radsim.core.population.Stage;

import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;

/**
 * The citizens as dots coloured by stage, drawn in one pass: each region's stage codes are written straight into
 * the pixels of a small image (one pixel per citizen) which is then scaled onto the screen without smoothing. This
 * costs one array write per citizen per frame, so 20 000 — or a million — citizens redraw many times a second.
 * A click maps back to the citizen under the mouse ({@link PopulationLayout#citizenAt}); its inspector reads the
 * population arrays live.
 */
final class CitizensPortrayal extends PopulationPortrayal {

    private Population drawn;
    private BufferedImage[] images;
    private int[][] pixels;
    private volatile int selected = -1;
    private volatile long frames;

    CitizensPortrayal(Supplier<RadicalizationView.Shown> shown) {
        super(shown);
    }

    @Override
    void draw(RadicalizationView.Shown shown, Graphics2D g, DrawInfo2D info) {
        RadicalizationModel m = shown.model();
        PopulationLayout layout = shown.layout();
        frames++;
        Population p = m.population();
        if (p != drawn) {
            allocate(p, layout);
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        for (int r = 0; r < layout.regions(); r++) {
            int[] px = pixels[r];
            int base = p.regionStart[r];
            int n = p.regionStart[r + 1] - base;
            byte[] stage = p.stage;
            for (int k = 0; k < n; k++) {
                px[k] = StagePalette.argb(stage[base + k]);
            }
            Rectangle2D.Double d = PopulationLayout.toScreen(layout.dots(r), info.draw);
            int x0 = (int) Math.round(d.x);
            int y0 = (int) Math.round(d.y);
            g.drawImage(images[r], x0, y0, (int) Math.round(d.x + d.width) - x0, (int) Math.round(d.y + d.height) - y0,
                    null);
        }
        int s = selected;
        if (s >= 0 && s < p.size) {
            Point2D.Double c = PopulationLayout.toScreen(layout.position(s, p.region[s]).x,
                    layout.position(s, p.region[s]).y, info.draw);
            double radius = Math.max(6, layout.pitch() * info.draw.width / PopulationLayout.WIDTH * 2);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setStroke(new BasicStroke(2f));
            g.setColor(Color.BLACK);
            g.draw(new Ellipse2D.Double(c.x - radius, c.y - radius, 2 * radius, 2 * radius));
        }
    }

    /** How many times the citizens were drawn (to measure the frame rate). */
    long frames() {
        return frames;
    }

    private void allocate(Population p, PopulationLayout layout) {
        images = new BufferedImage[layout.regions()];
        pixels = new int[layout.regions()][];
        for (int r = 0; r < layout.regions(); r++) {
            images[r] = new BufferedImage(layout.dotColumns(), layout.dotRows(r), BufferedImage.TYPE_INT_ARGB);
            pixels[r] = ((DataBufferInt) images[r].getRaster().getDataBuffer()).getData();
        }
        drawn = p;
        selected = -1;
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        int i = citizenAt(range);
        if (i >= 0) {
            putInHere.add(new LocationWrapper(i, null, this));
        }
    }

    /** The citizen under the centre of a hit range (a recruiter's marker counts for the recruiter), or −1. */
    int citizenAt(DrawInfo2D range) {
        RadicalizationView.Shown shown = shown();
        if (shown == null) {
            return -1;
        }
        RadicalizationModel m = shown.model();
        PopulationLayout layout = shown.layout();
        Point2D.Double f = PopulationLayout.toField(range.clip.getCenterX(), range.clip.getCenterY(), range.draw);
        int recruiter = RecruitersPortrayal.recruiterAt(m, layout, f.x, f.y);
        return recruiter >= 0 ? recruiter : layout.citizenAt(f.x, f.y);
    }

    @Override
    public boolean setSelected(LocationWrapper wrapper, boolean on) {
        int i = (Integer) wrapper.getObject();
        if (on) {
            selected = i;
        } else if (selected == i) {
            selected = -1;
        }
        return true;
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return CitizenInspector.of(shown().model(), state, (Integer) wrapper.getObject());
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return "Citizen " + wrapper.getObject();
    }

    @Override
    public String getStatus(LocationWrapper wrapper) {
        RadicalizationView.Shown s = shown();
        RadicalizationModel m = s == null ? null : s.model();
        int i = (Integer) wrapper.getObject();
        if (m == null || m.population() == null || i >= m.population().size) {
            return null;
        }
        Population p = m.population();
        return "Citizen " + i + " (" + m.scenario().regions().get(p.region[i]).name() + "): "
                + StagePalette.label(Stage.of(p.stage[i]));
    }
}
