package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class ValidateCommandTest {

    @Test
    void aPassingTargetPrintsItsRowWritesTheTablesAndExitsZero(@TempDir Path dir) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = Radsim.commandLine().execute("validate", "RA-1", "--threads", "2", "--quiet", "--out", dir.toString());
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        assertTrue(out.contains("RA-1   pass"), out);
        assertTrue(Files.readString(dir.resolve("validation.csv")).contains("RA-1,validation/ra1-both-extremes"));
        assertTrue(Files.exists(dir.resolve("validation.md")));
    }

    @Test
    void anUnknownTargetIsBadInput() {
        CommandLine cl = Radsim.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("validate", "CV-9", "--quiet"));
        assertTrue(err.toString().contains("no validation target 'CV-9'"), err.toString());
    }
}
