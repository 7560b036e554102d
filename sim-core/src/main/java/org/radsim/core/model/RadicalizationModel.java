package org.radsim.core.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radsim.core.intervention.Interventions;
import org.radsim.core.intervention.World;
import org.radsim.core.mechanism.Exit;
import org.radsim.core.mechanism.Grievance;
import org.radsim.core.mechanism.LabourMarket;
import org.radsim.core.mechanism.Levers;
import org.radsim.core.mechanism.Mobility;
import org.radsim.core.mechanism.OpinionStage;
import org.radsim.core.mechanism.Policing;
import org.radsim.core.mechanism.Promotion;
import org.radsim.core.mechanism.Propaganda;
import org.radsim.core.mechanism.Recruitment;
import org.radsim.core.mechanism.SocialInfluence;
import org.radsim.core.mechanism.Tally;
import org.radsim.core.network.Networks;
import org.radsim.core.network.SocialNetwork;
import org.radsim.core.population.InitialPopulation;
import org.radsim.core.population.Membership;
import org.radsim.core.population.Population;
import org.radsim.core.population.Recruiter;
import org.radsim.core.population.Stage;
import org.radsim.core.replication.Blocks;
import org.radsim.core.replication.Workers;
import org.radsim.core.replication.MetricLayout;
import org.radsim.core.replication.RandomStream;
import org.radsim.core.replication.Replication;
import org.radsim.core.replication.RunLoop;
import org.radsim.core.replication.Seeds;
import org.radsim.core.replication.TickSink;
import org.radsim.core.scenario.Scenario;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The radicalization model (MODEL.md): citizens on a social network across regions, recruiters, policing and
 * interventions. A MASON {@link SimState}; {@link #start()} draws the population and network and registers the
 * twelve processes of a tick on the schedule in {@link Phase} order (read {@link #scheduleProcesses} to see a
 * tick). One replication is a pure function of (scenario, seed), whatever {@code threads} is. The model's draws
 * come from {@link RandomStream}s derived from the seed (population, network, one per block of citizens for the
 * parallel processes, one for the serial ones); MASON's own {@code random} is seeded but the model draws nothing
 * from it.
 */
public final class RadicalizationModel extends SimState implements Replication {

    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final long seed;
    private final int threads;
    /** Whether processes 2 to 6 run as citizen passes (always, but for the test that checks they change nothing). */
    private final boolean citizenPasses;
    private Population population;
    private SocialNetwork network;
    private Membership membership;
    private Levers levers;
    private Tally tally;
    /** The threads of construction and of the tick loops: one pool for the model's life. */
    private Workers workers;
    private Blocks blocks;
    /** The stream of the serial processes (recruitment, promotion, policing, mobility, exit, interventions). */
    private RandomStream serial;
    private Interventions interventions;
    private Observer observer;
    /** Each process of a tick on its own, by phase (for profiling and inspection). */
    private final java.util.EnumMap<Phase, Steppable> processes = new java.util.EnumMap<>(Phase.class);
    /** What is on the schedule, by the phase it runs at: the processes, with the two citizen passes. */
    private final java.util.EnumMap<Phase, Steppable> scheduled = new java.util.EnumMap<>(Phase.class);

    public RadicalizationModel(Scenario scenario, long seed, int threads) {
        this(scenario, seed, threads, true);
    }

    /** With {@code citizenPasses = false}, every process runs on its own (the reference the passes are tested against). */
    RadicalizationModel(Scenario scenario, long seed, int threads, boolean citizenPasses) {
        super(seed);
        this.scenario = scenario;
        this.seed = seed;
        this.threads = threads;
        this.citizenPasses = citizenPasses;
    }

    @Override
    public void start() {
        super.start();
        random.setSeed(seed);
        if (workers != null) {
            workers.close();
        }
        workers = new Workers(threads);
        serial = RandomStream.of(Seeds.derive(seed, 2));
        population = InitialPopulation.draw(scenario, Seeds.derive(seed, 3), workers);
        network = Networks.build(scenario.network(), population.regionStart, Seeds.derive(seed, 4), workers);
        membership = new Membership();
        levers = new Levers(scenario.regions().size());
        tally = new Tally(scenario.regions().size());
        blocks = new Blocks(population.size, Seeds.derive(seed, 1), workers);
        seedRecruiters();
        scheduleProcesses();
        warmUp();
    }

    /**
     * The spin-up ({@code warm_up: T}): T ticks of every process with interventions off, on the same streams,
     * observed but sent nowhere; then the clock restarts so the state reached is tick 0 (release ticks move with
     * it, cumulative counts restart).
     */
    private void warmUp() {
        int t = scenario.warmUp();
        if (t <= 0) {
            return;
        }
        int n = interventions.all().size();
        boolean[] was = new boolean[n];
        for (int k = 0; k < n; k++) {
            was[k] = interventions.enabled(k);
            interventions.setEnabled(k, false);
        }
        observer.setSink(null);
        while (schedule.getSteps() < t) {
            schedule.step(this);
        }
        for (int k = 0; k < n; k++) {
            interventions.setEnabled(k, was[k]);
        }
        membership.shiftReleaseTicks(-schedule.getSteps());
        tally.clearCumulative();
        schedule.reset();
        scheduled.forEach(this::schedule);
    }

    /**
     * The table of contents of a tick: the twelve processes of MODEL.md section 3, in order. Processes 2 to 6 touch
     * only each citizen's own state (social influence reads what neighbours said, written in its first half), so
     * they run as two {@link CitizenPass}es, block by block, with the same results as one after the other.
     */
    private void scheduleProcesses() {
        processes.clear();
        scheduled.clear();
        World world = new World(scenario, population, network, membership);
        interventions = new Interventions(world, levers, tally, blocks, serial);
        observer = new Observer(population, membership, tally, blocks);
        at(Phase.INTERVENTIONS, interventions);
        LabourMarket labour = new LabourMarket(scenario.regions(), scenario.tickRate(),
                scenario.population().unemployedHardship(), population, levers, blocks);
        Grievance grievance = new Grievance(scenario.population().unemployedHardship(), population, blocks);
        SocialInfluence influence = new SocialInfluence(scenario.opinion(), population, network, blocks);
        Propaganda propaganda = new Propaganda(Propaganda.Settings.of(scenario), population, levers, blocks);
        OpinionStage opinionStage = new OpinionStage(scenario.opinion(), population, blocks);
        processes.put(Phase.LABOUR_MARKET, labour);
        processes.put(Phase.GRIEVANCE, grievance);
        processes.put(Phase.SOCIAL_INFLUENCE, influence);
        processes.put(Phase.PROPAGANDA, propaganda);
        processes.put(Phase.OPINION_STAGE, opinionStage);
        if (citizenPasses) {
            scheduled.put(Phase.LABOUR_MARKET, new CitizenPass(blocks, labour, grievance, influence::speak));
            scheduled.put(Phase.SOCIAL_INFLUENCE, new CitizenPass(blocks, influence::listen, propaganda, opinionStage));
        } else {
            scheduled.putAll(processes);
        }
        at(Phase.RECRUITMENT, new Recruitment(Recruitment.Settings.of(scenario), population, network, membership,
                levers, tally, serial));
        at(Phase.PROMOTION, new Promotion(scenario.perTick(scenario.recruiters().promotionRate()), population,
                membership, serial));
        at(Phase.POLICING, new Policing(scenario.policing(), scenario.tickRate(), security(), population, network,
                membership, levers, tally, serial));
        at(Phase.MOBILITY, new Mobility(scenario.regions(), scenario.recruiters().mobilityRate(), scenario.tickRate(),
                membership, levers, serial));
        at(Phase.EXIT, new Exit(scenario.exit(), scenario.tickRate(), population, membership, levers, serial,
                regionMeanOpinion()));
        at(Phase.OBSERVATION, observer);
        scheduled.forEach(this::schedule);
    }

    /** A process that runs on its own. */
    private void at(Phase phase, Steppable process) {
        processes.put(phase, process);
        scheduled.put(phase, process);
    }

    private void schedule(Phase phase, Steppable step) {
        schedule.scheduleRepeating(Schedule.EPOCH, phase.ordering(), step, 1.0);
    }

    /**
     * The twelve processes of a tick by phase, each on its own (read-only; for profiling and inspection). Stepping
     * them in phase order is a tick, with the same results as the schedule's, which runs phases 2 to 6 as two
     * {@link CitizenPass}es.
     */
    public Map<Phase, Steppable> processes() {
        return java.util.Collections.unmodifiableMap(processes);
    }

    /**
     * The initial recruiters: {@code recruiters.initial} citizens drawn among the radicalized (the most extreme
     * opinions when there are too few), who become members and recruiters in their own region.
     */
    private void seedRecruiters() {
        int want = Math.min(scenario.recruiters().initial(), population.size);
        List<Integer> radicalized = new ArrayList<>();
        for (int i = 0; i < population.size; i++) {
            if (population.stage[i] == Stage.RADICALIZED_CODE) {
                radicalized.add(i);
            }
        }
        List<Integer> chosen = new ArrayList<>();
        for (int k = 0; k < want && !radicalized.isEmpty(); k++) {
            chosen.add(radicalized.remove(serial.nextInt(radicalized.size())));
        }
        if (chosen.size() < want) {
            float[] x = population.opinion();
            List<Integer> rest = new ArrayList<>();
            for (int i = 0; i < population.size; i++) {
                if (population.stage[i] != Stage.RADICALIZED_CODE) {
                    rest.add(i);
                }
            }
            rest.sort((a, b) -> x[a] != x[b] ? Float.compare(x[b], x[a]) : Integer.compare(a, b));
            chosen.addAll(rest.subList(0, want - chosen.size()));
        }
        for (int c : chosen) {
            population.stage[c] = Stage.MEMBER_CODE;
            population.set(c, Population.RECRUITER, true);
            membership.addMember(c);
            membership.recruiters().add(new Recruiter(c, population.region[c]));
        }
    }

    /** The security level of each region ({@code regions[].security}), in region order. */
    private double[] security() {
        double[] s = new double[scenario.regions().size()];
        for (int r = 0; r < s.length; r++) {
            s[r] = scenario.regions().get(r).security();
        }
        return s;
    }

    private double[] regionMeanOpinion() {
        double[] mean = new double[population.regions()];
        float[] x = population.opinion();
        for (int r = 0; r < mean.length; r++) {
            double sum = 0;
            for (int i = population.regionStart[r]; i < population.regionStart[r + 1]; i++) {
                sum += x[i];
            }
            int n = population.regionStart[r + 1] - population.regionStart[r];
            mean[r] = n == 0 ? 0 : sum / n;
        }
        return mean;
    }

    @Override
    public MetricLayout layout() {
        return new MetricLayout(Observer.METRICS, scenario.regions().stream().map(Scenario.Region::name).toList(),
                Observer.METRICS);
    }

    @Override
    public void run(TickSink sink) throws IOException {
        // the observer is the last scheduled process of each tick, so after a step there is nothing to report
        RunLoop.run(this, () -> schedule.getSteps() < scenario.ticks(), tick -> {
            observer.setSink(sink);
            observer.observe(tick);
        }, RunLoop.SCHEDULED);
    }

    @Override
    public void finish() {
        super.finish();
        if (workers != null) {
            workers.close();
        }
    }

    @Override
    public Map<String, Double> extraSummary() {
        return new LinkedHashMap<>();
    }

    public Scenario scenario() {
        return scenario;
    }

    public Population population() {
        return population;
    }

    public SocialNetwork network() {
        return network;
    }

    public Membership membership() {
        return membership;
    }

    public Interventions interventions() {
        return interventions;
    }

    public Observer observer() {
        return observer;
    }

    public Levers levers() {
        return levers;
    }
}
