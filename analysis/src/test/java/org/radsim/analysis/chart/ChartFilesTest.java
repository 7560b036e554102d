package org.radsim.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.analysis.results.ResultsFolder;
import org.radsim.analysis.results.SyntheticResults;
import org.radsim.analysis.stats.Estimate;

class ChartFilesTest {

    private static void assertRealChart(Path png) throws Exception {
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img.getWidth() >= 600 && img.getHeight() >= 300, "chart has a usable size: " + png);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "chart is not blank: " + colours.size() + " colours in " + png);
        Path svg = png.resolveSibling(png.getFileName().toString().replace(".png", ".svg"));
        String s = Files.readString(svg);
        assertTrue(s.contains("<svg") && s.length() > 5_000, "SVG written: " + svg);
    }

    @Test
    void scenarioChartsAreWrittenAsNonTrivialPngAndSvg(@TempDir Path dir) throws Exception {
        Path cmp = SyntheticResults.standardCompare(dir.resolve("cmp"), 4, 104);
        List<ResultsFolder> scenarios = List.of(ResultsFolder.read(cmp.resolve("00-baseline")),
                ResultsFolder.read(cmp.resolve("01-counter-narrative")));
        Path charts = dir.resolve("charts");
        List<ScenarioCharts.Written> written = new java.util.ArrayList<>();
        written.addAll(ScenarioCharts.timeSeries(scenarios, charts));
        written.addAll(ScenarioCharts.endpoints(scenarios, charts));
        written.addAll(ScenarioCharts.regions(scenarios, charts));
        written.add(ScenarioCharts.cost(List.of(new CostChart.Point("a", 1, Estimate.of(new double[] {3, 4, 5}),
                Estimate.of(new double[] {1000, 1100, 900}))), charts));
        assertTrue(written.size() >= 20, "charts for every key metric: " + written.size());
        for (ScenarioCharts.Written w : written) {
            assertRealChart(charts.resolve(w.file()));
        }
    }
}
