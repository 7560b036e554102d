package org.radsim.app.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * The picture of a comparison for slides and reports: the two views side by side, each under a title naming its
 * scenario and its current state, and the comparison charts below (or, for a single run, its view and its live
 * charts). Used for the PNG snapshots and for every frame of an exported animation.
 */
final class SideBySideImage {

    /** Height of a side's title bar in pixels. */
    static final int TITLE = 26;

    private SideBySideImage() {
    }

    /** The height of an image {@code width} pixels wide for views of this aspect ratio. */
    static int height(int width, ModelView view) {
        return TITLE + viewHeight(width, view) + chartsHeight(width);
    }

    private static int viewHeight(int width, ModelView view) {
        return (int) Math.round(width / 2.0 * view.height() / view.width());
    }

    private static int chartsHeight(int width) {
        return (int) Math.round(width * 0.34);
    }

    /** Draws A and B with their titles and the charts into a new image {@code width} pixels wide. */
    static BufferedImage render(int width, ModelView a, String titleA, ModelView b, String titleB,
            CompareCharts charts) {
        int half = width / 2;
        int vh = viewHeight(width, a);
        BufferedImage img = new BufferedImage(width, height(width, a), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        title(g, 0, half, titleA, CompareCharts.A);
        title(g, half, width - half, titleB, CompareCharts.B);
        a.drawInto(g, new Rectangle2D.Double(0, TITLE, half, vh), false);
        b.drawInto(g, new Rectangle2D.Double(half, TITLE, width - half, vh), false);
        g.setColor(new Color(0x99A3A4));
        g.drawLine(half, 0, half, TITLE + vh);
        charts.draw(g, new Rectangle2D.Double(0, TITLE + vh, width, chartsHeight(width)));
        g.dispose();
        return img;
    }

    /** The height of a single run's picture {@code width} pixels wide. */
    static int singleHeight(int width, ModelView view) {
        return TITLE + (int) Math.round(width * view.height() / view.width()) + (int) Math.round(width * 0.5);
    }

    /** One run: its view under a title, its charts below, in a new image {@code width} pixels wide. */
    static BufferedImage single(int width, ModelView view, String title, ChartWindow charts) {
        int vh = (int) Math.round(width * view.height() / view.width());
        BufferedImage img = new BufferedImage(width, singleHeight(width, view), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        title(g, 0, width, title, new Color(0x34495E));
        view.drawInto(g, new Rectangle2D.Double(0, TITLE, width, vh), false);
        charts.draw(g, new Rectangle2D.Double(0, TITLE + vh, width, img.getHeight() - TITLE - vh));
        g.dispose();
        return img;
    }

    private static void title(Graphics2D g, int x, int w, String text, Color colour) {
        g.setColor(colour);
        g.fillRect(x, 0, w, TITLE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(text, x + 8, TITLE - 8);
    }
}
