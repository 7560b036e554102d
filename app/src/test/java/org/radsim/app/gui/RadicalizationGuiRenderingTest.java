package org.radsim.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.population.Population;
import org.radsim.core.population.Recruiter;
import org.radsim.core.population.Stage;

import sim.portrayal.DrawInfo2D;

/** The population view drawn headless into images (no window): colours, counts, recruiters and clicks. */
class RadicalizationGuiRenderingTest {

    private static final int W = 1000;
    private static final int H = 700;
    private static RadicalizationGui gui;

    @BeforeAll
    static void runTheBaselineForAWhile() throws Exception {
        // without the baseline's warm-up: these rendering checks need recruiter markers that do not overlap, as
        // after 150 ticks from the drawn state (after the 312-tick warm-up there are more, and some touch)
        gui = new RadicalizationGui(ScenarioSession.open("baseline", List.of("warm_up=0")));
        gui.start();
        for (int t = 0; t < 150; t++) {
            gui.step();
        }
    }

    private static BufferedImage citizensOnly(RadicalizationGui g) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, W, H);
        Rectangle2D.Double all = new Rectangle2D.Double(0, 0, W, H);
        g.citizensPortrayal().draw(g.model(), g2, new DrawInfo2D(g, g.citizensPortrayal(), all, all));
        g2.dispose();
        return img;
    }

    private static long[] pixelsPerStage(BufferedImage img) {
        long[] n = new long[Stage.values().length];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) | 0xFF000000;
                for (Stage s : Stage.values()) {
                    if (rgb == StagePalette.colour(s).getRGB()) {
                        n[s.ordinal()]++;
                    }
                }
            }
        }
        return n;
    }

    /**
     * Each dot is drawn as a block of whole pixels: with s screen pixels per dot, a dot covers between
     * floor(s)² and ceil(s)² pixels, so a stage with c citizens covers between c·floor(s)² and c·ceil(s)².
     */
    private static void assertPixelsMatchCounts(RadicalizationGui g, long[] citizens) {
        long[] pixels = pixelsPerStage(citizensOnly(g));
        double s = g.shown().layout().pitch() * W / PopulationLayout.WIDTH;
        long lo = (long) Math.floor(s) * (long) Math.floor(s);
        long hi = (long) Math.ceil(s) * (long) Math.ceil(s);
        for (Stage st : Stage.values()) {
            long c = citizens[st.ordinal()];
            long p = pixels[st.ordinal()];
            assertTrue(p >= c * lo && p <= c * hi,
                    st + ": " + c + " citizens drew " + p + " pixels, expected " + c * lo + ".." + c * hi);
        }
    }

    private static long[] stageCounts(Population p) {
        long[] n = new long[Stage.values().length];
        for (int i = 0; i < p.size; i++) {
            n[p.stage[i]]++;
        }
        return n;
    }

    @Test
    void eachStagesColourCoversAnAreaInProportionToItsCount() {
        long[] counts = stageCounts(gui.model().population());
        assertEquals(counts[Stage.MEMBER.ordinal()], (long) gui.model().observer().latest()[3],
                "the view and the observer count the same members");
        assertTrue(counts[Stage.RADICALIZED.ordinal()] > 0 && counts[Stage.MEMBER.ordinal()] > 0,
                "after 150 ticks the baseline has radicalized citizens and members");
        assertPixelsMatchCounts(gui, counts);
    }

    @Test
    void everyStageHasItsOwnColourWhenAllArePresent() throws Exception {
        RadicalizationGui g = new RadicalizationGui(ScenarioSession.open("baseline", List.of()));
        g.start();
        Population p = g.model().population();
        for (int i = 0; i < p.size; i++) {
            p.stage[i] = (byte) (i % 6);
        }
        long[] counts = stageCounts(p);
        for (Stage s : Stage.values()) {
            assertTrue(counts[s.ordinal()] >= 3333, s + " present");
        }
        assertPixelsMatchCounts(g, counts);
    }

    @Test
    void recruitersAreDrawnAsDarkMarkersOverTheirRegion() {
        BufferedImage img = gui.render(W, H, false);
        RadicalizationModel m = gui.model();
        List<Recruiter> recruiters = m.membership().recruiters();
        assertTrue(!recruiters.isEmpty());
        for (Recruiter rc : recruiters) {
            Point2D.Double f = RecruitersPortrayal.position(rc, m.population(), gui.shown().layout());
            Point2D.Double c = PopulationLayout.toScreen(f.x, f.y, new Rectangle2D.Double(0, 0, W, H));
            int rgb = img.getRGB((int) c.x, (int) c.y) | 0xFF000000;
            assertEquals(StagePalette.RECRUITER.getRGB(), rgb, "recruiter " + rc.citizen() + " at its marker");
        }
    }

    @Test
    void aClickOnADotFindsThatCitizen() {
        Rectangle2D.Double all = new Rectangle2D.Double(0, 0, W, H);
        Population p = gui.model().population();
        java.util.Set<Integer> recruiterIds = new java.util.HashSet<>();
        gui.model().membership().recruiters().forEach(r -> recruiterIds.add(r.citizen()));
        for (int i : new int[] {0, 1, 4321, 6000, 15_999, 19_999}) {
            Point2D.Double f = gui.shown().layout().position(i, p.region[i]);
            Point2D.Double c = PopulationLayout.toScreen(f.x, f.y, all);
            DrawInfo2D click = new DrawInfo2D(gui, gui.citizensPortrayal(), all,
                    new Rectangle2D.Double(c.x, c.y, 1, 1));
            int hit = gui.citizensPortrayal().citizenAt(click);
            assertTrue(hit == i || recruiterIds.contains(hit), "click on " + i + " found " + hit);
        }
    }

    @Test
    void theCitizenInspectorReadsTheArraysLive() {
        RadicalizationModel m = gui.model();
        int i = 4321;
        PropertyList props = CitizenInspector.properties(m, i);
        int opinion = indexOf(props, "Opinion x");
        int stage = indexOf(props, "Stage");
        assertEquals(Math.round(m.population().opinion()[i] * 1e4) / 1e4, (Double) props.getValue(opinion), 1e-12);
        m.population().opinion()[i] = 0.987f;
        m.population().stage[i] = Stage.DETAINED_CODE;
        assertEquals(0.987, (Double) props.getValue(opinion), 1e-12);
        assertEquals("detained", props.getValue(stage));
    }

    private static int indexOf(PropertyList l, String name) {
        for (int k = 0; k < l.numProperties(); k++) {
            if (l.getName(k).equals(name)) {
                return k;
            }
        }
        throw new AssertionError("no property " + name);
    }
}
