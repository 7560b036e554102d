package org.radsim.app.gui;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Where each citizen sits in the population view. Each region is a card above a legend strip; inside its card a
 * region's citizens fill a grid of dots in id order (ids are numbered
 * region by region and network neighbours have nearby ids, so pockets of radicalization show as patches). Every
 * region uses the same dot pitch, so a region's area on screen is proportional to its population.
 * Coordinates are field units ({@link #WIDTH} × {@link #HEIGHT}); the portrayals scale them to the window.
 */
final class PopulationLayout {

    static final double WIDTH = 1000;
    static final double HEIGHT = 700;
    /** Height of the legend strip at the bottom of the field. */
    static final double LEGEND = 56;
    /** Height of a region's title above its dots. */
    static final double TITLE = 34;
    private static final double MARGIN = 8;

    /** Largest dot pitch, so a small population does not turn into a few huge squares. */
    private static final double MAX_PITCH = 24;
    private static final int MAX_COLUMNS = 3;

    private final int[] regionStart;
    private final Rectangle2D.Double[] cells;
    /** Dots per row and dot pitch, the same in every region. */
    private final int dotColumns;
    private final double pitch;

    /**
     * Cards stacked in columns (each region goes to the currently shortest column, in scenario order), each card
     * as tall as its dots need; the number of columns and the pitch are the ones that make the dots largest.
     */
    PopulationLayout(int[] regionStart) {
        this.regionStart = regionStart.clone();
        int regions = regionStart.length - 1;
        double bestPitch = 0;
        int bestColumns = 1;
        // a card narrower than a third of the field cannot show its title and status line
        for (int c = 1; c <= Math.min(regions, MAX_COLUMNS); c++) {
            double lo = 0;
            double hi = MAX_PITCH;
            for (int it = 0; it < 40; it++) {
                double mid = (lo + hi) / 2;
                if (fits(c, mid)) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            if (lo > bestPitch) {
                bestPitch = lo;
                bestColumns = c;
            }
        }
        pitch = bestPitch;
        dotColumns = dotColumns(bestColumns, pitch);
        cells = place(bestColumns, pitch);
    }

    private static int dotColumns(int columns, double pitch) {
        return Math.max(1, (int) Math.floor((WIDTH / columns - 2 * MARGIN) / pitch));
    }

    private double cardHeight(int r, int dotColumns, double pitch) {
        int n = regionStart[r + 1] - regionStart[r];
        return TITLE + 2 * MARGIN + Math.max(1, (n + dotColumns - 1) / dotColumns) * pitch;
    }

    private boolean fits(int columns, double pitch) {
        if (pitch <= 0) {
            return true;
        }
        Rectangle2D.Double[] placed = place(columns, pitch);
        for (Rectangle2D.Double r : placed) {
            if (r.y + r.height > HEIGHT - LEGEND + 1e-9) {
                return false;
            }
        }
        return true;
    }

    private Rectangle2D.Double[] place(int columns, double pitch) {
        int regions = regionStart.length - 1;
        int dc = dotColumns(columns, pitch);
        double[] filled = new double[columns];
        Rectangle2D.Double[] out = new Rectangle2D.Double[regions];
        double width = WIDTH / columns;
        for (int r = 0; r < regions; r++) {
            int col = 0;
            for (int c = 1; c < columns; c++) {
                if (filled[c] < filled[col] - 1e-9) {
                    col = c;
                }
            }
            double h = cardHeight(r, dc, pitch);
            out[r] = new Rectangle2D.Double(col * width, filled[col], width, h);
            filled[col] += h;
        }
        return out;
    }

    int regions() {
        return regionStart.length - 1;
    }

    double pitch() {
        return pitch;
    }

    int dotColumns() {
        return dotColumns;
    }

    /** Rows of dots region {@code r} needs. */
    int dotRows(int r) {
        int n = regionStart[r + 1] - regionStart[r];
        return Math.max(1, (n + dotColumns - 1) / dotColumns);
    }

    /** The region's whole card, title included. */
    Rectangle2D.Double cell(int r) {
        return (Rectangle2D.Double) cells[r].clone();
    }

    /** The rectangle the region's dots fill (its grid of {@link #dotColumns} × {@link #dotRows}). */
    Rectangle2D.Double dots(int r) {
        Rectangle2D.Double c = cell(r);
        return new Rectangle2D.Double(c.x + MARGIN, c.y + TITLE + MARGIN, dotColumns * pitch, dotRows(r) * pitch);
    }

    /** Field point to screen point, for a portrayal drawn into {@code draw} (the field's rectangle on screen). */
    static Point2D.Double toScreen(double x, double y, Rectangle2D.Double draw) {
        return new Point2D.Double(draw.x + x * draw.width / WIDTH, draw.y + y * draw.height / HEIGHT);
    }

    /** Field rectangle to screen rectangle. */
    static Rectangle2D.Double toScreen(Rectangle2D.Double r, Rectangle2D.Double draw) {
        double sx = draw.width / WIDTH;
        double sy = draw.height / HEIGHT;
        return new Rectangle2D.Double(draw.x + r.x * sx, draw.y + r.y * sy, r.width * sx, r.height * sy);
    }

    /** Screen point to field point. */
    static Point2D.Double toField(double x, double y, Rectangle2D.Double draw) {
        return new Point2D.Double((x - draw.x) * WIDTH / draw.width, (y - draw.y) * HEIGHT / draw.height);
    }

    /** Centre of citizen {@code i}'s dot. */
    Point2D.Double position(int i, int region) {
        int k = i - regionStart[region];
        Rectangle2D.Double d = dots(region);
        return new Point2D.Double(d.x + (k % dotColumns + 0.5) * pitch, d.y + (k / dotColumns + 0.5) * pitch);
    }

    /**
     * Where a recruiter operating outside its home region is drawn: a fixed spot in the region it is in, chosen
     * from its id, so it jumps there when it crosses a border and stays put while it works there.
     */
    Point2D.Double visitorPosition(int citizen, int region) {
        int n = regionStart[region + 1] - regionStart[region];
        if (n == 0) {
            Rectangle2D.Double c = cell(region);
            return new Point2D.Double(c.getCenterX(), c.getCenterY());
        }
        long h = citizen * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        int k = (int) Math.floorMod(h, (long) n);
        return position(regionStart[region] + k, region);
    }

    /** The citizen whose dot covers field point ({@code x}, {@code y}), or −1. */
    int citizenAt(double x, double y) {
        for (int r = 0; r < regions(); r++) {
            Rectangle2D.Double d = dots(r);
            if (!d.contains(x, y)) {
                continue;
            }
            int gx = (int) ((x - d.x) / pitch);
            int gy = (int) ((y - d.y) / pitch);
            int k = gy * dotColumns + gx;
            int i = regionStart[r] + k;
            return gx < dotColumns && i < regionStart[r + 1] ? i : -1;
        }
        return -1;
    }
}
