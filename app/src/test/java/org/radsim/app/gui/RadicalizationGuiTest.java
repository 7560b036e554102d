package org.radsim.app.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.scenario.Scenario;

/** The GUI's model handling, headless: same numbers as a headless run, live levers, restarts and checkpoints. */
class RadicalizationGuiTest {

    private static RadicalizationGui started(List<String> overrides) throws Exception {
        RadicalizationGui gui = new RadicalizationGui(ScenarioSession.open("baseline", overrides));
        gui.start();
        return gui;
    }

    private static double[] headlessRow(Scenario s, long at) throws Exception {
        double[][] row = new double[1][];
        new RadicalizationModel(s, s.seed(), 1).run((tick, global, regional) -> {
            if (tick == at) {
                row[0] = global.clone();
            }
        });
        return row[0];
    }

    @Test
    void aGuiRunComputesWhatAHeadlessRunComputes() throws Exception {
        RadicalizationGui gui = started(List.of("ticks=60"));
        for (int t = 0; t < 60; t++) {
            gui.step();
        }
        assertEquals(60, gui.model().schedule.getSteps());
        assertArrayEquals(headlessRow(gui.session().scenario(), 60), gui.model().observer().latest());
    }

    @Test
    void switchingAnInterventionOffActsFromTheNextTick() throws Exception {
        RadicalizationGui gui = started(ScenarioSessionTest.WITH_INTERVENTIONS);
        for (int t = 0; t < 10; t++) {
            gui.step();
        }
        assertTrue(gui.model().interventions().all().get(0).running(), "jobs runs from tick 5");
        gui.setInterventionOn(0, false);
        assertTrue(gui.model().interventions().all().get(0).running(), "still running until the next tick");
        gui.step();
        assertFalse(gui.model().interventions().all().get(0).running());
        assertFalse(gui.model().interventions().enabled(0));
        gui.finish();
        gui.start();
        assertFalse(gui.model().interventions().enabled(0), "a restart keeps the switch");
    }

    @Test
    void theModelTabSwitchesInterventionsAndQueuesSettingsForTheRestart() throws Exception {
        RadicalizationGui gui = started(ScenarioSessionTest.WITH_INTERVENTIONS);
        ModelTab tab = (ModelTab) gui.getInspector();
        PropertyList props = tab.properties();
        int jobs = index(props, "On: jobs");
        int contacts = index(props, "recruiters.contacts_per_tick");
        int legitimacy = index(props, "regions[capital].legitimacy");
        assertEquals(Boolean.TRUE, props.getValue(jobs));
        props.setValue(jobs, "false");
        assertFalse(gui.model().interventions().enabled(0));
        assertTrue(props.getDescription(contacts).startsWith("Contacts each free recruiter makes per tick"),
                "descriptions come from the schema");
        assertEquals(Integer.valueOf(5), props.getValue(contacts));
        props.setValue(contacts, "9");
        props.setValue(legitimacy, "0.75");
        assertNull(props.setValue(legitimacy, "1.5"), "out of range is refused");
        assertEquals(0.75, props.getValue(legitimacy));
        assertEquals(5, gui.model().scenario().recruiters().contactsPerTick(), "the running model is unchanged");
        assertTrue(gui.statusLine().contains("2 changes wait"), gui.statusLine());
        gui.finish();
        gui.start();
        assertEquals(9, gui.model().scenario().recruiters().contactsPerTick(), "applied at the restart");
        assertEquals(0.75, gui.model().scenario().regions().get(1).legitimacy());
        assertFalse(gui.statusLine().contains("wait"), gui.statusLine());
    }

    @Test
    void aCheckpointLoadsAndContinuesTheSameRun(@TempDir Path dir) throws Exception {
        RadicalizationGui gui = started(List.of());
        for (int t = 0; t < 30; t++) {
            gui.step();
        }
        File file = dir.resolve("run.checkpoint").toFile();
        gui.model().writeToCheckpoint(file);
        for (int t = 0; t < 20; t++) {
            gui.step();
        }
        double[] uninterrupted = gui.model().observer().latest().clone();

        RadicalizationGui other = started(List.of("population.size=500"));
        assertTrue(other.readNewStateFromCheckpoint(file));
        assertEquals(30, other.model().schedule.getSteps());
        assertEquals(20_000, other.model().population().size);
        assertEquals(20_000, other.session().scenario().population().size(), "the session follows the checkpoint");
        for (int t = 0; t < 20; t++) {
            other.step();
        }
        assertArrayEquals(uninterrupted, other.model().observer().latest());
    }

    private static int index(PropertyList l, String prefix) {
        for (int k = 0; k < l.numProperties(); k++) {
            if (l.getName(k).startsWith(prefix)) {
                return k;
            }
        }
        throw new AssertionError("no property " + prefix);
    }
}
