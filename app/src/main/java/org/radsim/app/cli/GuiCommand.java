package org.radsim.app.cli;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import javax.swing.SwingUtilities;

import org.radsim.app.gui.CivilViolenceGui;
import org.radsim.app.gui.CompareGui;
import org.radsim.app.gui.ContagionGui;
import org.radsim.app.gui.PosteriorSets;
import org.radsim.app.gui.RadicalizationGui;
import org.radsim.app.gui.RelativeAgreementGui;
import org.radsim.app.gui.ScenarioGui;
import org.radsim.app.gui.ScenarioSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sim.display.Console;

/**
 * {@code radsim gui}: the MASON Console on a scenario (the radicalization model or a classic model), or on two
 * scenarios side by side ({@code radsim gui BASE ALT}: the same seed, population and network, stepped in lock
 * step). With {@code --ensemble POSTERIOR} the GUI opens at parameter set 1 of N of a calibration's posterior and
 * steps through the sets (both sides get the same set). Which GUI a model kind gets is decided here, in
 * {@link #guiFor}.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the MASON Console on a scenario (default: baseline): the population view, live charts "
                + "and the Model tab with interventions as live switches. With two scenarios (BASE ALT) both run "
                + "side by side in lock step with BASE's seed (the same people, common random numbers), with "
                + "charts of both runs and their difference. With --ensemble, step through a calibration's "
                + "parameter sets (Posterior menu: Previous set Ctrl+[, Next set Ctrl+]; both sides get the same "
                + "set). Needs a display; on a server use xvfb-run -a ./radsim gui.")
final class GuiCommand implements Callable<Integer> {

    /** What a user without a display reads. */
    static final String NO_DISPLAY = "radsim gui needs a display; on a server use: xvfb-run -a ./radsim gui …";

    /** The model kinds that have a GUI. */
    static final List<String> MODELS = List.of("radicalization", "civil-violence", "relative-agreement",
            "contagion");

    @Parameters(index = "0", arity = "0..1", paramLabel = "BASE", defaultValue = "baseline",
            description = "Scenario file (YAML) or built-in scenario name (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ALT",
            description = "A second scenario to run side by side with BASE (same model and ticks; BASE's seed).")
    String alternative;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--ensemble", paramLabel = "POSTERIOR", description = "A calibration's posterior.csv (or its "
            + "folder): open at parameter set 1 of N and step through the sets (Posterior menu); each set is the "
            + "scenario with --set of the set's values, as radsim run --ensemble uses it. The GUI's File menu "
            + "opens one too (Open posterior…).")
    Path ensemble;

    /** The GUI of a session's model kind; a kind without one is bad input naming the kinds that have one. */
    static ScenarioGui guiFor(ScenarioSession session) {
        String model = session.scenario().model();
        ScenarioGui gui = switch (model) {
            case "radicalization" -> new RadicalizationGui(session);
            case "civil-violence" -> new CivilViolenceGui(session);
            case "relative-agreement" -> new RelativeAgreementGui(session);
            case "contagion" -> new ContagionGui(session);
            default -> throw new IllegalArgumentException("the GUI shows the " + String.join(", ", MODELS)
                    + " models; '" + model + "' has none (use radsim run " + session.source() + ")");
        };
        return gui.openWith(GuiCommand::guiFor);
    }

    @Override
    public Integer call() throws Exception {
        ScenarioSession session = ScenarioSession.open(scenario, scenarioOptions.all());
        String model = session.scenario().model();
        if (!MODELS.contains(model)) {
            throw new BadInput("the GUI shows the " + String.join(", ", MODELS) + " models; '" + model
                    + "' has none (use radsim run " + scenario + ")");
        }
        ScenarioSession alt = null;
        if (alternative != null) {
            try {
                alt = CompareGui.twin(session, alternative, scenarioOptions.all());
            } catch (IllegalArgumentException e) {
                throw new BadInput(e.getMessage());
            }
        }
        // a bad posterior is bad input with or without a display
        PosteriorSets sets = ensemble == null ? null
                : PosteriorSets.of(org.radsim.core.calibration.Posterior.read(ensemble), session, alt);
        if (GraphicsEnvironment.isHeadless()) {
            return noDisplay();
        }
        ScenarioSession b = alt;
        try {
            SwingUtilities.invokeAndWait(() -> {
                ScenarioGui gui = guiFor(session);
                try {
                    if (b == null) {
                        ScenarioGui.show(sets == null ? gui : gui.usePosterior(sets));
                    } else {
                        CompareGui pair = gui.compare(b);
                        CompareGui.show(sets == null ? pair : pair.usePosterior(sets, 0));
                    }
                } catch (org.radsim.core.scenario.ScenarioException e) {
                    // every set was checked above
                    throw new IllegalStateException(e);
                }
            });
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
