package org.radsim.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.population.Stage;

/** A single run's story exported headless: an animated GIF of the view and the charts, and a PNG snapshot. */
class RunExportTest {

    private static int frames(Path gif, int width, int height) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            for (int k = 0; k < n; k++) {
                BufferedImage f = reader.read(k);
                assertEquals(width, f.getWidth(), "frame " + k);
                assertEquals(height, f.getHeight(), "frame " + k);
            }
            return n;
        }
    }

    @Test
    void aRadicalizationRunRecordsOneFrameEveryKTicksOfTheViewAndTheCharts(@TempDir Path dir) throws Exception {
        RadicalizationGui gui = new RadicalizationGui(ScenarioSession.open("baseline", CompareGuiTest.SMALL));
        gui.start();
        Path file = dir.resolve("run.gif");
        gui.startRecording(file, 2, 400, 60);
        for (int t = 0; t < 7; t++) {
            gui.step();
        }
        assertFalse(Files.exists(file), "named only when complete");
        assertEquals(4, gui.stopRecording(), "ticks 0, 2, 4, 6");
        assertEquals(4, frames(file, 400, SideBySideImage.singleHeight(400, gui.view())));
    }

    @Test
    void aClassicRunRecordsItsGridAndItsChartToo(@TempDir Path dir) throws Exception {
        CivilViolenceGui gui = new CivilViolenceGui(ScenarioSession.open("validation/cv1-punctuated-equilibrium",
                List.of("ticks=20")));
        Path file = dir.resolve("cv.gif");
        gui.startRecording(file, 5, 300, 60);
        gui.start();
        for (int t = 0; t < 20; t++) {
            gui.step();
        }
        gui.finish();
        assertTrue(Files.exists(file), "the end of the run ends the recording");
        assertEquals(5, frames(file, 300, SideBySideImage.singleHeight(300, gui.view())), "ticks 0, 5, … 20");
    }

    @Test
    void theSnapshotShowsTheViewUnderItsTitleAndTheChartsBelow() throws Exception {
        // without the warm-up: from the drawn state the member curve visibly moves within 30 ticks (after the
        // warm-up the baseline is steady and the curve can stay on the same pixels)
        RadicalizationGui gui = new RadicalizationGui(ScenarioSession.open("baseline",
                CompareGuiTest.with(CompareGuiTest.SMALL, List.of("warm_up=0"))));
        gui.start();
        int viewBottom = SideBySideImage.TITLE + (int) (600 * gui.view().height() / gui.view().width());
        int member = StagePalette.colour(Stage.MEMBER).getRGB();
        long[] atZero = count(gui.snapshot(600), StagePalette.colour(Stage.NEUTRAL).getRGB(), member, viewBottom);
        for (int t = 0; t < 30; t++) {
            gui.step();
        }
        BufferedImage img = gui.snapshot(600);
        assertEquals(SideBySideImage.singleHeight(600, gui.view()), img.getHeight());
        long[] after = count(img, StagePalette.colour(Stage.NEUTRAL).getRGB(), member, viewBottom);
        assertTrue(after[0] > 1000, "citizens drawn in the view: " + after[0]);
        // at tick 0 the charts hold one point each (legend swatches only); after 30 ticks the member curve shows
        assertTrue(after[1] > atZero[1] + 30, "members' curve in the charts: " + atZero[1] + " -> " + after[1]);
    }

    /** Pixels of {@code inView} colour above {@code bottom}, and of {@code below} colour under it. */
    private static long[] count(BufferedImage img, int inView, int below, int bottom) {
        long[] n = new long[2];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) | 0xFF000000;
                if (y < bottom && rgb == (inView | 0xFF000000)) {
                    n[0]++;
                } else if (y >= bottom && rgb == (below | 0xFF000000)) {
                    n[1]++;
                }
            }
        }
        return n;
    }
}
