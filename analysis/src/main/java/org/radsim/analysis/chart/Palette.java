package org.radsim.analysis.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;

/**
 * Colours and fonts shared by all charts. Scenario {@code i} always gets the same colour in every chart of a report
 * (baseline first). The eight colours are the colour-blind-safe set of Okabe &amp; Ito (2008), yellow left out
 * because it vanishes on white; beyond seven scenarios colours repeat with a dashed line.
 */
public final class Palette {

    private static final Color[] COLOURS = {
            new Color(0x00, 0x00, 0x00), // black — the baseline
            new Color(0xD5, 0x5E, 0x00), // vermillion
            new Color(0x00, 0x72, 0xB2), // blue
            new Color(0x00, 0x9E, 0x73), // bluish green
            new Color(0xCC, 0x79, 0xA7), // reddish purple
            new Color(0xE6, 0x9F, 0x00), // orange
            new Color(0x56, 0xB4, 0xE9), // sky blue
    };

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private Palette() {
    }

    /** Colour of scenario {@code i}. */
    public static Color colour(int i) {
        return COLOURS[i % COLOURS.length];
    }

    /** Line of scenario {@code i}: solid for the first round of colours, dashed after. */
    static Stroke line(int i) {
        if (i < COLOURS.length) {
            return new BasicStroke(2f);
        }
        return new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }

    /** Colour with transparency, for confidence bands. */
    static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Applies the common look: white background, fonts, a subtitle. */
    static JFreeChart style(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        // room on the right so the last tick label of the time axis is not clipped
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 16));
        chart.getTitle().setFont(TITLE);
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle t = new TextTitle(subtitle, SUBTITLE);
            t.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(t);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(TICKS);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.LIGHT_GRAY);
        return chart;
    }
}
