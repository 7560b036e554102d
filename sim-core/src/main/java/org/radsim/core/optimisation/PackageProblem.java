package org.radsim.core.optimisation;

import java.util.List;
import java.util.Map;

import org.moeaframework.core.Solution;
import org.moeaframework.core.constraint.LessThanOrEqual;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.problem.AbstractProblem;
import org.radsim.core.run.Models;
import org.radsim.core.replication.Replication;
import org.radsim.core.replication.Seeds;
import org.radsim.core.run.SummaryAccumulator;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * The model as a multi-objective problem: the decision variables (each in [0, 1]) set the levers
 * ({@link Optimisation#decode}); a candidate runs the base scenario with that package for K replications whose
 * seeds are the same for every candidate ({@code Seeds.replication(seed, r)}, the seeds {@code radsim run} gives
 * replication {@code r}: common random numbers, so two candidates differ by their package and not by luck); each
 * objective is its statistic over the K values; the constraint is mean cost ≤ budget. An evaluation is a pure
 * function of the variables, so evaluating a generation on any number of threads gives the same front.
 */
final class PackageProblem extends AbstractProblem {

    /** Solution attribute: the per-replication values of objective {@code i} are under {@code "values" + i}. */
    static final String VALUES = "values";
    /** Solution attribute: per-replication cost. */
    static final String COST = "cost";

    private final Optimisation opt;

    PackageProblem(Optimisation opt) {
        super(opt.decisionVariables(), opt.objectives().size(), opt.budget() > 0 ? 1 : 0);
        this.opt = opt;
    }

    @Override
    public Solution newSolution() {
        Solution s = new Solution(getNumberOfVariables(), getNumberOfObjectives(), getNumberOfConstraints());
        for (int i = 0; i < getNumberOfVariables(); i++) {
            s.setVariable(i, new RealVariable(0, 1));
        }
        if (getNumberOfConstraints() > 0) {
            s.setConstraint(0, LessThanOrEqual.to("cost", opt.budget()));
        }
        return s;
    }

    @Override
    public void evaluate(Solution solution) {
        double[] x = RealVariable.getReal(solution);
        Evaluation e = evaluate(opt, opt.overrides(opt.decode(x)));
        for (int i = 0; i < opt.objectives().size(); i++) {
            solution.setObjectiveValue(i, opt.objectives().get(i).of(e.values()[i]));
            solution.setAttribute(VALUES + i, e.values()[i]);
        }
        solution.setAttribute(COST, e.cost());
        if (getNumberOfConstraints() > 0) {
            solution.setConstraintValue(0, mean(e.cost()));
        }
    }

    /** The K replications of the base scenario with {@code overrides}. */
    static Evaluation evaluate(Optimisation opt, List<String> overrides) {
        Scenario scenario;
        try {
            scenario = ScenarioLoader.resolve(ScenarioLoader.readTree(opt.base()), overrides);
        } catch (ScenarioException e) {
            // the loader tried the extreme packages; a package in between that the scenario refuses is a bug
            throw new IllegalStateException("the base scenario refused a package: " + e.getMessage(), e);
        }
        return run(opt, scenario);
    }

    /** Runs K replications of {@code scenario} with the optimisation's seeds. */
    static Evaluation run(Optimisation opt, Scenario scenario) {
        int k = opt.replications();
        double[][] values = new double[opt.objectives().size()][k];
        double[] cost = new double[k];
        for (int r = 0; r < k; r++) {
            Replication rep = Models.create(scenario, Seeds.replication(opt.seed(), r), 1);
            SummaryAccumulator acc = new SummaryAccumulator(rep.layout(), null);
            try {
                rep.run(acc);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Map<String, Double> summary = acc.summary(rep.extraSummary());
            for (int i = 0; i < values.length; i++) {
                values[i][r] = summary.get(opt.objectives().get(i).metric());
            }
            Double c = summary.get(opt.costMetric());
            cost[r] = c == null ? Double.NaN : c;
        }
        return new Evaluation(values, cost);
    }

    static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }
}
