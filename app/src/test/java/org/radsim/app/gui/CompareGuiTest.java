package org.radsim.app.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.population.Stage;
import org.radsim.core.run.Models;
import org.radsim.core.scenario.Scenario;

/** The side-by-side comparison, headless: both sides against headless runs, the difference, the exports. */
class CompareGuiTest {

    /** A small baseline (2 000 citizens) so that a test runs in a second or two. */
    static final List<String> SMALL = List.of("population.size=2000", "ticks=60");

    static List<String> with(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Every row a headless run of the scenario reports, tick 0 first. */
    static List<double[]> headless(Scenario s) throws Exception {
        List<double[]> rows = new ArrayList<>();
        Models.create(s, s.seed(), 1).run((tick, global, regional) -> rows.add(global.clone()));
        return rows;
    }

    private static CompareGui started(ScenarioGui template, String alt, List<String> overrides) throws Exception {
        CompareGui gui = template.compare(CompareGui.twin(template.session(), alt, overrides));
        gui.start();
        return gui;
    }

    private static void play(CompareGui gui, int ticks) {
        for (int t = 0; t < ticks; t++) {
            gui.step();
        }
        gui.charts().drainNow();
    }

    /** Side by side equals headless row for row (a side that ended early repeats its last row). */
    private static void assertSameRows(List<double[]> expected, List<double[]> shown, String side) {
        for (int t = 0; t < shown.size(); t++) {
            double[] want = expected.get(Math.min(t, expected.size() - 1));
            assertArrayEquals(want, shown.get(t), side + " at tick " + t);
        }
    }

    @Test
    void eachSideComputesExactlyWhatAHeadlessRunOfItsScenarioComputes() throws Exception {
        RadicalizationGui base = new RadicalizationGui(ScenarioSession.open("baseline", SMALL));
        CompareGui gui = started(base, "baseline", with(SMALL, ScenarioSessionTest.WITH_INTERVENTIONS));
        play(gui, 60);
        assertEquals(60, gui.pair().a().schedule.getSteps());
        assertEquals(60, gui.pair().b().schedule.getSteps());
        List<double[]> a = gui.charts().rows(0);
        List<double[]> b = gui.charts().rows(1);
        assertEquals(61, a.size(), "tick 0 and 60 ticks");
        List<double[]> headlessA = headless(gui.session(0).scenario());
        List<double[]> headlessB = headless(gui.session(1).scenario());
        assertSameRows(headlessA, a, "A");
        assertSameRows(headlessB, b, "B");
        assertEquals(gui.session(0).scenario().seed(), gui.session(1).scenario().seed(), "common random numbers");
        assertArrayEquals(a.get(0), b.get(0), "the same people at tick 0");
        assertFalse(Arrays.equals(a.get(60), b.get(60)), "the interventions change B");
    }

    @Test
    void withTheSameScenarioOnBothSidesTheDifferenceIsZeroAtEveryTick() throws Exception {
        RadicalizationGui base = new RadicalizationGui(ScenarioSession.open("baseline", SMALL));
        CompareGui gui = started(base, "baseline", SMALL);
        play(gui, 60);
        List<ModelView.Compared> compared = gui.view(0).compared();
        for (int k = 0; k < compared.size(); k++) {
            double[] d = gui.charts().differences(k);
            assertEquals(61, d.length, compared.get(k).title());
            for (int t = 0; t < d.length; t++) {
                assertEquals(0.0, d[t], compared.get(k).title() + " at tick " + t);
            }
        }
        double recruits = compared.get(1).value().applyAsDouble(gui.charts().rows(0).get(60));
        assertTrue(recruits > 0, "the zero difference is between two runs that recruit: " + recruits);
    }

    @Test
    void switchingAnInterventionOffOnOneSideChangesOnlyThatSide() throws Exception {
        RadicalizationGui base = new RadicalizationGui(ScenarioSession.open("baseline",
                with(SMALL, ScenarioSessionTest.WITH_INTERVENTIONS)));
        CompareGui gui = started(base, "baseline", with(SMALL, ScenarioSessionTest.WITH_INTERVENTIONS));
        play(gui, 10);
        PropertyList levers = new PropertyList();
        gui.view(1).addLevers(levers, "B ", gui.session(1), () -> gui.pair().b(), () -> gui.state.schedule);
        assertEquals("B On: jobs", levers.getName(0));
        levers.setValue(0, "false");
        play(gui, 1);
        var a = (org.radsim.core.model.RadicalizationModel) gui.pair().a();
        var b = (org.radsim.core.model.RadicalizationModel) gui.pair().b();
        assertTrue(a.interventions().all().get(0).running(), "A keeps its jobs programme");
        assertFalse(b.interventions().all().get(0).running(), "B's is off from the next tick");
        assertFalse(gui.session(1).interventionOn(0));
        assertTrue(gui.session(0).interventionOn(0));
    }

    @Test
    void theClassicModelsRunSideBySideAsTheyRunHeadless() throws Exception {
        CivilViolenceGui cv = new CivilViolenceGui(ScenarioSession.open("validation/cv1-punctuated-equilibrium",
                List.of("ticks=40")));
        CompareGui g = started(cv, "validation/cv1-punctuated-equilibrium",
                List.of("ticks=40", "civil_violence.legitimacy=0.6"));
        play(g, 40);
        assertSameRows(headless(g.session(0).scenario()), g.charts().rows(0), "A");
        assertSameRows(headless(g.session(1).scenario()), g.charts().rows(1), "B");
        // the metrics row starts actives, quiet, jailed
        double[] a40 = g.charts().rows(0).get(40);
        double[] b40 = g.charts().rows(1).get(40);
        assertTrue(b40[0] + b40[2] > a40[0] + a40[2], "lower legitimacy: more citizens active or jailed");

        RelativeAgreementGui ra = new RelativeAgreementGui(ScenarioSession.open("validation/ra1-both-extremes",
                List.of("relative_agreement.n=60")));
        CompareGui r = started(ra, "validation/ra1-both-extremes", List.of("relative_agreement.n=60",
                "relative_agreement.pe=0.1"));
        play(r, 150);
        List<double[]> headlessA = headless(r.session(0).scenario());
        assertSameRows(headlessA, r.charts().rows(0), "A");
        assertSameRows(headless(r.session(1).scenario()), r.charts().rows(1), "B");
        assertEquals(((org.radsim.core.classic.relativeagreement.RelativeAgreementModel) r.view(0).shown()).isStable(),
                headlessA.size() <= 151,
                "a side that became stable stops where the headless run stops");
    }

    @Test
    void theSecondScenarioRunsWithTheFirstsSeedAndMustMatchItsModelAndHorizon() throws Exception {
        ScenarioSession base = ScenarioSession.open("baseline", List.of("seed=7"));
        assertEquals(7, CompareGui.twin(base, "jobs", List.of()).scenario().seed());
        IllegalArgumentException model = assertThrows(IllegalArgumentException.class,
                () -> CompareGui.twin(base, "civil-violence", List.of()));
        assertTrue(model.getMessage().contains("radicalization model") && model.getMessage().contains(
                "civil-violence model"), model.getMessage());
        IllegalArgumentException ticks = assertThrows(IllegalArgumentException.class,
                () -> CompareGui.twin(base, "jobs", List.of("ticks=100")));
        assertTrue(ticks.getMessage().contains("ticks differ (baseline: 520, jobs: 100)"), ticks.getMessage());
    }

    @Test
    void anExportedGifHasOneFramePerRecordedTickInTheSnapshotsSize(@TempDir Path dir) throws Exception {
        RadicalizationGui base = new RadicalizationGui(ScenarioSession.open("baseline", SMALL));
        CompareGui gui = started(base, "jobs", with(SMALL, List.of("interventions[0].start=0")));
        play(gui, 4);
        Path file = dir.resolve("run.gif");
        // from tick 4, a frame now and one every 3 ticks: ticks 4, 7, 10, 13, 16
        gui.startRecording(file, 3, 480, 100);
        play(gui, 12);
        assertFalse(Files.exists(file), "the animation gets its name when it is complete");
        assertEquals(5, gui.stopRecording());
        int height = SideBySideImage.height(480, gui.view(0));
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(5, reader.getNumImages(true));
            for (int k = 0; k < 5; k++) {
                BufferedImage frame = reader.read(k);
                assertEquals(480, frame.getWidth());
                assertEquals(height, frame.getHeight());
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(k)
                        .getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension")
                        .item(0);
                assertEquals("10", control.getAttribute("delayTime"), "100 ms per frame");
            }
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode app = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", app.getAttribute("applicationID"), "the animation loops");
        }
    }

    @Test
    void aRecordingAskedForWhileStoppedBeginsAtTickZeroWhenPlayStarts(@TempDir Path dir) throws Exception {
        RadicalizationGui base = new RadicalizationGui(ScenarioSession.open("baseline", SMALL));
        CompareGui gui = base.compare(CompareGui.twin(base.session(), "baseline", SMALL));
        Path file = dir.resolve("from-zero.gif");
        gui.startRecording(file, 1, 300, 50);
        assertTrue(gui.statusLine().contains("begins when you press play"), gui.statusLine());
        gui.start();
        play(gui, 6);
        assertEquals(7, gui.stopRecording(), "ticks 0 to 6");
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(7, reader.getNumImages(true));
        }
    }

    @Test
    void theSnapshotShowsBothSidesWithTheirTitlesAndCitizens(@TempDir Path dir) throws Exception {
        RadicalizationGui base = new RadicalizationGui(ScenarioSession.open("baseline", SMALL));
        CompareGui gui = started(base, "jobs", SMALL);
        play(gui, 30);
        Path file = dir.resolve("both.png");
        gui.writeSnapshot(file);
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(CompareGui.IMAGE_WIDTH, img.getWidth());
        int half = img.getWidth() / 2;
        assertEquals(CompareCharts.A.getRGB(), img.getRGB(4, 4), "A's title bar on the left");
        assertEquals(CompareCharts.B.getRGB(), img.getRGB(half + 4, 4), "B's title bar on the right");
        int neutral = StagePalette.colour(Stage.NEUTRAL).getRGB();
        int viewBottom = SideBySideImage.TITLE + (int) (half * gui.view(0).height() / gui.view(0).width());
        assertTrue(count(img, neutral, 0, half, viewBottom) > 1000, "citizens drawn on side A");
        assertTrue(count(img, neutral, half, img.getWidth(), viewBottom) > 1000, "citizens drawn on side B");
        assertTrue(count(img, CompareCharts.DIFFERENCE.getRGB(), 0, img.getWidth(), img.getHeight())
                - count(img, CompareCharts.DIFFERENCE.getRGB(), 0, img.getWidth(), viewBottom) > 50,
                "the difference curves drawn below the views");
    }

    private static long count(BufferedImage img, int rgb, int x0, int x1, int y1) {
        long n = 0;
        for (int y = 0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                n += (img.getRGB(x, y) | 0xFF000000) == (rgb | 0xFF000000) ? 1 : 0;
            }
        }
        return n;
    }
}
