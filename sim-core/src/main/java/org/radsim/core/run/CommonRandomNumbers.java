package org.radsim.core.run;

import java.util.ArrayList;
import java.util.List;

import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.replication.Seeds;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * The common-random-numbers policy of a comparison: every alternative runs with the baseline's master seed, so
 * replication {@code r} of every scenario draws from the same per-replication seed ({@link Seeds#replication}).
 * Differences between paired replications then come from the scenarios, not from the dice, and the paired
 * differences have a smaller variance than independent runs would give (Law 2015, <i>Simulation Modeling and
 * Analysis</i>, §11.2).
 */
public final class CommonRandomNumbers {

    private CommonRandomNumbers() {
    }

    /** The overrides an alternative is loaded with: the user's, then the baseline's master seed. */
    public static List<String> overrides(Scenario baseline, List<String> overrides) {
        List<String> out = new ArrayList<>(overrides);
        out.add("seed=" + baseline.seed());
        return out;
    }

    /** Loads each alternative (file or built-in name) with {@code overrides} and the baseline's master seed. */
    public static List<Scenario> alternatives(Scenario baseline, List<String> sources, List<String> overrides)
            throws ScenarioException {
        List<String> o = overrides(baseline, overrides);
        List<Scenario> out = new ArrayList<>();
        for (String a : sources) {
            out.add(ScenarioLoader.load(a, o));
        }
        return out;
    }

    /** The seed of replication {@code r} in every scenario of a comparison with this baseline. */
    public static long seed(Scenario baseline, int r) {
        return Seeds.replication(baseline.seed(), r);
    }
}
