package org.radsim.app.cli;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.util.concurrent.Callable;

import javax.swing.SwingUtilities;

import org.radsim.app.gui.ScenarioGui;
import org.radsim.app.gui.ScenarioSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import sim.display.Console;

/** {@code radsim gui}: the MASON Console on a scenario (the radicalization model or a classic model). */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the MASON Console on a scenario (default: baseline): the population view, live charts "
                + "and the Model tab with interventions as live switches. Needs a display; on a server use "
                + "xvfb-run -a ./radsim gui.")
final class GuiCommand implements Callable<Integer> {

    /** What a user without a display reads. */
    static final String NO_DISPLAY = "radsim gui needs a display; on a server use: xvfb-run -a ./radsim gui …";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "Scenario file (YAML) or built-in scenario name (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Override
    public Integer call() throws Exception {
        ScenarioSession session = ScenarioSession.open(scenario, scenarioOptions.all());
        String model = session.scenario().model();
        if (!ScenarioGui.MODELS.contains(model)) {
            throw new BadInput("the GUI shows the " + String.join(", ", ScenarioGui.MODELS) + " models; '" + model
                    + "' has none (use radsim run " + scenario + ")");
        }
        if (GraphicsEnvironment.isHeadless()) {
            return noDisplay();
        }
        try {
            SwingUtilities.invokeAndWait(() -> ScenarioGui.show(session));
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof HeadlessException || e.getCause() instanceof AWTError) {
                return noDisplay();
            }
            throw e;
        } catch (HeadlessException | AWTError e) {
            // DISPLAY names a server that cannot be reached
            return noDisplay();
        }
        // MASON ends the program when its last Console closes; until then the command must not return, because
        // returning leads to System.exit in main
        while (!Console.allControllers.isEmpty()) {
            Thread.sleep(500);
        }
        return 0;
    }

    private static int noDisplay() {
        System.err.println(NO_DISPLAY);
        return UserErrors.BAD_INPUT;
    }
}
