package org.radsim.core.intervention;

import org.radsim.core.mechanism.Levers;
import org.radsim.core.scenario.Scenario;

/**
 * Job creation: enrolees find work {@code finding_multiplier} times faster, and an enrolee's availability to
 * recruiters is multiplied by {@code availability} (a programme deflects exposure). The labour market and
 * recruitment read these through {@link Levers}. Keys: {@code finding_multiplier}, {@code availability}.
 */
final class JobsProgramme extends Intervention {

    private static final long serialVersionUID = 1L;

    /** The programme's settings, read once from its scenario entry. */
    record Settings(double findingMultiplier, double availability) implements java.io.Serializable {
    }

    private final Settings settings;

    JobsProgramme(Scenario.Intervention spec, int index, Scenario scenario) {
        super(spec, index, scenario);
        settings = new Settings(spec.param("finding_multiplier"), spec.param("availability"));
    }

    @Override
    protected boolean enrols() {
        return true;
    }

    @Override
    protected void contribute(Levers levers, World w) {
        int b = Integer.numberOfTrailingZeros(bit);
        levers.jobsMask |= bit;
        levers.jobsFindingMultiplier[b] = settings.findingMultiplier();
        levers.jobsAvailability[b] = settings.availability();
    }
}
