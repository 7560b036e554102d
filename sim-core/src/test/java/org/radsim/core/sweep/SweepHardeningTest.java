package org.radsim.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 item 6: resumed sweeps, merged shards, sweep files and Slurm scripts. */
class SweepHardeningTest {

    @TempDir
    Path tmp;

    private static final String SWEEP = """
            name: hard
            base: child.yaml
            set: [ticks=3]
            replications: %d
            factors:
              - {path: opinion.mu, min: 0.1, max: 0.3}
            design: {type: oat, levels: 2}
            metrics: [final_radicalized]
            """;

    private Path files(int replications) throws Exception {
        Files.writeString(tmp.resolve("parent.yaml"), "name: parent\nticks: 5\npopulation: {size: 150}\n");
        Files.writeString(tmp.resolve("child.yaml"), "name: child\nextends: parent.yaml\n");
        Path f = tmp.resolve("sweep.yaml");
        Files.writeString(f, SWEEP.formatted(replications));
        return f;
    }

    @Test
    void aResumedSweepRefusesAChangedBaseAndNamesWhatChanged() throws Exception {
        Path f = files(1);
        SweepFolder folder = new SweepFolder(tmp.resolve("out"));
        new ShardRunner(Plan.of(SweepLoader.load(f)), folder).run(0, 2, 1, null);

        // an edit two levels down the base's extends: chain
        Files.writeString(tmp.resolve("parent.yaml"), "name: parent\nticks: 5\npopulation: {size: 160}\n");
        Plan edited = Plan.of(SweepLoader.load(f));
        SweepFolderException e = assertThrows(SweepFolderException.class,
                () -> new ShardRunner(edited, folder).run(1, 2, 1, null));
        assertTrue(e.getMessage().contains("the base scenario") && e.getMessage().contains("child.yaml")
                && e.getMessage().contains("changed since the folder was planned"), e.getMessage());
        assertFalse(Files.exists(folder.shardFile(1, 2)) || Files.exists(folder.partialFile(1, 2)), "nothing ran");

        Files.writeString(tmp.resolve("parent.yaml"), "name: parent\nticks: 5\npopulation: {size: 150}\n");
        Files.writeString(f, SWEEP.formatted(2));
        SweepFolderException r = assertThrows(SweepFolderException.class,
                () -> new ShardRunner(Plan.of(SweepLoader.load(f)), folder).run(1, 2, 1, null));
        assertTrue(r.getMessage().contains("replications was 1, now 2"), r.getMessage());
    }

    @Test
    void sweepOutputsAreWrittenWithTheUsersUmask() throws Exception {
        Path f = files(1);
        SweepFolder folder = new SweepFolder(tmp.resolve("perm"));
        new ShardRunner(Plan.of(SweepLoader.load(f)), folder).run(0, 1, 1, null);
        Merger.merge(folder, 1);
        // a file made the ordinary way carries the umask of this process: the sweep's files must match it
        Path reference = Files.writeString(tmp.resolve("reference.txt"), "x");
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        try (Stream<Path> s = Files.walk(folder.dir())) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                assertEquals(expected, Files.getPosixFilePermissions(p), p.toString());
            }
        }
        try (Stream<Path> s = Files.list(folder.dir())) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void mergeNamesTheShardAndLineOfARowThatIsNotThePlans() throws Exception {
        Path f = files(1);
        SweepFolder folder = new SweepFolder(tmp.resolve("rows"));
        new ShardRunner(Plan.of(SweepLoader.load(f)), folder).run(0, 1, 1, null);
        Path shard = folder.shardFile(0, 1);
        List<String> lines = Files.readAllLines(shard);
        // a row with a field too few, and one whose metric is text
        String cut = lines.get(1).substring(0, lines.get(1).lastIndexOf(','));
        String text = lines.get(2).substring(0, lines.get(2).lastIndexOf(',') + 1) + "abc";
        Files.writeString(shard, lines.get(0) + "\r\n" + cut + "\r\n" + text + "\r\n" + lines.get(3) + "\r\n");
        SweepFolderException e = assertThrows(SweepFolderException.class, () -> Merger.merge(folder, 1));
        assertTrue(e.getMessage().contains("shards/shard-0-of-1.csv line 2: 7 fields, the header has 8"), e.getMessage());
        assertTrue(e.getMessage().contains("shards/shard-0-of-1.csv line 3: metric final_radicalized = 'abc' is not a number"),
                e.getMessage());
        assertFalse(Files.exists(folder.results()), "nothing merged");
    }

    @Test
    void slurmScriptsQuoteEveryPathSetTheHeapAndAreRefusedAQuote() throws Exception {
        Path f = files(1);
        SweepFolder folder = new SweepFolder(tmp.resolve("my results #1"));
        ShardRunner.preparePlan(Plan.of(SweepLoader.load(f)), folder);
        SlurmScript.Options o = new SlurmScript.Options(2, 2, 1, "01:00:00", "4G", "short queue", null, List.of(),
                List.of("/usr/bin/java", SlurmScript.heapOption("4G"), "-jar", folder.slurm() + "/code/x/radsim.jar"));
        SlurmScript.Scripts s = SlurmScript.write(folder, f, "hard", o);
        String array = Files.readString(s.array());
        for (String line : array.lines().filter(l -> l.startsWith("#SBATCH")).toList()) {
            String value = line.substring(line.indexOf('=') + 1);
            assertTrue(!value.contains(" ") || (value.startsWith("\"") && value.endsWith("\"")), "quoted: " + line);
        }
        assertTrue(array.contains("#SBATCH --output=\"" + folder.slurm().resolve("logs") + "/shard-%a-job-%A.log\""), array);
        assertTrue(array.contains("#SBATCH --partition=\"short queue\""), array);
        assertTrue(array.contains(" -Xmx3072m "), array);
        assertEquals("-Xmx750m", SlurmScript.heapOption("1000"));
        assertEquals("-XX:MaxRAMPercentage=75", SlurmScript.heapOption(null));
        assertThrows(IllegalArgumentException.class, () -> SlurmScript.heapOption("lots"));
        assertThrows(IllegalArgumentException.class, () -> SlurmScript.quote("a\"b"));
    }
}
