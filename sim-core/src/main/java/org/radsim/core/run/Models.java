package org.radsim.core.run;

import org.radsim.core.classic.civilviolence.CivilViolence;
import org.radsim.core.classic.contagion.ContagionModel;
import org.radsim.core.classic.relativeagreement.RelativeAgreementModel;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.replication.Replication;
import org.radsim.core.scenario.Scenario;

/** Creates the replication of whichever model a scenario names ({@code model:}). */
public final class Models {

    private Models() {
    }

    /**
     * @param threads threads one replication may use for its citizen loops (outputs do not depend on it)
     */
    public static Replication create(Scenario scenario, long seed, int threads) {
        return switch (scenario.model()) {
            case "radicalization" -> new RadicalizationModel(scenario, seed, threads);
            case "civil-violence" -> new CivilViolence(scenario, seed);
            case "relative-agreement" -> new RelativeAgreementModel(scenario, seed);
            case "contagion" -> new ContagionModel(scenario, seed);
            default -> throw new IllegalArgumentException("model '" + scenario.model() + "' is not available in this build");
        };
    }
}
