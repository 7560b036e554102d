package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11 item 9: command-line values get a clear message naming the option, and names give safe folders. */
class InputMessagesTest {

    @Test
    void negativeTicksNameTheTicksOption() {
        RunCommandTest.Result r = RunCommandTest.radsim("run", "baseline", "--ticks", "-5");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--ticks must be at least 1, got -5"), r.err());
        assertFalse(r.err().contains("--set ticks"), r.err());
    }

    @Test
    void anEmptyOutIsRefused(@TempDir Path dir) {
        for (String cmd : new String[] {"run", "compare"}) {
            RunCommandTest.Result r = "run".equals(cmd)
                    ? RunCommandTest.radsim("run", "baseline", "--out", "", "--ticks", "2")
                    : RunCommandTest.radsim("compare", "baseline", "jobs", "--out", "  ", "--ticks", "2");
            assertEquals(2, r.code(), cmd + ": " + r.err());
            assertTrue(r.err().contains("--out is empty"), r.err());
        }
        RunCommandTest.Result a = RunCommandTest.radsim("analyze", dir.toString(), "--out", "");
        assertEquals(2, a.code(), a.err());
        assertTrue(a.err().contains("--out is empty"), a.err());
    }

    @Test
    void scenarioNamesBecomeSafeVisibleBoundedFolderNames() {
        assertEquals("scenario", FolderNames.safe(""));
        assertEquals("scenario", FolderNames.safe("..."));
        assertEquals("hidden", FolderNames.safe(".hidden"));
        assertFalse(FolderNames.safe("a/b").contains("/"));
        assertEquals(FolderNames.MAX_LENGTH, FolderNames.safe("n".repeat(400)).length());
        assertFalse(FolderNames.safe("-x").startsWith("-"), "a folder name never starts like an option");
        for (String name : new String[] {"", "...", "n".repeat(400), "-rf"}) {
            Path p = RunCommand.defaultFolder(name);
            String leaf = p.getFileName().toString();
            assertFalse(leaf.startsWith(".") || leaf.startsWith("-"), leaf);
            assertTrue(leaf.length() < 80, leaf);
            assertEquals(Path.of("results"), p.getParent());
        }
    }

    @Test
    void aRunOfAScenarioWithoutANameWritesAVisibleFolder(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, "name: \"...\"\nticks: 2\nreplications: 1\npopulation: {size: 100}\n");
        Path folder = RunCommand.defaultFolder(org.radsim.core.scenario.ScenarioLoader.load(f.toString(),
                java.util.List.of()).name());
        assertTrue(folder.getFileName().toString().startsWith("scenario-"), folder.toString());
    }
}
