package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * Help texts are format strings to picocli: a lone '%' makes it warn on stderr ("Could not format …") and print raw
 * text instead of help. Every command's help renders without such a warning.
 */
class HelpTextTest {

    private static void collect(CommandLine cl, List<CommandLine> all) {
        all.add(cl);
        cl.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    @Test
    void everyCommandsHelpRendersWithoutAFormatWarning() {
        List<CommandLine> all = new ArrayList<>();
        collect(Radsim.commandLine(), all);
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> usage = new ArrayList<>();
        try {
            for (CommandLine cl : all) {
                usage.add(cl.getUsageMessage());
            }
        } finally {
            System.setErr(old);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertTrue(usage.stream().allMatch(u -> u.contains("Usage: ")), "every command has a usage text");
        assertTrue(all.size() > 15, "found " + all.size() + " commands");
    }
}
