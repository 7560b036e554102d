package org.radsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.radsim.core.classic.civilviolence.CivilViolence;
import org.radsim.core.classic.contagion.ContagionModel;
import org.radsim.core.classic.relativeagreement.RelativeAgreementModel;
import org.radsim.core.run.Models;

class ClassicSchemaTest {

    private static ScenarioException rejected(String yaml) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.fromText(yaml, "test", List.of()));
    }

    @Test
    void modelsCreatesEachClassicModel() throws Exception {
        assertInstanceOf(CivilViolence.class, Models.create(ScenarioLoader.fromText("model: civil-violence", "t", List.of()), 1, 1));
        assertInstanceOf(RelativeAgreementModel.class, Models.create(ScenarioLoader.fromText("model: relative-agreement", "t", List.of()), 1, 1));
        assertInstanceOf(ContagionModel.class, Models.create(ScenarioLoader.fromText("model: contagion", "t", List.of()), 1, 1));
    }

    @Test
    void aModelPartWayThroughARunSurvivesACheckpoint() throws Exception {
        for (String model : List.of("civil-violence", "relative-agreement", "contagion")) {
            // a small instance of each model (a section of another model would be refused as having no effect)
            String small = switch (model) {
                case "civil-violence" -> "\ncivil_violence: {width: 10, height: 10}";
                case "contagion" -> "\ncontagion: {n: 100}";
                default -> "";
            };
            sim.engine.SimState m = (sim.engine.SimState) Models.create(ScenarioLoader.fromText("model: " + model
                    + small, "t", List.of()), 1, 1);
            m.start();
            m.schedule.step(m);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(m);
            }
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                sim.engine.SimState back = (sim.engine.SimState) in.readObject();
                assertTrue(back.schedule.step(back), model + " steps on after restoring");
            }
        }
    }

    @Test
    void defaultsAreNetLogoRebellions() throws Exception {
        var v = ScenarioLoader.fromText("model: civil-violence", "t", List.of()).values().section("civil_violence");
        assertEquals(40, v.int32("width"));
        assertEquals(0.7, v.num("citizen_density"));
        assertEquals(0.04, v.num("cop_density"));
        assertEquals(7.0, v.num("vision"));
        assertEquals(0.82, v.num("legitimacy"));
        assertEquals(30, v.int32("max_jail_term"));
        assertEquals("floor", v.str("arrest_rule"));
    }

    @Test
    void moreAgentsThanCellsIsRejected() {
        ScenarioException e = rejected("model: civil-violence\ncivil_violence: {citizen_density: 0.97, cop_density: 0.04}");
        assertTrue(e.getMessage().contains("citizen_density + cop_density"), e.getMessage());
    }

    @Test
    void aRampMustEndAfterItStarts() {
        ScenarioException e = rejected("model: civil-violence\ncivil_violence: {legitimacy_change: {type: ramp, start: 10, end: 10}}");
        assertTrue(e.getMessage().contains("legitimacy_change.end"), e.getMessage());
    }

    @Test
    void initialFractionsAboveOneAreRejected() {
        ScenarioException e = rejected("model: contagion\ncontagion: {s0: 0.99, r0: 0.02}");
        assertTrue(e.getMessage().contains("s0 + r0"), e.getMessage());
    }

    @Test
    void aMisspeltClassicKeyGetsASuggestion() {
        ScenarioException e = rejected("model: relative-agreement\nrelative_agreement: {uncertainy: 1.2}");
        assertTrue(e.getMessage().contains("did you mean 'uncertainty'"), e.getMessage());
    }
}
