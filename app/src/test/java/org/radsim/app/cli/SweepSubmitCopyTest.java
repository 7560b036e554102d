package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 6: the job script runs a copy of radsim taken at submit time (not code a rebuild may replace while
 * array tasks are pending), with the JVM heap set, and every path quoted, in the commands and the #SBATCH lines.
 */
class SweepSubmitCopyTest {

    @Test
    void theJobsRunACopyOfRadsimTakenAtSubmitTime(@TempDir Path tmp) throws Exception {
        Path sweep = tmp.resolve("t.yaml");
        Files.writeString(sweep, """
                name: copy
                model: ishigami
                factors:
                  - {path: x1, min: -3, max: 3}
                design: {type: oat}
                metrics: [y]
                """);
        Path out = tmp.resolve("shared scratch");
        CliRun r = CliRun.of("sweep", "submit", sweep.toString(), "--slurm", "--shards", "2", "--mem", "2G",
                "--out", out.toString(), "--no-submit");
        assertEquals(0, r.exit(), r.err());
        String array = Files.readString(out.resolve("slurm/sweep-array.sh"));
        assertTrue(array.contains(" -Xmx1536m "), array);
        assertTrue(array.contains("#SBATCH --output=\"" + out.resolve("slurm/logs") + "/shard-%a-job-%A.log\""), array);
        // every class-path entry that a rebuild could change points into the copy under slurm/code/
        Matcher cp = Pattern.compile(" -cp '([^']*)'| -jar '([^']*)'").matcher(array);
        assertTrue(cp.find(), array);
        String entries = cp.group(1) != null ? cp.group(1) : cp.group(2);
        Path code = out.resolve("slurm/code");
        boolean copied = false;
        for (String e : entries.split(java.io.File.pathSeparator)) {
            Path p = Path.of(e);
            assertTrue(Files.exists(p), e);
            if (p.startsWith(code)) {
                copied = true;
            } else {
                assertTrue(e.contains("/.m2/repository/") && !e.contains("SNAPSHOT"),
                        "only released jars of the Maven repository are used in place: " + e);
            }
        }
        assertTrue(copied, "the project's own classes are copied: " + entries);
        String merge = Files.readString(out.resolve("slurm/sweep-merge.sh"));
        assertTrue(merge.contains(out.resolve("slurm/code").toString()), "the merge job runs the same copy");
    }
}
