package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
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
    void aBadScenarioIsReportedBeforeLookingForADisplay() {
        assertEquals(2, Radsim.commandLine().execute("gui", "no-such-scenario.yaml"));
    }
}
