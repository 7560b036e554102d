package org.radsim.scenarios.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radsim.core.replication.Replication;
import org.radsim.core.run.Models;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioLoader;

/** The classic models' demo scenarios load by name and run through {@link Models#create}. */
class ClassicScenariosTest {

    @Test
    void eachDemoScenarioRunsItsModel() throws Exception {
        for (String name : List.of("civil-violence", "relative-agreement", "contagion")) {
            // stop=fixed only where it is read: another model's section is refused as having no effect
            List<String> set = name.equals("relative-agreement") ? List.of("ticks=3", "relative_agreement.stop=fixed")
                    : List.of("ticks=3");
            Scenario s = ScenarioLoader.load(name, set);
            assertEquals(name, s.model());
            Replication r = Models.create(s, 42, 1);
            List<Long> ticks = new ArrayList<>();
            r.run((t, g, reg) -> {
                ticks.add(t);
                assertEquals(r.layout().global().size(), g.length);
            });
            assertEquals(List.of(0L, 1L, 2L, 3L), ticks, name);
            assertTrue(!r.extraSummary().isEmpty(), name);
        }
    }
}
