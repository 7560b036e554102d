package org.radsim.core.intervention;

import org.radsim.core.population.Population;
import org.radsim.core.replication.Blocks;
import org.radsim.core.scenario.Scenario;

/**
 * A measure that raises one attribute of its enrolees by {@code gain} per year up to {@code cap} (education,
 * governance). Keys: {@code interventions[].gain}, {@code interventions[].cap}, read once here.
 */
abstract sealed class EnroleeRaise extends Intervention permits Education, Governance {

    private static final long serialVersionUID = 1L;

    /** The per-tick step ({@code gain} per year / ticks per year) and the {@code cap}. */
    private final float step;
    private final float cap;

    EnroleeRaise(Scenario.Intervention spec, int index, Scenario scenario) {
        super(spec, index, scenario);
        step = (float) (spec.param("gain") / scenario.ticksPerYear());
        cap = (float) spec.param("cap");
    }

    /** The attribute this measure raises. */
    abstract float[] field(Population p);

    @Override
    protected final boolean enrols() {
        return true;
    }

    @Override
    protected final void act(World w, Blocks blocks) {
        Population p = w.population();
        float[] field = field(p);
        float step = this.step;
        float cap = this.cap;
        boolean legitimacy = field == p.legitimacy;
        blocks.forEach((start, end, rng) -> {
            for (int i = start; i < end; i++) {
                if (enrolled(p, i) && field[i] < cap) {
                    field[i] = Math.min(cap, field[i] + step);
                    if (legitimacy) {
                        p.markGrievanceStale(i);
                    }
                }
            }
        });
    }
}
