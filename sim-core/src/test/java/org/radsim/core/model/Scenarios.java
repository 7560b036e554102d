package org.radsim.core.model;

import java.util.ArrayList;
import java.util.List;

import org.radsim.core.replication.MetricLayout;
import org.radsim.core.replication.Replication;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.scenario.ScenarioLoader;

/** Test fixtures: small scenarios written inline, and a sink that keeps every row. */
public final class Scenarios {

    private Scenarios() {
    }

    public static Scenario of(String yaml, String... overrides) {
        try {
            return ScenarioLoader.fromText(yaml, "test", List.of(overrides));
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Two regions, small, short: the common base of the model tests. */
    public static final String SMALL = """
            name: small
            ticks: 60
            population: {size: 3000}
            regions:
              - {name: east, share: 0.6, unemployment: 0.3, legitimacy: 0.4, security: 0.3, neighbours: [west]}
              - {name: west, share: 0.4, unemployment: 0.1, legitimacy: 0.6, security: 0.5, neighbours: [east]}
            recruiters: {initial: 10}
            """;

    /** Every row a replication reports, global values only, as copies. */
    public static List<double[]> rows(Replication rep) {
        List<double[]> out = new ArrayList<>();
        try {
            rep.run((tick, g, r) -> {
                double[] row = new double[g.length + 1];
                row[0] = tick;
                System.arraycopy(g, 0, row, 1, g.length);
                out.add(row);
            });
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    public static int column(MetricLayout layout, String metric) {
        int i = layout.global().indexOf(metric);
        if (i < 0) {
            throw new AssertionError("no metric " + metric);
        }
        return i + 1;
    }
}
