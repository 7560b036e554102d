package org.radsim.core.intervention;

import org.radsim.core.mechanism.RelativeAgreement;
import org.radsim.core.mechanism.Thinning;
import org.radsim.core.population.Population;
import org.radsim.core.population.Stage;
import org.radsim.core.replication.Blocks;
import org.radsim.core.scenario.Scenario;

/**
 * Community development: enrolees gain ties (their isolation {@code I_i} drops by {@code isolation_reduction} at
 * enrolment) and meet community workers at rate {@code contacts} per year; a meeting is one relative-agreement
 * interaction with a moderate speaker at {@code position} with {@code uncertainty}. Detained citizens and
 * members are not reached.
 */
final class CommunityDevelopment extends Intervention {

    private static final long serialVersionUID = 1L;

    /**
     * The programme's settings, read once from its scenario entry: the isolation drop at enrolment, the
     * per-tick contact probability of an enrolee (from {@code contacts} per year) and the workers' opinion source.
     */
    record Settings(float isolationReduction, double contactsPerTick, double position, double uncertainty)
            implements java.io.Serializable {
    }

    private final Settings settings;

    CommunityDevelopment(Scenario.Intervention spec, int index, Scenario scenario) {
        super(spec, index, scenario);
        settings = new Settings((float) spec.param("isolation_reduction"), scenario.perTick(spec.param("contacts")),
                spec.param("position"), spec.param("uncertainty"));
    }

    @Override
    protected boolean enrols() {
        return true;
    }

    @Override
    protected void onStart(World w) {
        Population p = w.population();
        float drop = settings.isolationReduction();
        for (int i = 0; i < p.size; i++) {
            if (enrolled(p, i)) {
                p.isolation[i] = Math.max(0f, p.isolation[i] - drop);
            }
        }
    }

    @Override
    protected void act(World w, Blocks blocks) {
        Population p = w.population();
        double prob = settings.contactsPerTick();
        double xs = settings.position();
        double us = settings.uncertainty();
        double mu = w.scenario().opinion().mu();
        float[] x = p.opinion();
        float[] u = p.uncertainty();
        Thinning contacts = new Thinning(prob);
        if (contacts.never()) {
            return;
        }
        blocks.forEach((start, end, rng) -> {
            for (int i = contacts.first(rng, start, end); i < end; i = contacts.next(rng, i, end)) {
                if (enrolled(p, i) && Stage.inOpinionPyramid(p.stage[i])) {
                    RelativeAgreement.hear(x, u, i, mu, xs, us);
                }
            }
        });
    }
}
