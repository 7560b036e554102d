package org.radsim.app.cli;

import java.util.ArrayList;
import java.util.List;

import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.scenario.ScenarioLoader;

import picocli.CommandLine.Option;

/** Options shared by the commands that load a scenario: {@code --set} overrides and the run-length shortcuts. */
final class ScenarioOptions {

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override any scenario setting by key path, e.g. population.size=50000, "
                    + "regions[border-east].unemployment=0.1, interventions[0].coverage=0.5 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--seed", description = "Master seed (overrides the scenario's seed).")
    Long seed;

    @Option(names = "--ticks", description = "Ticks per run (overrides the scenario's ticks).")
    Long ticks;

    /** The overrides, with --seed/--ticks turned into --set entries so the recorded scenario says them. */
    List<String> all() {
        if (ticks != null && ticks < 1) {
            throw new BadInput("--ticks must be at least 1, got " + ticks);
        }
        List<String> out = new ArrayList<>(overrides);
        if (seed != null) {
            out.add("seed=" + seed);
        }
        if (ticks != null) {
            out.add("ticks=" + ticks);
        }
        return out;
    }

    Scenario load(String pathOrName) throws ScenarioException {
        return ScenarioLoader.load(pathOrName, all());
    }
}
