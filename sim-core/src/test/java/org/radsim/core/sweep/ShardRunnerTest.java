package org.radsim.core.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardRunnerTest {

    @TempDir
    Path tmp;

    /** Ishigami on a grid whose x2 = 5 column lies outside the domain: those runs fail. */
    private Plan plan() throws Exception {
        Path f = tmp.resolve("grid.yaml");
        Files.writeString(f, """
                name: grid
                model: ishigami
                replications: 2
                factors:
                  - {path: x1, min: -3, max: 3}
                  - path: x2
                    values: [-1, 0, 5]
                design: {type: factorial, levels: 4}
                metrics: [y]
                """);
        return Plan.of(SweepLoader.load(f));
    }

    private byte[] single(Plan plan, String name) throws Exception {
        SweepFolder folder = new SweepFolder(tmp.resolve(name));
        new ShardRunner(plan, folder).run(0, 1, 1, null);
        Merger.merge(folder, 1);
        return Files.readAllBytes(folder.results());
    }

    @Test
    void shardsAndThreadsMergeToTheSingleProcessTableByteForByte() throws Exception {
        Plan plan = plan();
        byte[] reference = single(plan, "single");
        SweepFolder folder = new SweepFolder(tmp.resolve("sharded"));
        for (int i = 0; i < 5; i++) {
            new ShardRunner(plan, folder).run(i, 5, 3, null);
        }
        Merger.Merged m = Merger.merge(folder, 0);
        assertEquals(24, m.runs());
        assertArrayEquals(reference, Files.readAllBytes(folder.results()));
    }

    @Test
    void aFailedRunIsAnErrorRowAndTheOthersGoOn() throws Exception {
        Plan plan = plan();
        single(plan, "errors");
        List<String> rows = Files.readAllLines(tmp.resolve("errors").resolve("results.csv"));
        assertEquals("run,point,replication,seed,x1,x2,status,error,y", rows.get(0));
        long failed = rows.stream().filter(r -> r.contains(",failed,")).count();
        assertEquals(8, failed, "4 levels of x1 × 2 replications at x2 = 5");
        assertTrue(rows.get(5).endsWith(",failed,IllegalArgumentException: x2 = 5 is outside the domain of ishigami,"), rows.get(5));
        assertTrue(rows.get(1).contains(",ok,,"), rows.get(1));
        assertEquals(plan.seed(3), Long.parseLong(rows.get(4).split(",")[3]), "seed derived from the run index");
    }

    @Test
    void aRestartedShardKeepsItsRowsAndRunsOnlyTheMissingOnes() throws Exception {
        Plan plan = plan();
        byte[] reference = single(plan, "reference");
        SweepFolder folder = new SweepFolder(tmp.resolve("resumed"));
        ShardRunner.preparePlan(plan, folder);
        Files.createDirectories(folder.shards());
        // what a killed shard leaves: the header, some complete rows and half a row
        List<String> done = Files.readAllLines(tmp.resolve("reference/shards/shard-0-of-1.csv"));
        String partial = String.join("\r\n", done.subList(0, 11)) + "\r\n" + done.get(11).substring(0, 9);
        Files.writeString(folder.partialFile(0, 1), partial);
        ShardRunner.Result r = new ShardRunner(plan, folder).run(0, 1, 2, null);
        assertEquals(10, r.alreadyDone());
        assertEquals(14, r.ran());
        Merger.merge(folder, 1);
        assertArrayEquals(reference, Files.readAllBytes(folder.results()));
        assertTrue(!Files.exists(folder.partialFile(0, 1)), "the partial file is renamed when the shard completes");
    }

    @Test
    void mergeRefusesMissingShardsAndStatusNamesThem() throws Exception {
        Plan plan = plan();
        SweepFolder folder = new SweepFolder(tmp.resolve("gap"));
        for (int i : new int[] {0, 1, 3}) {
            new ShardRunner(plan, folder).run(i, 4, 1, null);
        }
        SweepFolderException e = assertThrows(SweepFolderException.class, () -> Merger.merge(folder, 4));
        assertTrue(e.getMessage().contains("1 of 4 shards missing or unfinished: 2"), e.getMessage());
        SweepStatus s = SweepStatus.of(folder, 0);
        assertEquals(List.of(2), s.unfinished());
        String text = s.render(folder);
        assertTrue(text.contains("--shard 2 --shards 4"), text);
        // x2 = 5 at points 2, 5, 8, 11 = runs 4, 5, 10, 11, 16, 17, 22, 23; shard 2 (missing) holds 10 and 22
        assertEquals(6, s.failedRuns());
    }

    @Test
    void mergeRefusesAShardOfAnotherPlan() throws Exception {
        Plan plan = plan();
        SweepFolder folder = new SweepFolder(tmp.resolve("other"));
        new ShardRunner(plan, folder).run(0, 1, 1, null);
        Path info = folder.shardInfo(0, 1);
        Files.writeString(info, Files.readString(info).replace(plan.hash(), "0".repeat(64)));
        SweepFolderException e = assertThrows(SweepFolderException.class, () -> Merger.merge(folder, 1));
        assertTrue(e.getMessage().contains("belongs to another plan"), e.getMessage());
    }

    @Test
    void aFolderOfAnotherPlanIsNotReused() throws Exception {
        Plan plan = plan();
        SweepFolder folder = new SweepFolder(tmp.resolve("reuse"));
        ShardRunner.preparePlan(plan, folder);
        Path f = tmp.resolve("other.yaml");
        Files.writeString(f, """
                model: ishigami
                factors:
                  - {path: x1, min: -3, max: 3}
                design: {type: oat}
                metrics: [y]
                """);
        Plan other = Plan.of(SweepLoader.load(f));
        SweepFolderException e = assertThrows(SweepFolderException.class, () -> ShardRunner.preparePlan(other, folder));
        assertTrue(e.getMessage().contains("holds another plan"), e.getMessage());
    }

    @Test
    void thePlanHashDependsOnTheSeed() throws Exception {
        Path f = tmp.resolve("s.yaml");
        String yaml = """
                model: ishigami
                seed: %d
                factors:
                  - {path: x1, min: -3, max: 3}
                design: {type: lhs, n: 5}
                metrics: [y]
                """;
        Files.writeString(f, yaml.formatted(1));
        String h1 = Plan.of(SweepLoader.load(f)).hash();
        String again = Plan.of(SweepLoader.load(f)).hash();
        Files.writeString(f, yaml.formatted(2));
        String h2 = Plan.of(SweepLoader.load(f)).hash();
        assertEquals(h1, again);
        assertTrue(!h1.equals(h2));
    }

    @Test
    void aFactorValueTheScenarioValidatorRejectsIsRefusedAtPlanTime() throws Exception {
        // issue 11: such a value used to pass the plan and make its runs error rows
        Files.copy(Path.of("src/test/resources/sweep/small.yaml"), tmp.resolve("small.yaml"));
        Path f = tmp.resolve("model.yaml");
        Files.writeString(f, """
                base: small.yaml
                set: [ticks=5, population.size=300]
                factors:
                  - path: opinion.mu
                    values: [0.1, 0.2, 7]
                design: {type: factorial}
                metrics: [final_radicalized]
                """);
        var e = assertThrows(org.radsim.core.scenario.ScenarioException.class, () -> SweepLoader.load(f));
        assertTrue(e.getMessage().contains("value 7 of opinion.mu is outside the key's allowed range"), e.getMessage());
    }
}
