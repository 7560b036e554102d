package org.radsim.app.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Drawing pieces the classic models' views share: the area of square cells centred in the upper part of the
 * field, and a legend entry (a colour swatch with its label).
 */
final class CellCanvas {

    private CellCanvas() {
    }

    /** The largest area of {@code w × h} square cells that fits the upper {@code share} of {@code draw}, centred. */
    static Rectangle2D.Double cellArea(Rectangle2D.Double draw, int w, int h, double share) {
        double cell = Math.min(draw.width / w, draw.height * share / h);
        double cw = cell * w;
        double ch = cell * h;
        return new Rectangle2D.Double(draw.x + (draw.width - cw) / 2, draw.y + (draw.height * share - ch) / 2, cw, ch);
    }

    /**
     * Draws a legend entry at {@code (x, y)}: a {@code box}-sized swatch of {@code colour} and {@code label};
     * returns where the next entry starts, {@code gap · scale} after the label.
     */
    static double swatch(Graphics2D g, double x, double y, double box, double scale, Color colour, String label,
                         double gap) {
        g.setColor(colour);
        g.fill(new Rectangle2D.Double(x, y, box, box));
        g.setColor(Color.DARK_GRAY);
        g.draw(new Rectangle2D.Double(x, y, box, box));
        g.drawString(label, (float) (x + box + 5 * scale), (float) (y + box - scale));
        return x + (box + 5 * scale + g.getFontMetrics().stringWidth(label) + gap * scale);
    }
}
