package org.radsim.core.intervention;

import org.radsim.core.mechanism.Levers;
import org.radsim.core.scenario.Scenario;

/**
 * Community policing: in the target regions, a detention is handled by the programme with probability
 * {@code coverage}; then each of the detainee's neighbours sees legitimacy rise by
 * {@code policing.community_policing_gain} with probability {@code share}, instead of falling by
 * {@code policing.backfire}. Costed per target region-year.
 */
public final class CommunityPolicing extends Intervention {

    private static final long serialVersionUID = 1L;

    CommunityPolicing(Scenario.Intervention spec, int index, Scenario scenario) {
        super(spec, index, scenario);
    }

    @Override
    protected boolean enrols() {
        return false;
    }

    @Override
    protected void contribute(Levers levers, World w) {
        forTargetRegions(r -> {
            levers.communityPolicingShare[r] = Math.max(levers.communityPolicingShare[r], spec.param("share"));
            levers.communityPolicingCoverage[r] = Math.max(levers.communityPolicingCoverage[r], spec.coverage());
        });
    }

    @Override
    protected double costPerTick(World w) {
        return regionCostPerTick(w);
    }
}
