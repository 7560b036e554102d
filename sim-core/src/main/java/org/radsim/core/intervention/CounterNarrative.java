package org.radsim.core.intervention;

import java.util.List;

import org.radsim.core.scenario.Scenario;

/**
 * A counter-narrative campaign. Its audience (a share {@code coverage} of the target group in the target regions)
 * is exposed at rate {@code reach · language_r · online_access_r} per year, where {@code language_r} is 1 when the
 * campaign covers the region's language and {@code propaganda.leakage} otherwise; an exposure is one
 * relative-agreement interaction with a source at {@code position}, {@code uncertainty}. With probability
 * {@code backfire}, an exposed radicalized receiver whose grievance is at least {@code backfire_grievance} moves
 * away from the source instead (reactance), by a step {@code μ (x − x_cn)}. The exposure itself happens in the propaganda process, which reads
 * {@link #exposure(int)}. Costed per target region-year.
 */
public final class CounterNarrative extends Intervention {

    private static final long serialVersionUID = 1L;

    private final double[] exposure;

    CounterNarrative(Scenario.Intervention spec, int index, Scenario scenario) {
        super(spec, index, scenario);
        List<String> langs = spec.params().names("languages");
        exposure = new double[scenario.regions().size()];
        for (int r = 0; r < exposure.length; r++) {
            Scenario.Region reg = scenario.regions().get(r);
            double lang = langs.isEmpty() || langs.contains(reg.language()) ? 1.0 : scenario.propaganda().leakage();
            exposure[r] = scenario.perTick(spec.param("reach") * lang * reg.onlineAccess());
        }
    }

    @Override
    protected boolean enrols() {
        return true;
    }

    /** Per-tick exposure probability of an audience member in region {@code r}. */
    public double exposure(int r) {
        return exposure[r];
    }

    public double position() {
        return spec.param("position");
    }

    public double uncertainty() {
        return spec.param("uncertainty");
    }

    public double backfire() {
        return spec.param("backfire");
    }

    public double backfireGrievance() {
        return spec.param("backfire_grievance");
    }

    @Override
    protected double costPerTick(World w) {
        return regionCostPerTick(w);
    }
}
