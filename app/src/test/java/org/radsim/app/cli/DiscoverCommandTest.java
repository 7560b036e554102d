package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code radsim discover} on a sweep of the {@code known_box} test function (the synthetic problem: 5
 * uniform factors, y = 1 inside [0.2, 0.5] × [0.6, 0.9] of x1, x2, 10 % of labels flipped; 2 000 Latin-hypercube
 * points), through the same plan → run → discover path users take.
 */
class DiscoverCommandTest {

    @TempDir
    static Path tmp;
    static Path sweep;

    @BeforeAll
    static void runSweep() throws Exception {
        Path file = tmp.resolve("box.yaml");
        StringBuilder s = new StringBuilder("name: known-box\nmodel: known_box\nseed: 20261202\nreplications: 1\n"
                + "factors:\n");
        for (int i = 1; i <= 5; i++) {
            s.append("  - {path: x").append(i).append(", min: 0, max: 1}\n");
        }
        s.append("design: {type: lhs, n: 2000}\nmetrics: [y]\n");
        Files.writeString(file, s);
        sweep = tmp.resolve("sweep");
        CliRun r = CliRun.of("sweep", "run", file.toString(), "--out", sweep.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void findsTheKnownBoxAndWritesEveryOutput() throws Exception {
        CliRun r = CliRun.of("discover", sweep.toString(), "--where", "y > 0.5");
        assertEquals(0, r.exit(), r.err());
        Path out = sweep.resolve("discovery");
        List<String> box = Files.readAllLines(out.resolve("prim-box.csv"));
        double[][] limits = new double[5][];
        for (int i = 0; i < 5; i++) {
            String[] c = box.get(i + 1).split(",");
            assertEquals("x" + (i + 1), c[0]);
            assertEquals(i < 2, Boolean.parseBoolean(c[1]), "restricted: " + box.get(i + 1));
            limits[i] = new double[] {Double.parseDouble(c[2]), Double.parseDouble(c[3])};
        }
        assertEquals(0.2, limits[0][0], 0.05);
        assertEquals(0.5, limits[0][1], 0.05);
        assertEquals(0.6, limits[1][0], 0.05);
        assertEquals(0.9, limits[1][1], 0.05);
        assertTrue(r.out().contains("≤ x1 ≤"), r.out());
        assertTrue(r.out().contains("CART splits on: x1, x2"), r.out());
        for (String f : new String[] {"prim-peeling.csv", "cart.txt", "report.html", "charts/prim-tradeoff.png",
                "charts/prim-tradeoff.svg", "charts/prim-box.png", "charts/prim-box.svg"}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        List<String> peel = Files.readAllLines(out.resolve("prim-peeling.csv"));
        assertTrue(peel.get(0).startsWith("step,chosen,points,support,coverage,density,restricted,x1_lo,x1_hi"));
        assertEquals(1, peel.stream().skip(1).filter(l -> l.split(",")[1].equals("1")).count());
    }

    @Test
    void anUnknownColumnIsBadInputNamingIt() {
        CliRun r = CliRun.of("discover", sweep.toString(), "--where", "recruits < 3", "--out",
                tmp.resolve("x").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown column 'recruits'") && r.err().contains("the columns are: x1, x2"),
                r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    @Test
    void anEmptySelectionIsBadInput() {
        CliRun r = CliRun.of("discover", sweep.toString(), "--where", "y > 2", "--out", tmp.resolve("y").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("selects none of the 2000 cases"), r.err());
    }
}
