package org.radsim.core.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.radsim.core.model.Scenarios;
import org.radsim.core.population.InitialPopulation;
import org.radsim.core.population.Stage;
import org.radsim.core.scenario.Scenario;

class OpinionStageTest {

    @Test
    void thresholdsBelongToTheHigherStage() {
        Scenario.Opinion o = Scenarios.of("opinion: {sympathizer_at: 0.25, radicalized_at: 0.75}\n").opinion();
        assertEquals(Stage.NEUTRAL_CODE, InitialPopulation.opinionStage(0.2499, o));
        assertEquals(Stage.SYMPATHIZER_CODE, InitialPopulation.opinionStage(0.25, o));
        assertEquals(Stage.SYMPATHIZER_CODE, InitialPopulation.opinionStage(0.7499, o));
        assertEquals(Stage.RADICALIZED_CODE, InitialPopulation.opinionStage(0.75, o));
        assertEquals(Stage.RADICALIZED_CODE, InitialPopulation.opinionStage(1.0, o));
        assertEquals(Stage.NEUTRAL_CODE, InitialPopulation.opinionStage(-1.0, o));
    }
}
