package org.radsim.app.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.calibration.Ensemble;
import org.radsim.core.calibration.Posterior;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * Stepping through a calibration's posterior, headless: the model the GUI shows for set k computes exactly what a
 * headless run of the scenario with {@code --set} of set k's overrides computes (and what {@code radsim run
 * --ensemble} runs for set k); a comparison gives both sides the same set; the title says "parameter set k of N".
 */
class PosteriorSetsTest {

    /** A small baseline (2 000 citizens, a short warm-up) so that a test runs in a second or two. */
    static final List<String> SMALL = List.of("population.size=2000", "ticks=40", "warm_up=26");

    /**
     * A posterior.csv in the format {@code radsim calibrate} writes (CalibrationFolder.writeTables): two
     * generations, the last one of three particles, parameters named in the columns and mapped to key paths by
     * the calibration.yaml beside it. The three sets are far apart, so their runs differ.
     */
    static Path posterior(Path dir) throws Exception {
        Files.writeString(dir.resolve("calibration.yaml"), """
                name: gui-test
                base: baseline
                parameters:
                  - {name: join_probability, path: recruiters.join_probability, prior: uniform, min: 0.05, max: 0.95}
                  - {name: exit_rate, path: exit.rate, prior: log_uniform, min: 0.02, max: 0.5}
                  - {name: propaganda_reach, path: propaganda.reach, prior: uniform, min: 1.0, max: 12.0}
                """);
        Path f = dir.resolve("posterior.csv");
        Files.writeString(f, """
                generation,particle,weight,distance,attempts,join_probability,exit_rate,propaganda_reach
                0,0,0.5,2.5,1,0.7,0.4,2
                0,1,0.5,1.5,1,0.6,0.3,3
                1,0,0.25,0.9,2,0.2,0.05,3
                1,1,0.5,0.7,1,0.9,0.3,11.5
                1,2,0.25,0.8,3,0.5,0.1,6
                """);
        return f;
    }

    /** Rows of a GUI run from tick 0 to the end. */
    private static List<double[]> played(ScenarioGui gui) {
        gui.start();
        List<double[]> rows = new ArrayList<>();
        rows.add(gui.chartRow().clone());
        for (long t = 0; t < gui.session().scenario().ticks(); t++) {
            gui.step();
            rows.add(gui.chartRow().clone());
        }
        return rows;
    }

    private static void assertSameRows(List<double[]> expected, List<double[]> shown, String what) {
        assertEquals(expected.size(), shown.size(), what + ": number of rows");
        for (int t = 0; t < shown.size(); t++) {
            assertArrayEquals(expected.get(t), shown.get(t), what + " at tick " + t);
        }
    }

    @Test
    void setKsModelIsTheHeadlessRunWithSetKsOverrides(@TempDir Path dir) throws Exception {
        Path file = posterior(dir);
        Posterior post = Posterior.read(file);
        assertEquals(3, post.size(), "the last generation");
        assertEquals(List.of("recruiters.join_probability=0.9", "exit.rate=0.3", "propaganda.reach=11.5"),
                post.overrides(1));

        ScenarioSession session = ScenarioSession.open("baseline", SMALL);
        RadicalizationGui gui = new RadicalizationGui(session);
        gui.usePosterior(PosteriorSets.open(file, session, null));
        assertEquals("radsim — population — parameter set 1 of 3", gui.frameTitle());
        gui.showSet(1);
        assertEquals("radsim — population — parameter set 2 of 3", gui.frameTitle());
        assertTrue(gui.statusLine().endsWith("parameter set 2 of 3"), gui.statusLine());
        assertEquals("parameter set 2 of 3 (particle 1 of generation 1, weight 0.5000): "
                + "recruiters.join_probability=0.9, exit.rate=0.3, propaganda.reach=11.5",
                gui.posteriorSets().describe());
        List<double[]> shown = played(gui);

        // a headless run of `radsim run baseline --set … --set <set 2's overrides>`
        List<String> withSet = new ArrayList<>(SMALL);
        withSet.addAll(post.overrides(1));
        Scenario headless = ScenarioLoader.load("baseline", withSet);
        assertEquals(0.9, headless.resolved().get("recruiters") instanceof java.util.Map<?, ?> m
                ? ((Number) m.get("join_probability")).doubleValue() : Double.NaN);
        assertSameRows(CompareGuiTest.headless(headless), shown, "set 2 against --set");
        // and what `radsim run --ensemble` runs for set 2
        assertSameRows(CompareGuiTest.headless(new Ensemble(post, "baseline", SMALL).scenarioOfSet(1)), shown,
                "set 2 against the ensemble run");

        gui.stepSets(-1);
        assertEquals(0, gui.posteriorSets().current());
        List<double[]> first = played(gui);
        assertFalse(Arrays.equals(first.get(first.size() - 1), shown.get(shown.size() - 1)),
                "another set, another run: the test would see a set that is not applied");
        gui.stepSets(-1);
        assertEquals("radsim — population — parameter set 3 of 3", gui.frameTitle(), "before the first: the last");
        gui.stepSets(1);
        assertEquals("radsim — population — parameter set 1 of 3", gui.frameTitle(), "after the last: the first");
    }

    @Test
    void sideBySideBothSidesGetTheSameSetAndAsSeed(@TempDir Path dir) throws Exception {
        Path file = posterior(dir);
        Posterior post = Posterior.read(file);
        ScenarioSession a = ScenarioSession.open("baseline", SMALL);
        ScenarioSession b = CompareGui.twin(a, "baseline", CompareGuiTest.with(SMALL,
                ScenarioSessionTest.WITH_INTERVENTIONS));
        CompareGui gui = new RadicalizationGui(a).compare(b);
        gui.usePosterior(PosteriorSets.of(post, a, b), 2);
        assertTrue(gui.frameTitle().endsWith(" — parameter set 3 of 3"), gui.frameTitle());
        gui.start();
        for (int t = 0; t < 40; t++) {
            gui.step();
        }
        gui.charts().drainNow();

        List<String> setA = new ArrayList<>(SMALL);
        setA.addAll(post.overrides(2));
        List<String> setB = CompareGuiTest.with(CompareGuiTest.with(SMALL, ScenarioSessionTest.WITH_INTERVENTIONS),
                post.overrides(2));
        setB.add("seed=" + a.scenario().seed());
        assertSameRows(CompareGuiTest.headless(ScenarioLoader.load("baseline", setA)), gui.charts().rows(0), "A");
        assertSameRows(CompareGuiTest.headless(ScenarioLoader.load("baseline", setB)), gui.charts().rows(1), "B");
        assertEquals(0.5, ((Number) ScenarioSession.lookup(gui.session(1).scenario().resolved(),
                "recruiters.join_probability")).doubleValue(), "B runs set 3 too");
    }

    @Test
    void aPosteriorThatDoesNotFitTheScenarioIsRefusedNamingTheSet(@TempDir Path dir) throws Exception {
        Path file = posterior(dir);
        Files.writeString(file, Files.readString(file).replace("1,1,0.5,0.7,1,0.9,", "1,1,0.5,0.7,1,1.9,"));
        ScenarioSession session = ScenarioSession.open("baseline", SMALL);
        ScenarioException e = assertThrows(ScenarioException.class, () -> PosteriorSets.open(file, session, null));
        assertTrue(e.getMessage().contains("parameter set 2 of 3") && e.getMessage().contains("join_probability"),
                e.getMessage());
        ScenarioException missing = assertThrows(ScenarioException.class,
                () -> PosteriorSets.open(dir.resolve("nothing.csv"), session, null));
        assertTrue(missing.getMessage().contains("no such posterior file"), missing.getMessage());
    }
}
