package org.radsim.core.mechanism;

import java.io.Serializable;

/**
 * A running counter-narrative campaign as the propaganda process sees it: its audience (the citizens holding
 * enrolment {@code bit}), the per-tick exposure probability of an audience member by region, and the source it
 * exposes them to. Built once by the campaign (an intervention) from its scenario entry; the interventions put
 * the running ones into {@link Levers#campaigns} each tick.
 *
 * @param bit               enrolment bit of the audience
 * @param exposure          per-tick exposure probability of an audience member, by region
 * @param position          the source's opinion x<sub>cn</sub>
 * @param uncertainty       the source's uncertainty u<sub>cn</sub>
 * @param backfire          probability of reactance for a highly aggrieved radicalized receiver
 * @param backfireGrievance the grievance from which reactance is possible
 */
public record Campaign(int bit, double[] exposure, double position, double uncertainty, double backfire,
                       double backfireGrievance) implements Serializable {
}
