package org.radsim.core.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.replication.Seeds;

/**
 * A calibration is a pure function of its file: posterior.csv is byte-identical on 1 and 2 threads, after a crash
 * in the middle of a generation and a resume, and when a generation is computed as shards (Slurm array tasks).
 */
class DeterminismTest {

    static Calibration cal(Path dir) throws Exception {
        Path base = dir.resolve("contagion.yaml");
        Files.writeString(base, ContagionCoverageTest.SCENARIO);
        Calibration probe = ContagionCoverageTest.calibration(base, 5, new double[] {0, 0});
        double[] observed = new ScenarioSimulator(probe).simulate(new double[] {0.7}, Seeds.derive(3, 3));
        return ContagionCoverageTest.calibration(base, 5, observed);
    }

    static byte[] run(Calibration c, Path out, int threads, Simulator sim) throws IOException {
        CalibrationFolder f = new CalibrationFolder(out, c);
        f.writeTables(new AbcSmc(c, sim, f, threads).run(null));
        return Files.readAllBytes(out.resolve(CalibrationFolder.POSTERIOR));
    }

    @Test
    void sameOnOneAndTwoThreads(@TempDir Path dir) throws Exception {
        Calibration c = cal(dir);
        byte[] one = run(c, dir.resolve("one"), 1, new ScenarioSimulator(c));
        byte[] two = run(c, dir.resolve("two"), 2, new ScenarioSimulator(c));
        assertArrayEquals(one, two);
        assertTrue(new String(one).lines().count() > 60 * 4, "several generations were written");
    }

    @Test
    void sameAfterACrashMidGenerationAndAResume(@TempDir Path dir) throws Exception {
        Calibration c = cal(dir);
        byte[] fresh = run(c, dir.resolve("fresh"), 2, new ScenarioSimulator(c));
        ScenarioSimulator real = new ScenarioSimulator(c);
        AtomicInteger n = new AtomicInteger();
        // dies after 250 simulations: in generation 2 or 3 here, some particles of it stored, others not
        Simulator dying = (theta, seed) -> {
            if (n.incrementAndGet() > 250) {
                throw new IllegalStateException("killed");
            }
            return real.simulate(theta, seed);
        };
        Path out = dir.resolve("resumed");
        assertThrows(IllegalStateException.class, () -> run(c, out, 2, dying));
        assertTrue(Files.exists(out.resolve("parts")));
        assertArrayEquals(fresh, run(c, out, 1, real));
    }

    @Test
    void sameWhenEachGenerationRunsAsShards(@TempDir Path dir) throws Exception {
        Calibration c = cal(dir);
        byte[] local = run(c, dir.resolve("local"), 2, new ScenarioSimulator(c));
        Path out = dir.resolve("sharded");
        CalibrationFolder f = new CalibrationFolder(out, c);
        int shards = 3;
        for (int g = 0; ; g++) {
            int worked = -1;
            for (int s = shards - 1; s >= 0; s--) {
                worked = new AbcSmc(c, new ScenarioSimulator(c), f, 1).runShard(s, shards);
            }
            if (worked < 0) {
                break;
            }
        }
        f.writeTables(new AbcSmc(c, new ScenarioSimulator(c), f, 1).run(null));
        assertArrayEquals(local, Files.readAllBytes(out.resolve(CalibrationFolder.POSTERIOR)));
        List<String> lines = Files.readAllLines(out.resolve(CalibrationFolder.GENERATIONS));
        assertTrue(lines.size() > 2);
    }
}
