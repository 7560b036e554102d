package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    @TempDir
    Path tmp;

    private Path sweepFile() throws Exception {
        Files.copy(Path.of("src/test/resources/sweep/small.yaml"), tmp.resolve("small.yaml"));
        Path f = tmp.resolve("real-lhs.yaml");
        Files.copy(Path.of("src/test/resources/sweep/real-lhs.yaml"), f);
        return f;
    }

    @Test
    void planPrintsRunsHashAndEstimate() throws Exception {
        CliRun r = CliRun.of("sweep", "plan", sweepFile().toString(), "--out", tmp.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("8 points x 2 replications = 16 runs"), r.out());
        assertTrue(r.out().matches("(?s).*plan hash [0-9a-f]{64}.*"), r.out());
        assertTrue(r.out().contains("estimated time: about"), r.out());
        assertEquals(17, Files.readAllLines(tmp.resolve("out/plan.csv")).size());
    }

    @Test
    void aBadSweepFileIsExitCode2WithLineAndSuggestion() throws Exception {
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, "model: ishigami\nfactors:\n  - {path: x1, min: 0, max: 1}\ndesign: {type: oat}\nmetrics: [y]\nreplication: 3\n");
        CliRun r = CliRun.of("sweep", "plan", f.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bad.yaml:6:1") && r.err().contains("did you mean 'replications'"), r.err());
    }

    @Test
    void runWritesTheMergedTableAndAnalyzeWritesTheReport() throws Exception {
        Path out = tmp.resolve("run");
        CliRun r = CliRun.of("sweep", "run", sweepFile().toString(), "--out", out.toString(), "--threads", "2", "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals(17, Files.readAllLines(out.resolve("results.csv")).size());
        CliRun again = CliRun.of("sweep", "run", tmp.resolve("real-lhs.yaml").toString(), "--out", out.toString());
        assertTrue(again.err().contains("16 already done, 0 run now"), again.err());
        CliRun a = CliRun.of("analyze", out.toString(), "--quiet");
        assertEquals(0, a.exit(), a.err());
        assertTrue(Files.exists(out.resolve("analysis/report.html")));
        assertTrue(Files.exists(out.resolve("analysis/charts/oneway-final_radicalized-opinion.mu.svg")));
    }

    @Test
    void submitWritesArrayAndMergeScriptsWithAbsolutePaths() throws Exception {
        Path out = tmp.resolve("cluster");
        CliRun r = CliRun.of("sweep", "submit", sweepFile().toString(), "--slurm", "--shards", "4", "--parallel", "2",
                "--time", "00:10:00", "--mem", "2G", "--partition", "short", "--account", "proj",
                "--cpus-per-task", "2", "--prologue", "module load java/17", "--out", out.toString(), "--no-submit");
        assertEquals(0, r.exit(), r.err());
        String array = Files.readString(out.resolve("slurm/sweep-array.sh"));
        assertTrue(array.contains("#SBATCH --array=0-3%2"), array);
        for (String opt : new String[] {"--time=00:10:00", "--mem=2G", "--partition=short", "--account=proj", "--cpus-per-task=2"}) {
            assertTrue(array.contains("#SBATCH " + opt), opt + " in\n" + array);
        }
        assertTrue(array.contains("\nmodule load java/17\n"), array);
        assertTrue(array.contains("--shard \"$SLURM_ARRAY_TASK_ID\" --shards 4 --threads 2 --out " + out), array);
        assertTrue(array.contains("#SBATCH --output=" + out.resolve("slurm/logs")), array);
        String merge = Files.readString(out.resolve("slurm/sweep-merge.sh"));
        assertTrue(merge.contains("sweep merge " + out + " --shards 4"), merge);
        assertTrue(Files.isDirectory(out.resolve("slurm/logs")), "log folder exists before sbatch");
        assertTrue(r.out().contains("--dependency=afterok:"), r.out());
    }

    @Test
    void statusNamesUnfinishedShardsWithTheRerunCommands() throws Exception {
        Path f = sweepFile();
        Path out = tmp.resolve("gaps");
        CliRun.of("sweep", "submit", f.toString(), "--slurm", "--shards", "4", "--out", out.toString(), "--no-submit");
        for (int i : new int[] {0, 2}) {
            assertEquals(0, CliRun.of("sweep", "run", f.toString(), "--shard", "" + i, "--shards", "4", "--out",
                    out.toString(), "--quiet").exit());
        }
        CliRun s = CliRun.of("sweep", "status", out.toString());
        assertEquals(SweepStatusCommand.UNFINISHED, s.exit());
        assertTrue(s.out().contains("unfinished shards: 1,3"), s.out());
        assertTrue(s.out().contains("sbatch --parsable --array=1,3 " + out.resolve("slurm/sweep-array.sh")), s.out());
        assertTrue(s.out().contains("--shard 1 --shards 4"), s.out());
        CliRun m = CliRun.of("sweep", "merge", out.toString());
        assertEquals(2, m.exit());
        assertTrue(m.err().contains("2 of 4 shards missing or unfinished: 1,3"), m.err());

        for (int i : new int[] {1, 3}) {
            CliRun.of("sweep", "run", f.toString(), "--shard", "" + i, "--shards", "4", "--out", out.toString(), "--quiet");
        }
        assertEquals(0, CliRun.of("sweep", "status", out.toString()).exit());
        assertEquals(0, CliRun.of("sweep", "merge", out.toString()).exit());
        Path single = tmp.resolve("single");
        CliRun.of("sweep", "run", f.toString(), "--out", single.toString(), "--quiet");
        assertArrayEquals(Files.readAllBytes(single.resolve("results.csv")), Files.readAllBytes(out.resolve("results.csv")));
    }

    @Test
    void aFolderOfAnotherPlanOrWithoutResultsIsBadInput() throws Exception {
        Path out = tmp.resolve("planned");
        assertEquals(0, CliRun.of("sweep", "plan", sweepFile().toString(), "--out", out.toString()).exit());
        CliRun a = CliRun.of("analyze", out.toString());
        assertEquals(2, a.exit());
        assertTrue(a.err().contains("no results.csv"), a.err());
        Path other = tmp.resolve("other.yaml");
        Files.writeString(other, "model: ishigami\nfactors:\n  - {path: x1, min: 0, max: 1}\ndesign: {type: oat}\nmetrics: [y]\n");
        CliRun r = CliRun.of("sweep", "run", other.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("holds another plan"), r.err());
    }
}
