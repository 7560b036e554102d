package org.radsim.app.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Locale;
import java.util.function.Supplier;

import org.radsim.core.classic.civilviolence.CivilViolence;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * Epstein's picture of civil violence: the torus as a grid of cells, one pixel per cell scaled up, coloured by
 * what stands there — a cop (blue), an active citizen (red), a quiet citizen (pale green), a jailed citizen
 * (black) or nobody (white). A jailed citizen stays on its cell without blocking it, so when a cell holds several
 * agents the most telling one is shown: cop, then active, then quiet, then jailed. A legend strip with live
 * counts runs along the bottom.
 */
final class CivilViolencePortrayal extends FieldPortrayal2D {

    static final Color EMPTY = Color.WHITE;
    static final Color QUIET = new Color(0x9CCB9F);
    static final Color ACTIVE = new Color(0xD7191C);
    static final Color JAILED = new Color(0x111111);
    static final Color COP = new Color(0x2B5FD9);
    /** Share of the field height the grid uses; the rest is the legend. */
    static final double GRID = 0.9;

    /** Side of the (square) field in field units. */
    static final double SIZE = 700;

    private final Supplier<CivilViolence> shown;
    private BufferedImage image;
    private int[] pixels;
    private byte[] rank;

    CivilViolencePortrayal(Supplier<CivilViolence> shown) {
        this.shown = shown;
    }

    /** Colour of each cell, by the precedence above (cops 4, actives 3, quiet 2, jailed 1, empty 0). */
    static byte[] ranks(CivilViolence m, byte[] into) {
        java.util.Arrays.fill(into, (byte) 0);
        for (int i = 0; i < m.citizens(); i++) {
            int c = m.citizenCell(i);
            byte r = m.isJailed(i) ? (byte) 1 : m.isActive(i) ? (byte) 3 : (byte) 2;
            if (r > into[c]) {
                into[c] = r;
            }
        }
        for (int j = 0; j < m.cops(); j++) {
            into[m.copCell(j)] = 4;
        }
        return into;
    }

    static Color colour(int rank) {
        return switch (rank) {
            case 4 -> COP;
            case 3 -> ACTIVE;
            case 2 -> QUIET;
            case 1 -> JAILED;
            default -> EMPTY;
        };
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        CivilViolence m = shown.get();
        if (m == null) {
            return;
        }
        int w = m.width();
        int h = m.height();
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            rank = new byte[w * h];
        }
        ranks(m, rank);
        for (int c = 0; c < rank.length; c++) {
            pixels[c] = colour(rank[c]).getRGB();
        }
        Rectangle2D.Double grid = gridArea(info.draw, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        int x0 = (int) Math.round(grid.x);
        int y0 = (int) Math.round(grid.y);
        g.drawImage(image, x0, y0, (int) Math.round(grid.x + grid.width) - x0,
                (int) Math.round(grid.y + grid.height) - y0, null);
        g.setColor(Color.GRAY);
        g.draw(grid);
        legend(g, info.draw, m);
    }

    /** The square-celled grid, centred in the upper part of the field. */
    static Rectangle2D.Double gridArea(Rectangle2D.Double draw, int w, int h) {
        return CellCanvas.cellArea(draw, w, h, GRID);
    }

    private static void legend(Graphics2D g, Rectangle2D.Double draw, CivilViolence m) {
        double scale = draw.width / SIZE;
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(9, Math.round(13 * scale))));
        int actives = m.actives();
        int jailed = m.jailed();
        Object[][] items = {{QUIET, "quiet " + (m.citizens() - actives - jailed)}, {ACTIVE, "active " + actives},
                {JAILED, "jailed " + jailed}, {COP, "cop " + m.cops()}};
        double x = draw.x + 10 * scale;
        double y = draw.y + draw.height * GRID + 8 * scale;
        double box = 12 * scale;
        for (Object[] item : items) {
            x = CellCanvas.swatch(g, x, y, box, scale, (Color) item[0], (String) item[1], 18);
        }
        g.drawString(String.format(Locale.ROOT, "tick %d · legitimacy %.2f", m.tick(), m.legitimacy()),
                (float) x, (float) (y + box - scale));
    }
}
