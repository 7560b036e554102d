package org.radsim.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radsim.core.classic.contagion.ContagionModel;

/**
 * The contagion GUI headless: every agent drawn in the colour of its state; the GUI run is the headless run step
 * for step, and its chart holds both the agents' and the ODE's trajectories; two contagion scenarios side by side
 * each run as they run headless.
 */
class ContagionGuiRenderingTest {

    private static final int SIZE = 700;

    @Test
    void everyAgentIsDrawnInTheColourOfItsState() throws Exception {
        ContagionGui gui = new ContagionGui(ScenarioSession.open("contagion", List.of("contagion.n=5000")));
        gui.start();
        // t = 30: the outbreak's steep phase, all three states present in large numbers
        for (int t = 0; t < 300; t++) {
            gui.step();
        }
        ContagionModel m = gui.shown();
        assertEquals(300, m.steps());
        long[] count = new long[3];
        for (int i = 0; i < m.params().n(); i++) {
            count[m.agentState(i)]++;
        }
        assertTrue(count[0] > 200 && count[1] > 200 && count[2] > 200, "S, E and R all present: "
                + java.util.Arrays.toString(count));
        double[] f = m.fractions();
        for (int c = 0; c < 3; c++) {
            assertEquals(count[c] / 5000.0, f[c], 1e-12);
        }

        BufferedImage img = gui.render(SIZE, SIZE);
        int w = ContagionPortrayal.side(5000);
        int h = (5000 + w - 1) / w;
        Rectangle2D.Double block = ContagionPortrayal.blockArea(new Rectangle2D.Double(0, 0, SIZE, SIZE), w, h);
        double s = block.width / w;
        long lo = (long) Math.floor(s) * (long) Math.floor(s);
        long hi = (long) Math.ceil(s) * (long) Math.ceil(s);
        for (int c = 0; c < 3; c++) {
            long pixels = count(img, ContagionPortrayal.COLOURS[c].getRGB(), block);
            assertTrue(pixels >= count[c] * lo && pixels <= count[c] * hi, "state " + c + ": " + count[c]
                    + " agents drew " + pixels + " pixels, expected " + count[c] * lo + ".." + count[c] * hi);
        }
        assertEquals(1, gui.agentsPortrayal().frames());
    }

    @Test
    void theGuiRunIsTheHeadlessRunStepForStep() throws Exception {
        ScenarioSession session = ScenarioSession.open("contagion", List.of("contagion.n=2000", "ticks=200"));
        ContagionGui gui = new ContagionGui(session);
        gui.start();
        List<double[]> headless = new java.util.ArrayList<>();
        // the GUI runs the scenario's own seed, like this model built directly from it
        new ContagionModel(session.scenario(), session.scenario().seed())
                .run((tick, global, regional) -> headless.add(global.clone()));
        for (int t = 1; t <= 200; t++) {
            gui.step();
            double[] a = gui.shown().fractions();
            double[] o = gui.shown().odeState();
            double[] row = headless.get(t);
            for (int c = 0; c < 3; c++) {
                assertEquals(row[c], a[c], 0.0, "agents, step " + t);
                assertEquals(row[3 + c], o[c], 0.0, "ODE, step " + t);
            }
        }
    }

    @Test
    void theChartHoldsTheAgentsAndTheOdeAtEveryStepOnTheTimeAxis() throws Exception {
        ContagionGui gui = new ContagionGui(ScenarioSession.open("contagion", List.of("contagion.n=2000",
                "contagion.dt=0.2", "ticks=150")));
        gui.start();
        for (int t = 0; t < 150; t++) {
            gui.step();
        }
        MeanFieldChart chart = gui.chart();
        chart.drainNow();
        assertEquals(151, chart.points(), "step 0 and 150 steps");
        assertEquals(150 * 0.2, chart.horizon(), 1e-9, "the time axis spans ticks · dt");
        ContagionModel m = gui.shown();
        for (int c = 0; c < 3; c++) {
            double[] last = chart.last(c);
            assertEquals(m.time(), last[0], 1e-9, "time t = step · dt");
            assertEquals(m.fractions()[c], last[1], 0.0, "agents, compartment " + c);
            assertEquals(m.odeState()[c], last[2], 0.0, "ODE, compartment " + c);
        }
        assertTrue(chart.last(2)[2] > 0.05, "by t = 30 the ODE's recruiters have grown from 0.01: "
                + chart.last(2)[2]);
    }

    @Test
    void twoContagionScenariosRunSideBySideAsTheyRunHeadless() throws Exception {
        List<String> small = List.of("contagion.n=2000", "ticks=200");
        ContagionGui base = new ContagionGui(ScenarioSession.open("contagion", small));
        List<String> slower = new java.util.ArrayList<>(small);
        slower.add("contagion.beta=0.3");
        CompareGui gui = base.compare(CompareGui.twin(base.session(), "contagion", slower));
        gui.start();
        for (int t = 0; t < 200; t++) {
            gui.step();
        }
        gui.charts().drainNow();
        for (int side = 0; side < 2; side++) {
            List<double[]> expected = CompareGuiTest.headless(gui.session(side).scenario());
            List<double[]> shown = gui.charts().rows(side);
            assertEquals(201, shown.size(), "side " + side);
            for (int t = 0; t <= 200; t++) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(expected.get(t), shown.get(t),
                        "side " + side + " at step " + t);
            }
        }
        double[] a = gui.charts().rows(0).get(200);
        double[] b = gui.charts().rows(1).get(200);
        assertTrue(b[2] < a[2], "a lower recruitment rate, fewer recruiters at t = 20: " + a[2] + " vs " + b[2]);
        assertTrue(gui.title(1).startsWith("B: contagion — step 200"), gui.title(1));
    }

    private static long count(BufferedImage img, int argb, Rectangle2D.Double within) {
        long n = 0;
        int rgb = argb & 0xFFFFFF;
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
