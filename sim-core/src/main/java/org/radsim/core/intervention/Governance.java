package org.radsim.core.intervention;

import org.radsim.core.replication.Blocks;
import org.radsim.core.scenario.Scenario;

/**
 * Governance and procedural justice: the perceived legitimacy {@code L_i} of the citizens reached (a share
 * {@code coverage} of the target group in the target regions) rises by {@code gain} per year up to {@code cap};
 * grievance {@code G = H(1 − L)} falls with it. Costed per target region-year. Keys: {@code gain}, {@code cap}.
 */
public final class Governance extends Intervention {

    private static final long serialVersionUID = 1L;

    Governance(Scenario.Intervention spec, int index, Scenario scenario) {
        super(spec, index, scenario);
    }

    @Override
    protected boolean enrols() {
        return true;
    }

    @Override
    protected void act(World w, Blocks blocks) {
        raiseEnrolees(w.population().legitimacy, w, blocks);
    }

    @Override
    protected double costPerTick(World w) {
        return regionCostPerTick(w);
    }
}
