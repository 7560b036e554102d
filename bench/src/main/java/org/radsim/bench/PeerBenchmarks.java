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
import org.radsim.app.bench.ObjectPeer;
import org.radsim.core.mechanism.SocialInfluence;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.population.Population;
import org.radsim.core.replication.Blocks;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * The relative-agreement influence step on arrays ({@link SocialInfluence}) against the same step written as one
 * MASON Steppable object per citizen with Network edges ({@link ObjectPeer}), on the same graph; score = one tick.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class PeerBenchmarks {

    @Param({"10000", "100000"})
    public int citizens;

    private RadicalizationModel model;
    private Blocks blocks;
    private SocialInfluence arrays;
    private ObjectPeer peer;

    @Setup(Level.Trial)
    public void build() throws Exception {
        Scenario s = ScenarioLoader.load("baseline", List.of("population.size=" + citizens));
        model = new RadicalizationModel(s, 1L, 1);
        model.start();
        Population p = model.population();
        blocks = new Blocks(citizens, 2L, 1);
        arrays = new SocialInfluence(s, p, model.network(), blocks);
        peer = new ObjectPeer(3L, model.network(), p.opinion().clone(), p.uncertainty().clone(), p.stage.clone(),
                s.opinion().mu(), s.opinion().extremistUncertainty());
        peer.start();
    }

    @TearDown(Level.Trial)
    public void close() {
        model.finish();
        blocks.close();
    }

    @Benchmark
    public float arrays() {
        arrays.step(model);
        return model.population().opinion()[0];
    }

    @Benchmark
    public double objectPeer() {
        peer.schedule.step(peer);
        return peer.opinionOf(0);
    }
}
