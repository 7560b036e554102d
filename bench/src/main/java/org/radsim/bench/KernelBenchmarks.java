package org.radsim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.radsim.app.bench.LimitKernel;
import org.radsim.core.mechanism.Grievance;
import org.radsim.core.mechanism.LabourMarket;
import org.radsim.core.mechanism.OpinionStage;
import org.radsim.core.mechanism.Propaganda;
import org.radsim.core.mechanism.SocialInfluence;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.population.Population;
import org.radsim.core.replication.Blocks;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * One tick of each hot per-citizen kernel on the baseline scenario at {@code citizens} citizens, single-threaded.
 * The score is the time of one tick; divide by {@code citizens} for nanoseconds per citizen-tick. The model is
 * stepped a few ticks before measuring so that members, recruiters and detainees exist.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class KernelBenchmarks {

    @Param({"100000", "1000000"})
    public int citizens;

    private RadicalizationModel model;
    private Blocks blocks;
    private LimitKernel limit;
    private SocialInfluence influence;
    private LabourMarket labour;
    private Propaganda propaganda;
    private Grievance grievance;
    private OpinionStage stage;

    @Setup(Level.Trial)
    public void build() throws Exception {
        Scenario s = ScenarioLoader.load("baseline", List.of("population.size=" + citizens));
        model = new RadicalizationModel(s, 1L, 1);
        model.start();
        for (int t = 0; t < 5; t++) {
            model.schedule.step(model);
        }
        Population p = model.population();
        blocks = new Blocks(citizens, 2L, 1);
        limit = new LimitKernel(model.network(), p.opinion(), blocks);
        influence = new SocialInfluence(s.opinion(), p, model.network(), blocks);
        labour = new LabourMarket(s.regions(), s.tickRate(), s.population().unemployedHardship(), p, model.levers(),
                blocks);
        propaganda = new Propaganda(Propaganda.Settings.of(s), p, model.levers(), blocks);
        grievance = new Grievance(s.population().unemployedHardship(), p, blocks);
        stage = new OpinionStage(s.opinion(), p, blocks);
    }

    @TearDown(Level.Trial)
    public void close() {
        model.finish();
        blocks.close();
    }

    @Benchmark
    public float limitKernel() {
        limit.step();
        return limit.valueOf(0);
    }

    @Benchmark
    public float socialInfluence() {
        influence.step(model);
        return model.population().opinion()[0];
    }

    @Benchmark
    public byte labourMarket() {
        labour.step(model);
        return model.population().flags[0];
    }

    @Benchmark
    public float propaganda() {
        propaganda.step(model);
        return model.population().opinion()[0];
    }

    @Benchmark
    public float grievance() {
        grievance.step(model);
        return model.population().grievance[0];
    }

    @Benchmark
    public byte opinionStage() {
        stage.step(model);
        return model.population().stage[0];
    }

    @Benchmark
    public void wholeTick(Blackhole bh) {
        model.schedule.step(model);
        bh.consume(model.observer().latest()[0]);
    }
}
