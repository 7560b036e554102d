package org.radsim.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;

import org.radsim.core.mechanism.Exit;
import org.radsim.core.mechanism.Grievance;
import org.radsim.core.mechanism.LabourMarket;
import org.radsim.core.mechanism.Mobility;
import org.radsim.core.mechanism.OpinionStage;
import org.radsim.core.mechanism.Policing;
import org.radsim.core.mechanism.Promotion;
import org.radsim.core.mechanism.Propaganda;
import org.radsim.core.mechanism.Recruitment;
import org.radsim.core.mechanism.SocialInfluence;
import org.radsim.core.model.Blocks;
import org.radsim.core.model.Observer;
import org.radsim.core.model.Phase;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.model.Tally;
import org.radsim.core.population.Population;
import org.radsim.core.scenario.Scenario;

import ec.util.MersenneTwisterFast;
import sim.engine.Steppable;

/**
 * Where a tick's time goes, process by process ({@link Phase}): the twelve processes are built on a started
 * model's population, network and registers exactly as the model builds them, stepped in tick order on one thread,
 * and each is timed in CPU time of the measuring thread. The result is nanoseconds per citizen and tick per phase.
 */
final class PhaseProfile {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PhaseProfile() {
    }

    /** Steps {@code ticks} ticks of {@code model} (started, single-threaded) phase by phase; ns per citizen-tick per phase. */
    static Map<Phase, Double> of(RadicalizationModel model, long seed, int ticks) {
        Scenario s = model.scenario();
        Population p = model.population();
        int k = s.regions().size();
        Blocks blocks = new Blocks(p.size, seed, 1);
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        Tally tally = new Tally(k);
        Map<Phase, Steppable> process = new EnumMap<>(Phase.class);
        process.put(Phase.INTERVENTIONS, model.interventions());
        process.put(Phase.LABOUR_MARKET, new LabourMarket(s, p, model.levers(), blocks));
        process.put(Phase.GRIEVANCE, new Grievance(s, p, blocks));
        process.put(Phase.SOCIAL_INFLUENCE, new SocialInfluence(s, p, model.network(), blocks));
        process.put(Phase.PROPAGANDA, new Propaganda(s, p, model.interventions(), blocks));
        process.put(Phase.OPINION_STAGE, new OpinionStage(s, p, blocks));
        process.put(Phase.RECRUITMENT, new Recruitment(s, p, model.network(), model.membership(), model.levers(), tally, rng));
        process.put(Phase.PROMOTION, new Promotion(s, p, model.membership(), rng));
        process.put(Phase.POLICING, new Policing(s, p, model.network(), model.membership(), model.levers(), tally, rng));
        process.put(Phase.MOBILITY, new Mobility(s, model.membership(), model.levers(), rng));
        process.put(Phase.EXIT, new Exit(s, p, model.membership(), model.levers(), blocks, rng, new double[k]));
        Observer observer = new Observer(p, model.membership(), tally, blocks);
        process.put(Phase.OBSERVATION, state -> observer.observe(state.schedule.getSteps() + 1));
        long[] cpu = new long[Phase.values().length];
        for (int t = 0; t < ticks; t++) {
            for (Phase phase : Phase.values()) {
                long c0 = THREADS.getCurrentThreadCpuTime();
                process.get(phase).step(model);
                cpu[phase.ordinal()] += THREADS.getCurrentThreadCpuTime() - c0;
            }
        }
        Map<Phase, Double> out = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            out.put(phase, cpu[phase.ordinal()] / ((double) p.size * ticks));
        }
        return out;
    }
}
