package org.radsim.core.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.radsim.core.run.Models;
import org.radsim.core.replication.Replication;
import org.radsim.core.scenario.Node;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * Runs the base scenario's model with the calibrated parameters applied as key-path overrides (the
 * {@code --set} machinery), one replication per call, and reduces it to the targets' statistics.
 */
public final class ScenarioSimulator implements Simulator {

    private final Calibration calibration;
    /** The base's raw tree, read once; each simulation validates a deep copy with its overrides. */
    private final Node.Mapping tree;

    public ScenarioSimulator(Calibration calibration) throws ScenarioException {
        this.calibration = calibration;
        this.tree = ScenarioLoader.readTree(calibration.base());
    }

    /** A deep copy of a raw tree (the loader applies overrides in place). */
    static Node copy(Node n) {
        if (n instanceof Node.Mapping m) {
            java.util.LinkedHashMap<String, Node> e = new java.util.LinkedHashMap<>();
            m.entries().forEach((k, v) -> e.put(k, copy(v)));
            return new Node.Mapping(e, new java.util.HashMap<>(m.keyWhere()), m.where());
        }
        if (n instanceof Node.Sequence q) {
            return new Node.Sequence(new ArrayList<>(q.items().stream().map(ScenarioSimulator::copy).toList()), q.where());
        }
        return n;
    }

    /** The base scenario (with {@code set:}) with the parameters at {@code theta}. */
    public Scenario scenario(double[] theta) throws ScenarioException {
        List<String> overrides = new ArrayList<>(calibration.set());
        for (int p = 0; p < theta.length; p++) {
            overrides.add(calibration.parameters().get(p).override(theta[p]));
        }
        return ScenarioLoader.resolve((Node.Mapping) copy(tree), overrides);
    }

    @Override
    public double[] simulate(double[] theta, long seed) throws IOException {
        Scenario s;
        try {
            s = scenario(theta);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException("parameter set " + java.util.Arrays.toString(theta)
                    + " is not a valid scenario: " + e.getMessage(), e);
        }
        Replication rep = Models.create(s, seed, 1);
        TargetStatistics stats = new TargetStatistics(calibration.targets(), rep.layout(), s.ticksPerYear());
        rep.run(stats);
        return stats.values();
    }
}
