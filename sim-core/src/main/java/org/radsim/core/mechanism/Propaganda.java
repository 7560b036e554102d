package org.radsim.core.mechanism;

import org.radsim.core.population.Population;
import org.radsim.core.population.Stage;
import org.radsim.core.replication.Blocks;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 5, propaganda and counter-narratives. A citizen of region r is exposed to propaganda with probability
 * {@code 1 − exp(−reach · language_r · access_r / ticksPerYear)} ({@code language_r} = 1 when
 * {@code propaganda.languages} covers the region's language, else {@code propaganda.leakage}); an exposure is one
 * relative-agreement interaction with a virtual extremist source ({@code x = +1}, {@code u_e}) whose weight is
 * scaled by the citizen's susceptibility {@link Susceptibility S_i}. The audience of each running counter-narrative
 * campaign ({@link Levers#campaigns}) is then exposed to it, with reactance (backfire) for highly aggrieved
 * radicalized receivers. Only citizens in the opinion pyramid are exposed.
 */
public final class Propaganda implements Steppable {

    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final Population population;
    private final Levers levers;
    private final Blocks blocks;
    private final double[] exposure;

    public Propaganda(Scenario scenario, Population population, Levers levers, Blocks blocks) {
        this.scenario = scenario;
        this.population = population;
        this.levers = levers;
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
        float[] x = p.opinion();
        float[] u = p.uncertainty();
        byte[] stage = p.stage;
        short[] region = p.region;
        Thinning exposures = new Thinning(max(exposure));
        if (!exposures.never()) {
            blocks.forEach((start, end, rng) -> {
                for (int i = exposures.first(rng, start, end); i < end; i = exposures.next(rng, i, end)) {
                    if (!Stage.inOpinionPyramid(stage[i]) || !exposures.accept(rng, exposure[region[i]])) {
                        continue;
                    }
                    double w = RelativeAgreement.weight(mu, 1.0, ue, x[i], u[i]);
                    if (w > 0) {
                        w *= Susceptibility.of(b, p, i);
                        x[i] = (float) (x[i] + w * (1.0 - x[i]));
                        u[i] = (float) (u[i] + w * (ue - u[i]));
                    }
                }
            });
        }
        for (Campaign cn : levers.campaigns) {
            counterNarrative(cn, mu);
        }
    }

    /** Exposes the campaign's audience; reactance for highly aggrieved radicalized receivers. */
    private void counterNarrative(Campaign cn, double mu) {
        Population p = population;
        float[] x = p.opinion();
        float[] u = p.uncertainty();
        double[] reach = new double[exposure.length];
        for (int r = 0; r < reach.length; r++) {
            reach[r] = cn.exposure()[r];
        }
        Thinning exposed = new Thinning(max(reach));
        if (exposed.never()) {
            return;
        }
        double xs = cn.position();
        double us = cn.uncertainty();
        int bit = cn.bit();
        blocks.forEach((start, end, rng) -> {
            for (int i = exposed.first(rng, start, end); i < end; i = exposed.next(rng, i, end)) {
                if ((p.enrolment[i] & bit) == 0 || !Stage.inOpinionPyramid(p.stage[i])
                        || !exposed.accept(rng, reach[p.region[i]])) {
                    continue;
                }
                boolean reactance = p.stage[i] == Stage.RADICALIZED_CODE && p.grievance[i] >= cn.backfireGrievance()
                        && rng.nextDouble() < cn.backfire();
                if (reactance) {
                    // Reactance moves away from the source by a full-agreement step, whatever the overlap: the
                    // relative-agreement rule alone would never let a moderate source reach a confident extremist.
                    x[i] = (float) Math.max(-1.0, Math.min(1.0, x[i] + mu * (x[i] - xs)));
                    continue;
                }
                double w = RelativeAgreement.weight(mu, xs, us, x[i], u[i]);
                if (w > 0) {
                    x[i] = (float) (x[i] + w * (xs - x[i]));
                    u[i] = (float) (u[i] + w * (us - u[i]));
                }
            }
        });
    }

    private static double max(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
