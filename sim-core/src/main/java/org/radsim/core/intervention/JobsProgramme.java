package org.radsim.core.intervention;

import org.radsim.core.mechanism.Levers;
import org.radsim.core.scenario.Scenario;

/**
 * Job creation: enrolees find work {@code finding_multiplier} times faster, and an enrolee's availability to
 * recruiters is multiplied by {@code availability} (a programme deflects exposure). The labour market and
 * recruitment read these through {@link Levers}. Keys: {@code finding_multiplier}, {@code availability}.
 */
public final class JobsProgramme extends Intervention {

    private static final long serialVersionUID = 1L;

    JobsProgramme(Scenario.Intervention spec, int index, Scenario scenario) {
        super(spec, index, scenario);
    }

    @Override
    protected boolean enrols() {
        return true;
    }

    @Override
    protected void contribute(Levers levers, World w) {
        int b = Integer.numberOfTrailingZeros(bit);
        levers.jobsMask |= bit;
        levers.jobsFindingMultiplier[b] = spec.param("finding_multiplier");
        levers.jobsAvailability[b] = spec.param("availability");
    }
}
