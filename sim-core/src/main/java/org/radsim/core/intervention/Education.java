package org.radsim.core.intervention;

import org.radsim.core.replication.Blocks;
import org.radsim.core.scenario.Scenario;

/**
 * Education: enrolees' education {@code e_i} rises by {@code gain} per year up to {@code cap}. Education enters
 * only the susceptibility (critical thinking lowers persuadability), MODEL.md section 5. Keys:
 * {@code interventions[].gain}, {@code interventions[].cap}.
 */
public final class Education extends Intervention {

    private static final long serialVersionUID = 1L;

    Education(Scenario.Intervention spec, int index, Scenario scenario) {
        super(spec, index, scenario);
    }

    @Override
    protected boolean enrols() {
        return true;
    }

    @Override
    protected void act(World w, Blocks blocks) {
        raiseEnrolees(w.population().education, w, blocks);
    }
}
