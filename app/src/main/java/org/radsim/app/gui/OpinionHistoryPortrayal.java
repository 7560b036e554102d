package org.radsim.app.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.radsim.core.classic.relativeagreement.RelativeAgreementModel;

import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * Opinions over time, the picture of Deffuant et al. (2002): time runs to the right, opinion from −1 (bottom) to
 * +1 (top), and each period is a column whose shading shows how many agents hold each opinion (a histogram per
 * period, so the trajectories of many agents read as bands converging, splitting or drifting to an extreme).
 * The whole run so far is squeezed into the width. Recorded by a GUI-side Steppable after every period.
 */
final class OpinionHistoryPortrayal extends FieldPortrayal2D {

    static final int BINS = 100;
    static final double WIDTH = 900;
    static final double HEIGHT = 560;
    private static final double LEFT = 50;
    private static final double BOTTOM = 40;
    private static final double TOP = 12;

    private final Supplier<RelativeAgreementModel> shown;
    private final List<int[]> history = new ArrayList<>();

    OpinionHistoryPortrayal(Supplier<RelativeAgreementModel> shown) {
        this.shown = shown;
    }

    /** Forgets the history and records the model's current opinions as its first column. */
    synchronized void restart(RelativeAgreementModel m) {
        history.clear();
        record(m);
    }

    synchronized void record(RelativeAgreementModel m) {
        int[] h = new int[BINS];
        for (int i = 0; i < m.size(); i++) {
            h[bin(m.opinion(i))]++;
        }
        history.add(h);
    }

    synchronized int columns() {
        return history.size();
    }

    /** The recorded histogram of period {@code t}. */
    synchronized int[] column(int t) {
        return history.get(t).clone();
    }

    static int bin(double x) {
        int b = (int) ((x + 1) / 2 * BINS);
        return Math.min(BINS - 1, Math.max(0, b));
    }

    Steppable recorder() {
        return (Steppable) (SimState s) -> record((RelativeAgreementModel) s);
    }

    @Override
    public synchronized void draw(Object object, Graphics2D g, DrawInfo2D info) {
        RelativeAgreementModel m = shown.get();
        if (m == null || history.isEmpty()) {
            return;
        }
        double sx = info.draw.width / WIDTH;
        double sy = info.draw.height / HEIGHT;
        Rectangle2D.Double plot = new Rectangle2D.Double(info.draw.x + LEFT * sx, info.draw.y + TOP * sy,
                (WIDTH - LEFT - 12) * sx, (HEIGHT - TOP - BOTTOM) * sy);
        int cols = Math.max(1, (int) plot.width);
        BufferedImage img = new BufferedImage(cols, BINS, BufferedImage.TYPE_INT_RGB);
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int periods = history.size();
        double n = Math.max(1, m.size());
        for (int c = 0; c < cols; c++) {
            int t = (int) ((long) c * periods / cols);
            for (int b = 0; b < BINS; b++) {
                int count = history.get(t)[b];
                // square root: a handful of agents stays visible next to a cluster of hundreds
                double shade = Math.min(1.0, Math.sqrt(count / (n * 0.1)));
                int v = (int) Math.round(255 * (1 - shade));
                px[(BINS - 1 - b) * cols + c] = (v << 16) | (v << 8) | 255 - (int) (90 * shade);
            }
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(img, (int) plot.x, (int) plot.y, (int) plot.width, (int) plot.height, null);
        g.setColor(Color.GRAY);
        g.draw(plot);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(9, Math.round(12 * sx))));
        g.setColor(Color.DARK_GRAY);
        g.drawString("+1", (float) (plot.x - 30 * sx), (float) (plot.y + 10 * sy));
        g.drawString("0", (float) (plot.x - 22 * sx), (float) (plot.getCenterY() + 4 * sy));
        g.drawString("−1", (float) (plot.x - 30 * sx), (float) (plot.getMaxY()));
        g.drawString(String.format(Locale.ROOT, "opinion (rows) over periods 0 … %d (columns) · p'+ %.2f · p'− %.2f%s",
                periods - 1, m.pPlus(), m.pMinus(), m.isStable() ? " · stable" : ""),
                (float) plot.x, (float) (plot.getMaxY() + 22 * sy));
    }
}
