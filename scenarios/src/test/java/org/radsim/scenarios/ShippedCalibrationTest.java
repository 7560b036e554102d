package org.radsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.radsim.core.calibration.Calibration;
import org.radsim.core.calibration.CalibrationLoader;
import org.radsim.core.calibration.ScenarioSimulator;
import org.radsim.core.replication.Seeds;

/**
 * The shipped calibration files load (every key path, prior range, metric checked against the base) and say
 * they are illustrative; one simulation at the prior's centre gives a finite value for every target.
 */
class ShippedCalibrationTest {

    @Test
    void everyShippedCalibrationLoadsAndSimulates() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("calibration"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            Calibration c = CalibrationLoader.load(f);
            assertTrue(Files.readString(f).contains("ILLUSTRATIVE"), f + " says its targets are illustrative");
            assertTrue(c.parameters().size() >= 3 && c.parameters().size() <= 5, "3-5 parameters");
            double[] mid = c.parameters().stream().mapToDouble(p -> (p.prior().min() + p.prior().max()) / 2).toArray();
            // a short run keeps the test cheap; the statistics' windows need ticks up to 260
            double[] stats = new ScenarioSimulator(c).simulate(mid, Seeds.derive(1, 1));
            assertEquals(c.targets().size(), stats.length);
            for (double v : stats) {
                assertTrue(Double.isFinite(v), f + ": " + java.util.Arrays.toString(stats));
            }
        }
    }
}
