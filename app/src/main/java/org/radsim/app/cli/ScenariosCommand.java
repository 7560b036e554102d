package org.radsim.app.cli;

import java.util.concurrent.Callable;

import org.radsim.core.scenario.ScenarioLibrary;

import picocli.CommandLine.Command;

/** {@code radsim scenarios}: the built-in scenario library. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the built-in scenarios (usable by name, e.g. `radsim run baseline`).")
final class ScenariosCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        for (ScenarioLibrary.Entry e : ScenarioLibrary.list()) {
            System.out.printf("%-28s %s%n", e.name(), e.question());
        }
        return 0;
    }
}
