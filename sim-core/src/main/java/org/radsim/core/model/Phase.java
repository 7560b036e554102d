package org.radsim.core.model;

/**
 * The order of the processes within one tick (MODEL.md section 3). Each process is scheduled on MASON's
 * {@code Schedule} at the ordering {@link #ordering()}; lower runs first, so the declaration order here is the
 * order of a tick.
 */
public enum Phase {
    INTERVENTIONS, LABOUR_MARKET, GRIEVANCE, SOCIAL_INFLUENCE, PROPAGANDA, OPINION_STAGE, RECRUITMENT,
    PROMOTION, POLICING, MOBILITY, EXIT, OBSERVATION;

    public int ordering() {
        return ordinal();
    }
}
