package org.radsim.app.cli;

import java.util.concurrent.Callable;

import org.radsim.core.scenario.ScenarioLibrary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code radsim scenarios}: the built-in scenario library. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the built-in scenarios (usable by name, e.g. `radsim run baseline`).")
final class ScenariosCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (ScenarioLibrary.Entry e : ScenarioLibrary.list()) {
            spec.commandLine().getOut().printf("%-28s %s%n", e.name(), e.question());
        }
        return 0;
    }
}
