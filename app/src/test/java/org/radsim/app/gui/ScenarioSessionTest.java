package org.radsim.app.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.scenario.ScenarioLoader;
import org.radsim.core.scenario.ScenarioSchema;

class ScenarioSessionTest {

    /** The baseline plus two interventions, as the GUI tests use it. */
    static final List<String> WITH_INTERVENTIONS = List.of("interventions=[{type: jobs, start: 5, regions: "
            + "[border-east], target: unemployed, coverage: 0.25, unit_cost: 1500}, {type: governance, start: 0, "
            + "regions: [capital], unit_cost: 100000}]");

    @Test
    void aChangeIsValidatedAndShowsInTheScenario() throws Exception {
        ScenarioSession s = ScenarioSession.open("baseline", List.of());
        s.set("recruiters.join_probability", 0.25);
        s.set("regions[capital].legitimacy", 0.8);
        assertEquals(0.25, s.scenario().recruiters().joinProbability());
        assertEquals(0.8, s.scenario().regions().get(1).legitimacy());
        assertEquals(0.8, s.value("regions[capital].legitimacy"));
        assertEquals(List.of("recruiters.join_probability=0.25", "regions[capital].legitimacy=0.8"), s.overrides());
    }

    @Test
    void aValueTheLoaderRefusesChangesNothing() throws Exception {
        ScenarioSession s = ScenarioSession.open("baseline", List.of());
        ScenarioException e = assertThrows(ScenarioException.class, () -> s.set("recruiters.join_probability", 1.5));
        assertTrue(e.getMessage().contains("join_probability"), e.getMessage());
        assertEquals(0.5, s.scenario().recruiters().joinProbability(), "the baseline's value stays");
        assertEquals(List.of(), s.overrides());
    }

    @Test
    void keysAndDefaultsComeFromTheSchema() throws Exception {
        ScenarioSession s = ScenarioSession.open("baseline", WITH_INTERVENTIONS);
        assertEquals(ScenarioSchema.root().key("recruiters").section().key("join_probability"),
                ScenarioSession.keyOf(s.scenario().resolved(), "recruiters.join_probability"));
        assertEquals("finding_multiplier", ScenarioSession.keyOf(s.scenario().resolved(),
                "interventions[0].finding_multiplier").name(), "intervention keys follow the intervention's type");
    }

    @Test
    void theSavedScenarioReproducesTheChangesHeadless(@TempDir Path dir) throws Exception {
        ScenarioSession s = ScenarioSession.open("baseline", WITH_INTERVENTIONS);
        s.set("population.size", 3000L);
        s.set("recruiters.contacts_per_tick", 8L);
        s.set("regions[border-east].unemployment", 0.5);
        s.set("interventions[0].coverage", 0.6);
        s.setInterventionOn(1, false);
        Path file = dir.resolve("changed.yaml");
        Files.writeString(file, s.toYaml("test"));

        Scenario loaded = ScenarioLoader.load(file.toString(), List.of());
        assertEquals(3000, loaded.population().size());
        assertEquals(8, loaded.recruiters().contactsPerTick());
        assertEquals(0.5, loaded.regions().get(0).unemployment());
        assertEquals(1, loaded.interventions().size(), "the switched-off governance programme is left out");
        assertEquals("jobs", loaded.interventions().get(0).type());
        assertEquals(0.6, loaded.interventions().get(0).coverage());

        // a headless run of the file equals a GUI run of the session with the intervention switched off
        RadicalizationGui gui = new RadicalizationGui(s);
        gui.start();
        for (int t = 0; t < 40; t++) {
            gui.step();
        }
        double[][] headless = new double[1][];
        new RadicalizationModel(loaded, loaded.seed(), 1).run((tick, global, regional) -> {
            if (tick == 40) {
                headless[0] = global.clone();
            }
        });
        assertArrayEquals(headless[0], gui.model().observer().latest());
    }
}
