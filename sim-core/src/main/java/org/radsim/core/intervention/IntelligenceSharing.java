package org.radsim.core.intervention;

import org.radsim.core.mechanism.Levers;
import org.radsim.core.scenario.Scenario;

/**
 * Intelligence sharing and regional cooperation: in the target regions, a share {@code coverage} of detection
 * draws uses the detection rate × {@code detection_multiplier}; recruiters' cross-border moves from or into a
 * target region fall by {@code mobility_reduction}. Costed per target region-year.
 */
public final class IntelligenceSharing extends Intervention {

    private static final long serialVersionUID = 1L;

    IntelligenceSharing(Scenario.Intervention spec, int index, Scenario scenario) {
        super(spec, index, scenario);
    }

    @Override
    protected boolean enrols() {
        return false;
    }

    @Override
    protected void contribute(Levers levers, World w) {
        forTargetRegions(r -> {
            levers.detectionMultiplier[r] = Math.max(levers.detectionMultiplier[r], spec.param("detection_multiplier"));
            levers.detectionCoverage[r] = Math.max(levers.detectionCoverage[r], spec.coverage());
            levers.mobilityReduction[r] = Math.max(levers.mobilityReduction[r], spec.param("mobility_reduction"));
        });
    }

    @Override
    protected double costPerTick(World w) {
        return regionCostPerTick(w);
    }
}
