package org.radsim.core.intervention;

import org.radsim.core.mechanism.Levers;
import org.radsim.core.population.Membership;
import org.radsim.core.scenario.Scenario;

/**
 * Exit (deradicalisation) programme: members and detainees in the target regions are reached with probability
 * {@code coverage} at each exit or release draw; for those reached, the exit rate and the post-release
 * disengagement probability are multiplied by {@code exit_multiplier}. Costed per person-year reached:
 * unit cost × coverage × (members + detainees in the target regions).
 */
public final class ExitProgramme extends Intervention {

    private static final long serialVersionUID = 1L;

    ExitProgramme(Scenario.Intervention spec, int index, Scenario scenario) {
        super(spec, index, scenario);
    }

    @Override
    protected boolean enrols() {
        return false;
    }

    @Override
    protected void contribute(Levers levers, World w) {
        forTargetRegions(r -> {
            levers.exitMultiplier[r] = Math.max(levers.exitMultiplier[r], spec.param("exit_multiplier"));
            levers.exitCoverage[r] = Math.max(levers.exitCoverage[r], spec.coverage());
        });
    }

    @Override
    protected double costPerTick(World w) {
        Membership m = w.membership();
        short[] region = w.population().region;
        int reached = 0;
        for (int k = 0; k < m.memberCount(); k++) {
            reached += targetRegion[region[m.member(k)]] ? 1 : 0;
        }
        for (int k = 0; k < m.detaineeCount(); k++) {
            reached += targetRegion[region[m.detainee(k)]] ? 1 : 0;
        }
        return spec.unitCost() * spec.coverage() * reached / w.scenario().ticksPerYear();
    }
}
