package org.radsim.core.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.radsim.core.replication.Replication;
import org.radsim.core.run.Models;
import org.radsim.core.run.SummaryAccumulator;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * What one run of a sweep executes: the model on the base scenario with the factor values as {@code --set}
 * overrides, or a test function. Returns the summary values by name; any exception makes the run an error row.
 */
interface RunTarget {

    /**
     * @param values factor values as text, in factor order; null keeps the base value
     */
    Map<String, Double> run(List<String> values, long seed) throws Exception;

    static RunTarget of(Sweep sweep) {
        return sweep.model() != null ? new FunctionTarget(sweep) : new ScenarioTarget(sweep);
    }

    /** The model on the base scenario: read the raw tree, apply set: then the factors, validate, run one replication. */
    final class ScenarioTarget implements RunTarget {
        private final Sweep sweep;

        ScenarioTarget(Sweep sweep) {
            this.sweep = sweep;
        }

        @Override
        public Map<String, Double> run(List<String> values, long seed) throws Exception {
            List<String> overrides = new ArrayList<>(sweep.set());
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    overrides.add(sweep.factors().get(i).path() + "=" + values.get(i));
                }
            }
            // a fresh tree per run: resolve() applies the overrides to the tree it is given
            Scenario scenario = ScenarioLoader.resolve(ScenarioLoader.readTree(sweep.base()), overrides);
            Replication rep = Models.create(scenario, seed, 1);
            SummaryAccumulator acc = new SummaryAccumulator(rep.layout(), null);
            rep.run(acc);
            return acc.summary(rep.extraSummary());
        }
    }

    /** A {@link TestFunction}: inputs not varied sit at the middle of their domain; the seed is not used. */
    final class FunctionTarget implements RunTarget {
        private final Sweep sweep;

        FunctionTarget(Sweep sweep) {
            this.sweep = sweep;
        }

        @Override
        public Map<String, Double> run(List<String> values, long seed) {
            TestFunction f = sweep.model();
            List<String> inputs = f.inputs();
            double[] x = new double[inputs.size()];
            java.util.Arrays.fill(x, (f.lower() + f.upper()) / 2);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    continue;
                }
                double v = Double.parseDouble(values.get(i));
                if (!(v >= f.lower() && v <= f.upper())) {
                    throw new IllegalArgumentException(sweep.factors().get(i).path() + " = " + values.get(i)
                            + " is outside the domain of " + f.id());
                }
                x[inputs.indexOf(sweep.factors().get(i).path())] = v;
            }
            return Map.of("y", f.value(x));
        }
    }
}
