package org.radsim.core.mechanism;

import java.util.List;

import org.radsim.core.intervention.CounterNarrative;
import org.radsim.core.intervention.Interventions;
import org.radsim.core.model.Blocks;
import org.radsim.core.population.Population;
import org.radsim.core.population.Stage;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 5, propaganda and counter-narratives. A citizen of region r is exposed to propaganda with probability
 * {@code 1 − exp(−reach · language_r · access_r / ticksPerYear)} ({@code language_r} = 1 when
 * {@code propaganda.languages} covers the region's language, else {@code propaganda.leakage}); an exposure is one
 * relative-agreement interaction with a virtual extremist source ({@code x = +1}, {@code u_e}) whose weight is
 * scaled by the citizen's susceptibility {@link Susceptibility S_i}. The audience of each running counter-narrative
 * campaign is then exposed to it ({@link CounterNarrative}), with reactance (backfire) for highly aggrieved
 * radicalized receivers. Only citizens in the opinion pyramid are exposed.
 */
public final class Propaganda implements Steppable {

    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final Population population;
    private final Interventions interventions;
    private final Blocks blocks;
    private final double[] exposure;

    public Propaganda(Scenario scenario, Population population, Interventions interventions, Blocks blocks) {
        this.scenario = scenario;
        this.population = population;
        this.interventions = interventions;
        this.blocks = blocks;
        Scenario.Propaganda pr = scenario.propaganda();
        exposure = new double[scenario.regions().size()];
        for (int r = 0; r < exposure.length; r++) {
            Scenario.Region reg = scenario.regions().get(r);
            double lang = pr.languages().contains(reg.language()) ? 1.0 : pr.leakage();
            exposure[r] = scenario.perTick(pr.reach() * lang * reg.onlineAccess());
        }
    }

    /** Per-tick exposure probability in region {@code r}. */
    public double exposure(int r) {
        return exposure[r];
    }

    @Override
    public void step(SimState state) {
        Population p = population;
        double mu = scenario.opinion().mu();
        double ue = scenario.opinion().extremistUncertainty();
        Scenario.Susceptibility b = scenario.susceptibility();
        List<CounterNarrative> campaigns = interventions.runningCampaigns();
        float[] x = p.opinion();
        float[] u = p.uncertainty();
        blocks.forEach((start, end, rng) -> {
            for (int i = start; i < end; i++) {
                if (!Stage.inOpinionPyramid(p.stage[i])) {
                    continue;
                }
                int r = p.region[i];
                if (rng.nextDouble() < exposure[r]) {
                    double w = RelativeAgreement.weight(mu, 1.0, ue, x[i], u[i]);
                    if (w > 0) {
                        w *= Susceptibility.of(b, p, i);
                        x[i] = (float) (x[i] + w * (1.0 - x[i]));
                        u[i] = (float) (u[i] + w * (ue - u[i]));
                    }
                }
                for (int c = 0; c < campaigns.size(); c++) {
                    CounterNarrative cn = campaigns.get(c);
                    if ((p.enrolment[i] & cn.bit()) == 0 || rng.nextDouble() >= cn.exposure(r)) {
                        continue;
                    }
                    double xs = cn.position();
                    boolean reactance = p.stage[i] == Stage.RADICALIZED_CODE && p.grievance[i] >= cn.backfireGrievance()
                            && rng.nextDouble() < cn.backfire();
                    if (reactance) {
                        // Reactance moves away from the source by a full-agreement step, whatever the overlap: the
                        // relative-agreement rule alone would never let a moderate source reach a confident extremist.
                        x[i] = (float) Math.max(-1.0, Math.min(1.0, x[i] + mu * (x[i] - xs)));
                        continue;
                    }
                    double w = RelativeAgreement.weight(mu, xs, cn.uncertainty(), x[i], u[i]);
                    if (w > 0) {
                        x[i] = (float) (x[i] + w * (xs - x[i]));
                        u[i] = (float) (u[i] + w * (cn.uncertainty() - u[i]));
                    }
                }
            }
        });
    }
}
