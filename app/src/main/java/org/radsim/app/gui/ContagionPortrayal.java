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

import org.radsim.core.classic.contagion.ContagionModel;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * The agents of the well-mixed contagion model by state: one square per agent, in id order, row after row of a
 * near-square block — susceptible (pale grey), extremist (orange) or recruiter (dark red). The model is well mixed,
 * so where an agent sits means nothing; the picture shows the shares, and how they change as agents are recruited,
 * activated and replaced. A legend strip along the bottom gives the agents' fractions beside the mean-field ODE's
 * at the same time. It draws the model its supplier gives (the one its {@link ContagionView} shows).
 */
final class ContagionPortrayal extends FieldPortrayal2D {

    static final Color SUSCEPTIBLE = new Color(0xD9D9D9);
    static final Color EXTREMIST = new Color(0xE69F00);
    static final Color RECRUITER = new Color(0xA50F15);
    static final Color[] COLOURS = {SUSCEPTIBLE, EXTREMIST, RECRUITER};
    /** Side of the (square) field in field units. */
    static final double SIZE = 700;
    /** Share of the field height the agents use; the rest is the legend. */
    static final double BLOCK = 0.88;

    private final Supplier<ContagionModel> shown;
    private BufferedImage image;
    private int[] pixels;
    private long frames;

    ContagionPortrayal(Supplier<ContagionModel> shown) {
        this.shown = shown;
    }

    /** Side of the block: agents per row. */
    static int side(int n) {
        return (int) Math.ceil(Math.sqrt(n));
    }

    /** Times the agents were drawn (for tests and frame rates). */
    long frames() {
        return frames;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        ContagionModel m = shown.get();
        if (m == null) {
            return;
        }
        int n = m.params().n();
        int w = side(n);
        int h = (n + w - 1) / w;
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        }
        int white = Color.WHITE.getRGB();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i < n ? COLOURS[m.agentState(i)].getRGB() : white;
        }
        Rectangle2D.Double block = blockArea(info.draw, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        int x0 = (int) Math.round(block.x);
        int y0 = (int) Math.round(block.y);
        g.drawImage(image, x0, y0, (int) Math.round(block.x + block.width) - x0,
                (int) Math.round(block.y + block.height) - y0, null);
        g.setColor(Color.GRAY);
        g.draw(block);
        legend(g, info.draw, m);
        frames++;
    }

    /** The block of square agent cells, centred in the upper part of the field. */
    static Rectangle2D.Double blockArea(Rectangle2D.Double draw, int w, int h) {
        return CellCanvas.cellArea(draw, w, h, BLOCK);
    }

    private static void legend(Graphics2D g, Rectangle2D.Double draw, ContagionModel m) {
        double scale = draw.width / SIZE;
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(9, Math.round(13 * scale))));
        double[] a = m.fractions();
        double[] o = m.odeState();
        String[] names = {"S", "E", "R"};
        double x = draw.x + 10 * scale;
        double y = draw.y + draw.height * BLOCK + 8 * scale;
        double box = 12 * scale;
        for (int c = 0; c < 3; c++) {
            String label = String.format(Locale.ROOT, "%s %.3f (ODE %.3f)", names[c], a[c], o[c]);
            x = CellCanvas.swatch(g, x, y, box, scale, COLOURS[c], label, 16);
        }
        g.drawString(String.format(Locale.ROOT, "step %d · t = %.1f", m.steps(), m.time()),
                (float) (draw.x + 10 * scale), (float) (y + box + 18 * scale));
    }
}
