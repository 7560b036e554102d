package org.radsim.core.intervention;

import java.util.List;

import org.radsim.core.mechanism.Campaign;
import org.radsim.core.mechanism.Levers;
import org.radsim.core.scenario.Scenario;

/**
 * A counter-narrative campaign. Its audience (a share {@code coverage} of the target group in the target regions)
 * is exposed at rate {@code reach · language_r · online_access_r} per year, where {@code language_r} is 1 when the
 * campaign covers the region's language and {@code propaganda.leakage} otherwise; an exposure is one
 * relative-agreement interaction with a source at {@code position}, {@code uncertainty}. With probability
 * {@code backfire}, an exposed radicalized receiver whose grievance is at least {@code backfire_grievance} moves
 * away from the source instead (reactance), by a step {@code μ (x − x_cn)}. The exposure itself happens in the propaganda process, which reads
 * the running campaigns from the levers ({@link Campaign}). Costed per target region-year.
 */
public final class CounterNarrative extends Intervention {

    private static final long serialVersionUID = 1L;

    private final Campaign campaign;

    CounterNarrative(Scenario.Intervention spec, int index, Scenario scenario) {
        super(spec, index, scenario);
        List<String> langs = spec.params().names("languages");
        double[] exposure = new double[scenario.regions().size()];
        for (int r = 0; r < exposure.length; r++) {
            Scenario.Region reg = scenario.regions().get(r);
            double lang = langs.isEmpty() || langs.contains(reg.language()) ? 1.0 : scenario.propaganda().leakage();
            exposure[r] = scenario.perTick(spec.param("reach") * lang * reg.onlineAccess());
        }
        campaign = new Campaign(bit, exposure, spec.param("position"), spec.param("uncertainty"),
                spec.param("backfire"), spec.param("backfire_grievance"));
    }

    @Override
    protected boolean enrols() {
        return true;
    }

    /** The campaign as the propaganda process sees it. */
    public Campaign campaign() {
        return campaign;
    }

    @Override
    protected void contribute(Levers levers, World w) {
        levers.campaigns.add(campaign);
    }

    @Override
    protected double costPerTick(World w) {
        return regionCostPerTick(w);
    }
}
