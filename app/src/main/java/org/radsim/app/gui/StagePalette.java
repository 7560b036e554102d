package org.radsim.app.gui;

import java.awt.Color;

import org.radsim.core.population.Stage;

/**
 * The colour of each stage, shared by the population view, its legend and the stage chart. The opinion pyramid
 * warms from grey to orange; the action pyramid is red (member), blue (detained) and green (disengaged), so the
 * eye separates "holds radical views" from "acts" at a glance.
 */
final class StagePalette {

    private static final Color[] COLOURS = {
            new Color(0xD5D8DC), // neutral
            new Color(0xF4C542), // sympathizer
            new Color(0xE8731A), // radicalized
            new Color(0xC8102E), // member
            new Color(0x2F5DC8), // detained
            new Color(0x2E9E5B), // disengaged
    };
    private static final int[] ARGB = new int[COLOURS.length];

    static {
        for (int s = 0; s < COLOURS.length; s++) {
            ARGB[s] = COLOURS[s].getRGB();
        }
    }

    /** The recruiters' marker colour. */
    static final Color RECRUITER = new Color(0x111111);

    private StagePalette() {
    }

    static Color colour(Stage stage) {
        return COLOURS[stage.ordinal()];
    }

    static int argb(byte stageCode) {
        return ARGB[stageCode];
    }

    /** The label a student reads in the legend. */
    static String label(Stage stage) {
        return stage.column();
    }
}
