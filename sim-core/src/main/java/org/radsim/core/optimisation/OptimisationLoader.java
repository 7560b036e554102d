package org.radsim.core.optimisation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.radsim.core.replication.MetricLayout;
import org.radsim.core.run.Models;
import org.radsim.core.run.SummaryAccumulator;
import org.radsim.core.scenario.Node;
import org.radsim.core.scenario.Problem;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.scenario.ScenarioLoader;
import org.radsim.core.scenario.Validator;
import org.radsim.core.scenario.Values;
import org.radsim.core.scenario.Where;
import org.radsim.core.scenario.YamlReader;

/**
 * Reads and validates an optimisation file against {@link OptimisationSchema}, then checks what a per-key range
 * cannot: base or problem (exactly one), each lever's ranges (min ≤ max) and target groups, that the base scenario
 * accepts the cheapest and the dearest package the levers allow (so a misspelt fixed setting is reported at the
 * lever's line with the scenario validator's message), and that every objective and the cost metric are summary
 * metrics. All problems are reported together in one {@link ScenarioException}.
 */
public final class OptimisationLoader {

    static final String SUBJECT = "the optimisation file";
    private static final List<String> TARGETS = List.of("all", "youth", "unemployed", "high_risk");

    private OptimisationLoader() {
    }

    /** Loads and checks an optimisation file. */
    public static Optimisation load(Path file) throws ScenarioException {
        try {
            return read(file);
        } catch (ScenarioException e) {
            throw e.in(SUBJECT);
        }
    }

    private static Optimisation read(Path file) throws ScenarioException {
        Node n = YamlReader.readFile(file);
        if (!(n instanceof Node.Mapping tree)) {
            throw new ScenarioException(n.where(), "an optimisation file must be a mapping of keys (base:, levers:, "
                    + "objectives:, …)");
        }
        Validator v = new Validator();
        LinkedHashMap<String, Object> r = v.section(tree, OptimisationSchema.root(), "", tree.where());
        List<Problem> problems = new ArrayList<>(v.problems());
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Values top = new Values(r, "");
        String base = top.str("base");
        String problem = top.str("problem");
        if ((base == null) == (problem == null)) {
            throw new ScenarioException(tree.where(), "give exactly one of base: (a scenario file or built-in name) "
                    + "and problem: (" + String.join(", ", TestProblem.ids()) + ")");
        }
        String baseRef = base == null ? null : resolve(file, base, tree.whereOf("base"), "base", problems);
        List<String> compare = new ArrayList<>();
        for (String c : top.names("compare")) {
            String ref = resolve(file, c, tree.whereOf("compare"), "compare", problems);
            if (ref != null) {
                compare.add(ref);
            }
        }
        Values a = top.section("algorithm");
        Optimisation.Algorithm algorithm = new Optimisation.Algorithm(a.str("type"), a.int32("population"),
                a.int32("generations"), a.num("epsilon"), a.bool("archive"));
        List<Lever> levers = levers(tree, top, problems);
        List<Objective> objectives = new ArrayList<>();
        for (Values o : top.list("objectives")) {
            objectives.add(new Objective(o.str("metric"), o.str("statistic"), o.num("percentile")));
        }
        if (problem != null && (!levers.isEmpty() || !objectives.isEmpty())) {
            problems.add(new Problem(tree.where(), "problem", "a test problem has its own variables and objectives; "
                    + "leave out levers: and objectives:"));
        }
        if (base != null) {
            if (levers.isEmpty()) {
                problems.add(new Problem(tree.whereOf("levers"), "levers", "missing; list at least one intervention "
                        + "for the search to set"));
            }
            if (objectives.size() < 2) {
                problems.add(new Problem(tree.whereOf("objectives"), "objectives", "list at least two objectives "
                        + "(e.g. final_cumulative_recruits and final_cumulative_cost)"));
            }
            for (int i = 0; i < objectives.size(); i++) {
                if (objectives.get(i).metric() == null) {
                    problems.add(new Problem(tree.whereOf("objectives"), "objectives[" + i + "].metric", "missing"));
                }
            }
        }
        Optimisation opt = new Optimisation(top.str("name"), top.str("description"), file, baseRef,
                problem == null ? null : TestProblem.byId(problem), top.int32("variables"), top.names("set"),
                top.integer("seed"), top.int32("replications"), top.num("budget"), top.str("cost_metric"), algorithm,
                levers, objectives, compare);
        if (problems.isEmpty() && baseRef != null) {
            checkModel(opt, tree, problems);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return opt;
    }

    private static List<Lever> levers(Node.Mapping tree, Values top, List<Problem> problems) {
        List<Lever> out = new ArrayList<>();
        List<Values> ls = top.list("levers");
        Node.Sequence seq = tree.entries().get("levers") instanceof Node.Sequence s ? s : null;
        for (int i = 0; i < ls.size(); i++) {
            Values l = ls.get(i);
            Where w = seq != null && seq.items().get(i) instanceof Node.Mapping m ? m.where() : tree.whereOf("levers");
            String at = "levers[" + i + "]";
            if (l.str("type") == null) {
                problems.add(new Problem(w, at + ".type", "missing; say which intervention this lever sets"));
                continue;
            }
            Lever lever = new Lever(l.str("type"), l.num("coverage_min"), l.num("coverage_max"), l.integer("start_min"),
                    Math.max(l.integer("start_max"), l.integer("start_min")), l.names("targets"), l.names("set"));
            if (lever.coverageMin() > lever.coverageMax()) {
                problems.add(new Problem(w, at + ".coverage_min", "coverage_min " + lever.coverageMin()
                        + " is above coverage_max " + lever.coverageMax()));
            }
            if (l.integer("start_max") != 0 && l.integer("start_max") < l.integer("start_min")) {
                problems.add(new Problem(w, at + ".start_max", "start_max is before start_min"));
            }
            for (String t : lever.targets()) {
                if (!TARGETS.contains(t)) {
                    String s = Validator.suggest(t, TARGETS);
                    problems.add(new Problem(w, at + ".targets", "no target group '" + t + "'"
                            + (s != null ? " — did you mean '" + s + "'?" : "; use " + String.join(", ", TARGETS))));
                }
            }
            for (String kv : lever.set()) {
                if (kv.indexOf('=') <= 0) {
                    problems.add(new Problem(w, at + ".set", "expected key=value, e.g. unit_cost=1500, got '" + kv
                            + "'"));
                }
            }
            out.add(lever);
        }
        return out;
    }

    /** Tries the cheapest and dearest packages on the base, and checks the metric names. */
    private static void checkModel(Optimisation opt, Node.Mapping tree, List<Problem> problems) {
        int k = opt.decisionVariables();
        double[] lo = new double[k];
        double[] hi = new double[k];
        java.util.Arrays.fill(hi, 1);
        Scenario scenario = null;
        for (double[] x : new double[][] {hi, lo}) {
            try {
                scenario = ScenarioLoader.resolve(ScenarioLoader.readTree(opt.base()), opt.overrides(opt.decode(x)));
            } catch (ScenarioException e) {
                problems.add(new Problem(tree.whereOf("levers"), "levers", "the base scenario does not accept the "
                        + "package " + Optimisation.words(opt.decode(x)) + ":"));
                problems.addAll(e.problems());
                return;
            }
        }
        MetricLayout layout = Models.create(scenario, 0, 1).layout();
        List<String> available = SummaryAccumulator.columns(layout, List.of());
        List<String> metrics = new ArrayList<>();
        opt.objectives().forEach(o -> metrics.add(o.metric()));
        if (opt.budget() > 0) {
            metrics.add(opt.costMetric());
        }
        for (int i = 0; i < metrics.size(); i++) {
            String m = metrics.get(i);
            if (!available.contains(m)) {
                String s = Validator.suggest(m, available);
                boolean cost = i == opt.objectives().size();
                problems.add(new Problem(tree.whereOf(cost ? "cost_metric" : "objectives"),
                        cost ? "cost_metric" : "objectives[" + i + "].metric", "'" + m + "' is not a summary metric"
                        + (s != null ? " — did you mean '" + s + "'?" : "; available: " + String.join(", ", available))));
            }
        }
    }

    private static String resolve(Path file, String ref, Where where, String key, List<Problem> problems) {
        Path dir = file.toAbsolutePath().getParent();
        Path p = dir.resolve(ref).normalize();
        if (Files.isRegularFile(p)) {
            return p.toString();
        }
        String name = ref.endsWith(".yaml") ? ref.substring(0, ref.length() - 5) : ref;
        if (ScenarioLoader.isBuiltinName(name)) {
            return name;
        }
        problems.add(new Problem(where, key, "no scenario file " + p + " and no built-in scenario '" + name + "'"));
        return null;
    }
}
