package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.app.gui.CivilViolenceGui;
import org.radsim.app.gui.ContagionGui;
import org.radsim.app.gui.RadicalizationGui;
import org.radsim.app.gui.RelativeAgreementGui;
import org.radsim.app.gui.ScenarioSession;
import org.radsim.core.scenario.ScenarioSchema;

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

    private static String errorOf(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(2, Radsim.commandLine().execute(args), String.join(" ", args));
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void twoScenariosOfDifferentModelsOrHorizonsAreRefusedNamingTheSettings() {
        String models = errorOf("gui", "baseline", "civil-violence");
        assertTrue(models.contains("baseline runs the radicalization model, civil-violence the civil-violence model"),
                models);
        String ticks = errorOf("gui", "civil-violence", "validation/cv1-punctuated-equilibrium");
        assertTrue(ticks.contains("ticks differ (civil-violence: 600, cv1-punctuated-equilibrium: 3000)"), ticks);
        String same = errorOf("gui", "civil-violence", "validation/cv1-punctuated-equilibrium", "--ticks", "100");
        assertEquals(GuiCommand.NO_DISPLAY + System.lineSeparator(), same,
                "--ticks applies to both sides: the pair is fine and only the display is missing");
    }

    @Test
    void everyModelKindGetsItsOwnGui() throws Exception {
        Map<String, Class<?>> expected = Map.of("baseline", RadicalizationGui.class,
                "validation/cv1-punctuated-equilibrium", CivilViolenceGui.class,
                "validation/ra1-both-extremes", RelativeAgreementGui.class,
                "contagion", ContagionGui.class);
        for (Map.Entry<String, Class<?>> e : expected.entrySet()) {
            ScenarioSession s = ScenarioSession.open(e.getKey(), List.of());
            assertTrue(GuiCommand.MODELS.contains(s.scenario().model()), s.scenario().model());
            assertEquals(e.getValue(), GuiCommand.guiFor(s).getClass(), e.getKey());
        }
        assertEquals(4, GuiCommand.MODELS.size(), "every model kind with a GUI is mapped above");
        assertEquals(ScenarioSchema.MODELS, GuiCommand.MODELS, "every model a scenario may name has a GUI");
        // contagion passes the model check: headless, only the display is missing
        assertEquals(GuiCommand.NO_DISPLAY + System.lineSeparator(), errorOf("gui", "contagion"));
        assertEquals(GuiCommand.NO_DISPLAY + System.lineSeparator(),
                errorOf("gui", "contagion", "validation/ode1-contagion-mean-field", "--ticks", "100"),
                "two contagion scenarios side by side");
    }

    @Test
    void aBadPosteriorIsOneClearMessageAndExitTwoBeforeLookingForADisplay(@TempDir Path dir) throws Exception {
        String missing = errorOf("gui", "baseline", "--ensemble", dir.resolve("nothing.csv").toString());
        assertTrue(missing.contains("nothing.csv") && missing.contains("no such posterior file"), missing);
        Path notPosterior = dir.resolve("posterior.csv");
        Files.writeString(notPosterior, "a,b\n1,2\n");
        String header = errorOf("gui", "baseline", "--ensemble", notPosterior.toString());
        assertTrue(header.contains("posterior.csv:1:1") && header.contains("not a posterior.csv"), header);
        Files.writeString(notPosterior, "generation,particle,weight,distance,attempts,opinion.muu\n0,0,1,0,1,0.2\n");
        String key = errorOf("gui", "baseline", "--ensemble", notPosterior.toString());
        assertTrue(key.contains("parameter set 1 of 1") && key.contains("muu"), key);
        for (String err : List.of(missing, header, key)) {
            assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        }
        // a good posterior, for one side and for both: only the display is missing
        Files.writeString(notPosterior, "generation,particle,weight,distance,attempts,opinion.mu\n0,0,0.5,0,1,0.2\n"
                + "0,1,0.5,0,1,0.3\n");
        assertEquals(GuiCommand.NO_DISPLAY + System.lineSeparator(),
                errorOf("gui", "baseline", "--ensemble", notPosterior.toString()));
        assertEquals(GuiCommand.NO_DISPLAY + System.lineSeparator(),
                errorOf("gui", "baseline", "baseline", "--ensemble", dir.toString()), "the folder of posterior.csv");
    }

    @Test
    void aBadScenarioIsReportedBeforeLookingForADisplay() {
        assertEquals(2, Radsim.commandLine().execute("gui", "no-such-scenario.yaml"));
    }
}
