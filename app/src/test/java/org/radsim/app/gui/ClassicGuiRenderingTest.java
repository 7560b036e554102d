package org.radsim.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radsim.core.classic.civilviolence.CivilViolence;
import org.radsim.core.classic.relativeagreement.RelativeAgreementModel;

/** The classic models' views drawn headless into images. */
class ClassicGuiRenderingTest {

    private static final int SIZE = 700;

    @Test
    void theCivilViolenceGridShowsCopsActivesAndJailedEachInItsOwnColour() throws Exception {
        // legitimacy 0.6 keeps actives and jailed citizens on the grid at any time (CV-1's 0.82 is mostly quiet)
        CivilViolenceGui gui = new CivilViolenceGui(ScenarioSession.open("validation/cv1-punctuated-equilibrium",
                List.of("civil_violence.legitimacy=0.6")));
        gui.start();
        for (int t = 0; t < 60; t++) {
            gui.step();
        }
        CivilViolence m = gui.shown();
        // what each cell should show, worked out here from the agents: cop, else active, else quiet, else jailed
        int[] rank = new int[m.width() * m.height()];
        for (int i = 0; i < m.citizens(); i++) {
            int r = m.isJailed(i) ? 1 : m.isActive(i) ? 3 : 2;
            rank[m.citizenCell(i)] = Math.max(rank[m.citizenCell(i)], r);
        }
        for (int j = 0; j < m.cops(); j++) {
            rank[m.copCell(j)] = 4;
        }
        long[] cells = new long[5];
        for (int r : rank) {
            cells[r]++;
        }
        assertTrue(cells[1] > 0 && cells[3] > 0 && cells[4] > 0, "jailed, active and cop cells present");
        assertEquals(m.cops(), cells[4], "cops never share a cell");

        BufferedImage img = gui.render(SIZE, SIZE);
        Rectangle2D.Double grid = CivilViolencePortrayal.gridArea(new Rectangle2D.Double(0, 0, SIZE, SIZE),
                m.width(), m.height());
        double s = grid.width / m.width();
        long lo = (long) Math.floor(s) * (long) Math.floor(s);
        long hi = (long) Math.ceil(s) * (long) Math.ceil(s);
        Color[] colours = {CivilViolencePortrayal.JAILED, CivilViolencePortrayal.QUIET, CivilViolencePortrayal.ACTIVE,
                CivilViolencePortrayal.COP};
        for (int r = 1; r <= 4; r++) {
            long pixels = count(img, colours[r - 1], grid);
            assertTrue(pixels >= cells[r] * lo && pixels <= cells[r] * hi, "rank " + r + ": " + cells[r]
                    + " cells drew " + pixels + " pixels, expected " + cells[r] * lo + ".." + cells[r] * hi);
        }
    }

    @Test
    void theOpinionHistoryRecordsAColumnPerPeriodWithEveryAgent() throws Exception {
        RelativeAgreementGui gui = new RelativeAgreementGui(ScenarioSession.open("validation/ra1-both-extremes",
                List.of()));
        gui.start();
        for (int t = 0; t < 30; t++) {
            gui.step();
        }
        RelativeAgreementModel m = gui.shown();
        OpinionHistoryPortrayal h = gui.historyPortrayal();
        assertEquals(31, h.columns(), "period 0 and 30 periods");
        int[] last = h.column(30);
        int[] expected = new int[OpinionHistoryPortrayal.BINS];
        for (int i = 0; i < m.size(); i++) {
            expected[OpinionHistoryPortrayal.bin(m.opinion(i))]++;
        }
        assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(last));
        BufferedImage img = new BufferedImage(900, 560, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        Rectangle2D.Double all = new Rectangle2D.Double(0, 0, 900, 560);
        h.draw(m, g, new sim.portrayal.DrawInfo2D(gui, h, all, all));
        g.dispose();
        // period 0 is the first column of the plot (x from 50, y from 12, 508 px for 100 bins, +1 at the top):
        // a row is shaded exactly when some agent held an opinion in that bin
        int[] first = h.column(0);
        double row = (560 - 12 - 40) / (double) OpinionHistoryPortrayal.BINS;
        int shaded = 0;
        for (int b = 0; b < OpinionHistoryPortrayal.BINS; b++) {
            int y = (int) (12 + (OpinionHistoryPortrayal.BINS - 1 - b + 0.5) * row);
            boolean white = (img.getRGB(52, y) & 0xFFFFFF) == 0xFFFFFF;
            assertEquals(first[b] == 0, white, "bin " + b + " holds " + first[b] + " agents");
            shaded += white ? 0 : 1;
        }
        assertTrue(shaded > 10, "the initial opinions spread over many bins");
    }

    private static long count(BufferedImage img, Color c, Rectangle2D.Double within) {
        long n = 0;
        int rgb = c.getRGB() & 0xFFFFFF;
        for (int y = (int) within.y; y < Math.min(img.getHeight(), within.getMaxY() + 1); y++) {
            for (int x = (int) within.x; x < Math.min(img.getWidth(), within.getMaxX() + 1); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
