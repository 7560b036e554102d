package org.radsim.core.calibration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.radsim.core.replication.MetricLayout;
import org.radsim.core.run.Models;
import org.radsim.core.scenario.Excerpt;
import org.radsim.core.scenario.Key;
import org.radsim.core.scenario.Node;
import org.radsim.core.scenario.Problem;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.scenario.ScenarioLoader;
import org.radsim.core.scenario.Validator;
import org.radsim.core.scenario.Values;
import org.radsim.core.scenario.Where;
import org.radsim.core.scenario.YamlReader;
import org.radsim.core.sweep.SweepLoader;

/**
 * Reads and checks a calibration file against {@link CalibrationSchema}, then what a per-key range cannot: each
 * prior's bounds lie inside its scenario key's allowed range and are valid values of the base scenario (so a
 * misspelt key path gets the scenario validator's suggestion at the parameter's line), every target names a metric
 * and region the base scenario's model reports, tolerances and scales are &gt; 0. All problems are reported together
 * in one {@link ScenarioException}, each with file:line:column.
 */
public final class CalibrationLoader {

    static final String SUBJECT = "the calibration file";

    private CalibrationLoader() {
    }

    public static Calibration load(Path file) throws ScenarioException {
        try {
            return read(file);
        } catch (ScenarioException e) {
            throw e.in(SUBJECT);
        }
    }

    private static Calibration read(Path file) throws ScenarioException {
        Node n = YamlReader.readFile(file);
        if (!(n instanceof Node.Mapping tree)) {
            throw new ScenarioException(n.where(), "a calibration file must be a mapping of keys (base:, parameters:, targets:, …)");
        }
        Validator v = new Validator();
        LinkedHashMap<String, Object> r = v.section(tree, CalibrationSchema.root(), "", tree.where());
        List<Problem> problems = new ArrayList<>(v.problems());
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Values top = new Values(r, "");
        String base = top.str("base");
        if (base == null) {
            throw new ScenarioException(List.of(new Problem(tree.where(), "base", "missing; name the base scenario (a file relative to this one, or a built-in name)")));
        }
        String baseRef = resolveBase(file, base, tree, problems);
        List<Parameter> params = parameters(tree, top, problems);
        List<Target> targets = targets(tree, top, problems);
        Values stop = top.section("stop");
        Calibration cal = new Calibration(top.str("name"), top.str("description"), file, baseRef, top.names("set"),
                top.integer("seed"), top.str("method"), top.int32("particles"), top.num("quantile"),
                stop.int32("max_generations"), stop.num("epsilon"), stop.integer("max_simulations"),
                stop.num("min_acceptance"), params, targets);
        if (cal.method().equals("rejection") && !(cal.epsilon() > 0) && problems.isEmpty()) {
            // allowed (exact matching of discrete statistics), nothing to report
        }
        if (baseRef != null) {
            checkAgainstBase(cal, tree, problems);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return cal;
    }

    private static String resolveBase(Path file, String base, Node.Mapping tree, List<Problem> problems) {
        Path dir = file.toAbsolutePath().getParent();
        Path p = dir.resolve(base).normalize();
        if (Files.isRegularFile(p)) {
            return p.toString();
        }
        String name = base.endsWith(".yaml") ? base.substring(0, base.length() - 5) : base;
        if (ScenarioLoader.isBuiltinName(name)) {
            return name;
        }
        problems.add(new Problem(tree.whereOf("base"), "base", "no scenario file " + p + " and no built-in scenario '" + Excerpt.of(name) + "'"));
        return null;
    }

    private static Where itemWhere(Node.Mapping tree, String list, int i) {
        if (tree.entries().get(list) instanceof Node.Sequence s && s.items().get(i) instanceof Node.Mapping m) {
            return m.where();
        }
        return tree.whereOf(list);
    }

    private static Where keyWhere(Node.Mapping tree, String list, int i, String key) {
        if (tree.entries().get(list) instanceof Node.Sequence s && s.items().get(i) instanceof Node.Mapping m
                && m.entries().containsKey(key)) {
            return m.whereOf(key);
        }
        return itemWhere(tree, list, i);
    }

    private static List<Parameter> parameters(Node.Mapping tree, Values top, List<Problem> problems) {
        List<Parameter> out = new ArrayList<>();
        List<Values> ps = top.list("parameters");
        if (ps.isEmpty()) {
            problems.add(new Problem(tree.whereOf("parameters"), "parameters", "missing; list at least one parameter to calibrate"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ps.size(); i++) {
            Values p = ps.get(i);
            String at = "parameters[" + i + "]";
            Where w = itemWhere(tree, "parameters", i);
            String path = p.str("path");
            if (path == null || path.isBlank()) {
                problems.add(new Problem(w, at + ".path", "missing; say which scenario key this parameter is"));
                continue;
            }
            String name = p.str("name") == null ? path : p.str("name");
            if (!names.add(name)) {
                problems.add(new Problem(w, at + ".name", "'" + name + "' is used by two parameters"));
            }
            double min = p.num("min");
            double max = p.num("max");
            if (Double.isNaN(min) || Double.isNaN(max)) {
                problems.add(new Problem(w, at, "a prior needs both min: and max: (every prior is bounded)"));
                continue;
            }
            if (!(min < max)) {
                problems.add(new Problem(keyWhere(tree, "parameters", i, "min"), at + ".min", "min " + Parameter.format(min)
                        + " must be below max " + Parameter.format(max)));
                continue;
            }
            String kind = p.str("prior");
            Prior prior;
            if (kind.equals("log_uniform")) {
                if (min <= 0) {
                    problems.add(new Problem(keyWhere(tree, "parameters", i, "min"), at + ".min", "a log_uniform prior needs min > 0"));
                    continue;
                }
                prior = new Prior.LogUniform(min, max);
            } else if (kind.equals("normal")) {
                if (Double.isNaN(p.num("mean")) || Double.isNaN(p.num("sd"))) {
                    problems.add(new Problem(w, at, "a normal prior needs mean: and sd:"));
                    continue;
                }
                prior = new Prior.TruncatedNormal(p.num("mean"), p.num("sd"), min, max);
            } else {
                prior = new Prior.Uniform(min, max);
            }
            Key k = SweepLoader.keyAt(path);
            boolean integer = k != null && k.kind() == Key.Kind.INTEGER;
            if (k != null && (k.kind() == Key.Kind.INTEGER || k.kind() == Key.Kind.NUMBER)) {
                for (double x : new double[] {min, max}) {
                    boolean below = k.minExclusive() ? x <= k.min() : x < k.min();
                    if (below || x > k.max()) {
                        problems.add(new Problem(keyWhere(tree, "parameters", i, x == min ? "min" : "max"), at,
                                "prior bound " + Parameter.format(x) + " of " + path + " is outside the key's allowed range "
                                        + k.range()));
                    }
                }
            }
            out.add(new Parameter(name, path, prior, integer, w));
        }
        return out;
    }

    private static List<Target> targets(Node.Mapping tree, Values top, List<Problem> problems) {
        List<Target> out = new ArrayList<>();
        List<Values> ts = top.list("targets");
        if (ts.isEmpty()) {
            problems.add(new Problem(tree.whereOf("targets"), "targets", "missing; list at least one target pattern"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ts.size(); i++) {
            Values t = ts.get(i);
            String at = "targets[" + i + "]";
            Where w = itemWhere(tree, "targets", i);
            String stat = t.str("statistic");
            String metric = t.str("metric");
            if (stat == null || metric == null) {
                problems.add(new Problem(w, at, "a target needs statistic: (" + String.join(", ", Target.STATISTICS) + ") and metric:"));
                continue;
            }
            if (Double.isNaN(t.num("observed"))) {
                problems.add(new Problem(w, at + ".observed", "missing; give the observed value"));
                continue;
            }
            double tol = t.num("tolerance");
            double scale = t.num("scale");
            if (Double.isNaN(tol) == Double.isNaN(scale)) {
                problems.add(new Problem(w, at, "give exactly one of tolerance: and scale:"));
                continue;
            }
            String key = Double.isNaN(tol) ? "scale" : "tolerance";
            double s = Double.isNaN(tol) ? scale : tol;
            if (!(s > 0)) {
                problems.add(new Problem(keyWhere(tree, "targets", i, key), at + "." + key, key + " must be > 0 (found "
                        + Parameter.format(s) + ")"));
                continue;
            }
            long from = t.integer("from");
            long to = t.integer("to");
            if (to >= 0 && to < from) {
                problems.add(new Problem(keyWhere(tree, "targets", i, "to"), at + ".to", "the window ends (to " + to
                        + ") before it starts (from " + from + ")"));
            }
            String region = t.str("region");
            String name = t.str("name") != null ? t.str("name") : stat + "_" + metric + (region != null ? "_" + region : "");
            if (!names.add(name)) {
                problems.add(new Problem(w, at + ".name", "'" + name + "' is used by two targets; give each a name:"));
            }
            out.add(new Target(name, stat, metric, region, from, to, t.str("denominator"), t.names("of"),
                    t.num("observed"), s, t.num("weight"), w));
        }
        return out;
    }

    /** Parameter bounds tried on the base scenario; target metrics and regions against its model's layout. */
    private static void checkAgainstBase(Calibration cal, Node.Mapping tree, List<Problem> problems) {
        Scenario base;
        try {
            base = ScenarioLoader.resolve(ScenarioLoader.readTree(cal.base()), cal.set());
        } catch (ScenarioException e) {
            problems.add(new Problem(tree.whereOf("base"), "base", "the base scenario (with set:) is not valid:"));
            problems.addAll(e.problems());
            return;
        }
        for (Parameter p : cal.parameters()) {
            Set<String> seen = new HashSet<>();
            for (double x : new double[] {p.prior().min(), p.prior().max()}) {
                List<String> o = new ArrayList<>(cal.set());
                o.add(p.override(x));
                try {
                    ScenarioLoader.resolve(ScenarioLoader.readTree(cal.base()), o);
                } catch (ScenarioException e) {
                    for (Problem q : e.problems()) {
                        if (seen.add(q.message()) && problems.stream().noneMatch(old -> old.where().equals(p.where())
                                && old.message().contains("outside the key's allowed range"))) {
                            problems.add(new Problem(p.where(), "parameters." + p.name(), "path " + p.path() + " = "
                                    + Parameter.format(x) + ": " + q.message()));
                        }
                    }
                }
            }
        }
        MetricLayout layout = Models.create(base, 0, 1).layout();
        for (Target t : cal.targets()) {
            for (String m : TargetStatistics.check(t, layout)) {
                problems.add(new Problem(t.where(), "targets." + t.name(), m));
            }
            if (t.to() > base.ticks() || t.from() > base.ticks()) {
                problems.add(new Problem(t.where(), "targets." + t.name(), "the window [" + t.from() + ", " + t.to()
                        + "] goes past the run's last tick " + base.ticks()));
            }
        }
    }
}
