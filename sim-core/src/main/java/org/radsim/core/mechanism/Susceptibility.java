package org.radsim.core.mechanism;

import org.radsim.core.population.Population;
import org.radsim.core.scenario.Scenario;

/**
 * Susceptibility to extremist persuasion (MODEL.md section 5):
 * {@code S_i = logistic(b0 + bG·G_i + bI·I_i + bY·youth_i + bU·unemployed_i − bE·e_i)}. The meta-analysis of risk
 * factors by Wolfowicz, Litmanovitz, Weisburd &amp; Hasisi (2021) finds socio-demographic effects (unemployment,
 * education) the smallest and grievance and isolation larger; the default weights respect that order.
 * Keys: {@code susceptibility.*}.
 */
public final class Susceptibility {

    private Susceptibility() {
    }

    public static double of(Scenario.Susceptibility b, Population p, int i) {
        double z = b.intercept() + b.grievance() * p.grievance[i] + b.isolation() * p.isolation[i]
                + (p.is(i, Population.YOUTH) ? b.youth() : 0.0) + (p.employed(i) ? 0.0 : b.unemployed())
                - b.education() * p.education[i];
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
