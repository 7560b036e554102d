package org.radsim.core.intervention;

import org.radsim.core.mechanism.Levers;
import org.radsim.core.scenario.Scenario;

/**
 * Intelligence sharing and regional cooperation: in the target regions, a share {@code coverage} of detection
 * draws uses the detection rate × {@code detection_multiplier}; recruiters' cross-border moves from or into a
 * target region fall by {@code mobility_reduction}. Costed per target region-year.
 */
final class IntelligenceSharing extends Intervention {

    private static final long serialVersionUID = 1L;

    /** The measure's settings, read once from its scenario entry. */
    record Settings(double detectionMultiplier, double mobilityReduction) implements java.io.Serializable {
    }

    private final Settings settings;

    IntelligenceSharing(Scenario.Intervention spec, int index, Scenario scenario) {
        super(spec, index, scenario);
        settings = new Settings(spec.param("detection_multiplier"), spec.param("mobility_reduction"));
    }

    @Override
    protected boolean enrols() {
        return false;
    }

    @Override
    protected void contribute(Levers levers, World w) {
        raiseInTargetRegions(levers.detectionMultiplier, settings.detectionMultiplier());
        raiseInTargetRegions(levers.detectionCoverage, spec.coverage());
        raiseInTargetRegions(levers.mobilityReduction, settings.mobilityReduction());
    }

    @Override
    protected double costPerTick(World w) {
        return regionCostPerTick(w);
    }
}
