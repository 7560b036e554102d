package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Runs headless (surefire sets java.awt.headless=true), as on a server without a display. */
class GuiCommandTest {

    @Test
    void withoutADisplayItSaysSoInOneLineAndExitsWithTwo() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Radsim.commandLine().execute("gui", "baseline");
        } finally {
            System.setErr(err);
        }
        assertEquals(2, code);
        assertEquals(GuiCommand.NO_DISPLAY + System.lineSeparator(), captured.toString(StandardCharsets.UTF_8));
        assertEquals("radsim gui needs a display; on a server use: xvfb-run -a ./radsim gui …", GuiCommand.NO_DISPLAY);
    }

    @Test
    void aBadScenarioIsReportedBeforeLookingForADisplay() {
        assertEquals(2, Radsim.commandLine().execute("gui", "no-such-scenario.yaml"));
    }
}
