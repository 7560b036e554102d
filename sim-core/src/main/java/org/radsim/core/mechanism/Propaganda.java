package org.radsim.core.mechanism;

import java.util.ArrayList;
import java.util.List;

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
public final class Propaganda implements Steppable, BlockProcess {

    private static final long serialVersionUID = 1L;

    /**
     * What propaganda reads from the scenario, built once: the opinion rule (μ, the extremist source's
     * uncertainty), the susceptibility weights and the per-tick exposure probability by region.
     */
    public record Settings(Scenario.Opinion opinion, Scenario.Susceptibility susceptibility, double[] exposure)
            implements java.io.Serializable {

        public static Settings of(Scenario scenario) {
            Scenario.Propaganda pr = scenario.propaganda();
            double[] exposure = new double[scenario.regions().size()];
            for (int r = 0; r < exposure.length; r++) {
                Scenario.Region reg = scenario.regions().get(r);
                double lang = pr.languages().contains(reg.language()) ? 1.0 : pr.leakage();
                exposure[r] = scenario.perTick(pr.reach() * lang * reg.onlineAccess());
            }
            return new Settings(scenario.opinion(), scenario.susceptibility(), exposure);
        }
    }

    private final Settings settings;
    private final Population population;
    private final Levers levers;
    private final Blocks blocks;
    private final double[] exposure;

    public Propaganda(Settings settings, Population population, Levers levers, Blocks blocks) {
        this.settings = settings;
        this.population = population;
        this.levers = levers;
        this.blocks = blocks;
        this.exposure = settings.exposure();
    }

    /** Per-tick exposure probability in region {@code r}. */
    public double exposure(int r) {
        return exposure[r];
    }

    @Override
    public void step(SimState state) {
        BlockProcess.run(blocks, this);
    }

    /**
     * This tick's work on a block: the propaganda exposures, then the exposures of each running campaign in the
     * order of {@link Levers#campaigns}, all from the block's stream.
     */
    @Override
    public Blocks.Task prepare() {
        Population p = population;
        double mu = settings.opinion().mu();
        double ue = settings.opinion().extremistUncertainty();
        Scenario.Susceptibility b = settings.susceptibility();
        float[] x = p.opinion();
        float[] u = p.uncertainty();
        byte[] stage = p.stage;
        short[] region = p.region;
        Thinning exposures = new Thinning(max(exposure));
        List<Blocks.Task> work = new ArrayList<>();
        if (!exposures.never()) {
            work.add((start, end, rng) -> {
                for (int i = exposures.first(rng, start, end); i < end; i = exposures.next(rng, i, end)) {
                    if (!Stage.inOpinionPyramid(stage[i]) || !exposures.accept(rng, exposure[region[i]])) {
                        continue;
                    }
                    double w = RelativeAgreement.weight(mu, 1.0, ue, x[i], u[i]);
                    if (w > 0) {
                        RelativeAgreement.move(x, u, i, w * Susceptibility.of(b, p, i), 1.0, ue);
                    }
                }
            });
        }
        for (Campaign cn : levers.campaigns) {
            Blocks.Task t = counterNarrative(cn, mu);
            if (t != null) {
                work.add(t);
            }
        }
        return Blocks.inOrder(work);
    }

    /** Exposes the campaign's audience; reactance for highly aggrieved radicalized receivers. */
    private Blocks.Task counterNarrative(Campaign cn, double mu) {
        Population p = population;
        float[] x = p.opinion();
        float[] u = p.uncertainty();
        double[] reach = new double[exposure.length];
        for (int r = 0; r < reach.length; r++) {
            reach[r] = cn.exposure()[r];
        }
        Thinning exposed = new Thinning(max(reach));
        if (exposed.never()) {
            return null;
        }
        double xs = cn.position();
        double us = cn.uncertainty();
        int bit = cn.bit();
        return (start, end, rng) -> {
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
                RelativeAgreement.hear(x, u, i, mu, xs, us);
            }
        };
    }

    private static double max(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
