package org.radsim.core.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.radsim.core.scenario.ScenarioSchema;
import org.radsim.core.scenario.Section;
import org.radsim.core.scenario.Validator;
import org.radsim.core.scenario.Values;
import org.radsim.core.scenario.Where;
import org.radsim.core.scenario.YamlReader;

/**
 * Reads and validates a sweep file against {@link SweepSchema}, then checks what a per-key range cannot: base or
 * model (exactly one), factor ranges (each end, or list value, within the scenario key's allowed range), factor
 * paths (each factor's end values are tried on the base scenario, so a misspelt path gets the scenario validator's
 * suggestion, reported at the factor's line), the metric names and the plan size. All problems are reported
 * together in one {@link ScenarioException}.
 */
public final class SweepLoader {

    /** Largest number of runs a plan may have. */
    public static final long MAX_RUNS = 50_000_000L;

    private SweepLoader() {
    }

    /** What the problems of a sweep file are reported as being in. */
    static final String SUBJECT = "the sweep file";

    /** Loads and checks a sweep file; every problem found is in the exception, reported as the sweep file's. */
    public static Sweep load(Path file) throws ScenarioException {
        try {
            return read(file);
        } catch (ScenarioException e) {
            throw e.in(SUBJECT);
        }
    }

    private static Sweep read(Path file) throws ScenarioException {
        Node n = YamlReader.readFile(file);
        if (!(n instanceof Node.Mapping tree)) {
            throw new ScenarioException(n.where(), "a sweep file must be a mapping of keys (base:, factors:, design:, …)");
        }
        Validator v = new Validator();
        LinkedHashMap<String, Object> r = v.section(tree, SweepSchema.root(), "", tree.where());
        List<Problem> problems = new ArrayList<>(v.problems());
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Values top = new Values(r, "");
        String base = top.str("base");
        String model = top.str("model");
        if ((base == null) == (model == null)) {
            problems.add(new Problem(tree.where(), base == null ? "base" : "model",
                    "give exactly one of base: (a scenario file or built-in name) and model: (" + String.join(", ", TestFunction.ids()) + ")"));
            throw new ScenarioException(problems);
        }
        TestFunction fn = model == null ? null : TestFunction.byId(model);
        String baseRef = base == null ? null : resolveBase(file, base, tree, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Values d = top.section("design");
        Design design = new Design(d.str("type"), d.has("n") ? d.int32("n") : 0,
                d.has("second_order") && d.bool("second_order"),
                d.has("trajectories") ? d.int32("trajectories") : 0, d.has("levels") ? d.int32("levels") : 0,
                d.has("candidates") ? d.int32("candidates") : 0);
        if (design.candidates() > 0 && design.candidates() < design.trajectories()) {
            problems.add(new Problem(tree.whereOf("design"), "design.candidates", "optimised trajectories are chosen "
                    + "from more candidates than trajectories: candidates " + design.candidates() + " < trajectories "
                    + design.trajectories() + " (use 0 for random trajectories)"));
        }

        List<Factor> factors = factors(tree, top, fn, design, problems);
        List<String> metrics = top.names("metrics");
        if (metrics.isEmpty()) {
            problems.add(new Problem(tree.whereOf("metrics"), "metrics", "missing; list the summary metrics to record"
                    + (fn != null ? " (a test model records y)" : ", e.g. [final_share_radicalized]")));
        }
        if (new HashSet<>(metrics).size() != metrics.size()) {
            problems.add(new Problem(tree.whereOf("metrics"), "metrics", "a metric is listed twice"));
        }
        Sweep sweep = new Sweep(top.str("name"), top.str("description"), file, baseRef, fn, top.names("set"),
                top.integer("seed"), top.int32("replications"), factors, design, metrics);
        // factor paths and values, and metric names, are checked in the same pass as the structure above, so
        // that every problem of the file is reported at once
        checkTarget(sweep, tree, problems);
        if (problems.isEmpty()) {
            long points = Designs.pointCount(sweep);
            if (points * sweep.replications() > MAX_RUNS) {
                problems.add(new Problem(tree.whereOf("design"), "design", "the plan has " + points + " points × "
                        + sweep.replications() + " replications; at most " + MAX_RUNS + " runs are allowed"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return sweep;
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
        problems.add(new Problem(tree.whereOf("base"), "base", "no scenario file " + p + " and no built-in scenario '" + name + "'"));
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<Factor> factors(Node.Mapping tree, Values top, TestFunction fn, Design design, List<Problem> problems) {
        List<Factor> out = new ArrayList<>();
        List<Values> fs = top.list("factors");
        Node.Sequence seq = tree.entries().get("factors") instanceof Node.Sequence s ? s : null;
        if (fs.isEmpty()) {
            problems.add(new Problem(tree.whereOf("factors"), "factors", "missing; list at least one factor"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fs.size(); i++) {
            Values f = fs.get(i);
            String at = "factors[" + i + "]";
            Node.Mapping fm = seq != null && seq.items().get(i) instanceof Node.Mapping m ? m : null;
            Where w = fm == null ? tree.whereOf("factors") : fm.where();
            String path = f.str("path");
            if (path == null || path.isBlank()) {
                problems.add(new Problem(w, at + ".path", "missing; say which scenario key (or test-model input) this factor varies"));
                continue;
            }
            String name = f.str("name") == null ? path : f.str("name");
            if (!names.add(name)) {
                problems.add(new Problem(w, at + ".name", "'" + name + "' is used by two factors"));
            }
            if (!name.matches("[A-Za-z0-9_][A-Za-z0-9_.\\[\\]\\-]*")) {
                problems.add(new Problem(w, at + ".name", "use letters, digits, _ . - [ ] only, starting with a letter, "
                        + "digit or _ (it becomes a CSV column, and a leading - would read as a formula in a spreadsheet)"));
            }
            double min = f.num("min");
            double max = f.num("max");
            List<String> values = f.names("values");
            boolean range = !Double.isNaN(min) || !Double.isNaN(max);
            if (range && !values.isEmpty()) {
                problems.add(new Problem(w, at, "give either min/max or values, not both"));
                continue;
            }
            if (!range && values.isEmpty()) {
                problems.add(new Problem(w, at, "give a range (min:, max:) or a list (values:)"));
                continue;
            }
            boolean log = "log".equals(f.str("scale"));
            if (range) {
                if (Double.isNaN(min) || Double.isNaN(max)) {
                    problems.add(new Problem(w, at, "a range needs both min: and max:"));
                    continue;
                }
                if (!(min < max)) {
                    problems.add(new Problem(w, at + ".min", "min " + Factor.format(min) + " must be below max " + Factor.format(max)));
                }
                if (log && min <= 0) {
                    problems.add(new Problem(w, at + ".scale", "a log-uniform range needs min > 0"));
                }
            } else if (log) {
                problems.add(new Problem(w, at + ".scale", "scale applies to a range, not to a list of values"));
            }
            if (range && (design.type().equals("factorial") || design.type().equals("oat")) && f.int32("levels") == 1) {
                problems.add(new Problem(w, at + ".levels", "a range needs at least 2 levels"));
            }
            int levels = !values.isEmpty() ? values.size() : f.int32("levels") > 0 ? f.int32("levels") : design.levels();
            boolean integer = false;
            if (fn != null) {
                if (!fn.inputs().contains(path)) {
                    problems.add(new Problem(w, at + ".path", "the test model " + fn.id() + " has inputs "
                            + String.join(", ", fn.inputs()) + hint(path, fn.inputs())));
                }
                if (range && (min < fn.lower() || max > fn.upper())) {
                    problems.add(new Problem(w, at, "the inputs of " + fn.id() + " lie in [" + Factor.format(fn.lower())
                            + ", " + Factor.format(fn.upper()) + "]"));
                }
            } else {
                Key k = keyAt(path);
                integer = k != null && k.kind() == Key.Kind.INTEGER;
                if (k != null && (k.kind() == Key.Kind.INTEGER || k.kind() == Key.Kind.NUMBER)) {
                    checkRange(k, path, at, w, range ? List.of(min, max) : numbers(values), problems);
                }
            }
            out.add(new Factor(name, path, min, max, log, values, levels, integer, w));
        }
        return out;
    }

    /** The list values that are numbers (the others are left to the scenario validator). */
    private static List<Double> numbers(List<String> values) {
        List<Double> out = new ArrayList<>();
        for (String v : values) {
            try {
                out.add(Double.parseDouble(v));
            } catch (NumberFormatException e) {
                // not a number: the scenario validator reports it when the value is tried
            }
        }
        return out;
    }

    /** Every end of a range (or list value) must lie in the key's allowed range, else half the runs would fail. */
    private static void checkRange(Key k, String path, String at, Where w, List<Double> values, List<Problem> problems) {
        for (double v : values) {
            boolean below = k.minExclusive() ? v <= k.min() : v < k.min();
            if (below || v > k.max()) {
                problems.add(new Problem(w, at, "value " + Factor.format(v) + " of " + path
                        + " is outside the key's allowed range " + k.range() + "; runs with it would fail"));
            }
        }
    }

    private static String hint(String word, List<String> valid) {
        String s = Validator.suggest(word, valid);
        return s == null ? "" : " — did you mean '" + s + "'?";
    }

    /**
     * Tries the base with every factor at both ends of its range (every value of a list), so a value the scenario
     * validator rejects is reported at plan time, and checks the metric names against the model. Problems are
     * added to {@code problems}; each distinct message is reported once.
     */
    private static void checkTarget(Sweep sweep, Node.Mapping tree, List<Problem> problems) {
        List<String> available;
        if (sweep.model() != null) {
            available = List.of("y");
        } else {
            if (sweep.base() == null) {
                return;
            }
            Scenario base;
            try {
                base = ScenarioLoader.resolve(ScenarioLoader.readTree(sweep.base()), sweep.set());
            } catch (ScenarioException e) {
                problems.add(new Problem(tree.whereOf("base"), "base", "the base scenario (with set:) is not valid:"));
                problems.addAll(e.problems());
                return;
            }
            for (Factor f : sweep.factors()) {
                Set<String> seen = new HashSet<>();
                List<String> tried = f.isList() ? f.values() : List.of(f.valueAt(0), f.valueAt(1));
                for (String value : new java.util.LinkedHashSet<>(tried)) {
                    List<String> overrides = new ArrayList<>(sweep.set());
                    overrides.add(f.path() + "=" + value);
                    try {
                        ScenarioLoader.resolve(ScenarioLoader.readTree(sweep.base()), overrides);
                    } catch (ScenarioException e) {
                        for (Problem p : e.problems()) {
                            String msg = p.message();
                            if (seen.add(msg) && !alreadyReported(problems, f, value)) {
                                problems.add(new Problem(f.where(), "factors." + f.name(), "path " + f.path() + " = "
                                        + Excerpt.of(value) + ": " + msg));
                            }
                        }
                    }
                }
            }
            MetricLayout layout = Models.create(base, 0, 1).layout();
            available = summaryNames(layout);
        }
        for (String m : sweep.metrics()) {
            if (!available.contains(m)) {
                String s = Validator.suggest(m, available);
                problems.add(new Problem(tree.whereOf("metrics"), "metrics", "no summary metric '" + m + "'"
                        + (s != null ? " — did you mean '" + s + "'?" : "; available: " + String.join(", ", available))));
            }
        }
    }

    /** Whether the key-range check already reported {@code value} of this factor (no problem printed twice). */
    private static boolean alreadyReported(List<Problem> problems, Factor f, String value) {
        String mark = "value " + value + " of " + f.path() + " is outside";
        return problems.stream().anyMatch(p -> p.message().startsWith(mark));
    }

    /** The summary columns a model with {@code layout} reports: final_, peak_ and peak_tick_ of each global metric. */
    static List<String> summaryNames(MetricLayout layout) {
        return org.radsim.core.run.SummaryAccumulator.columns(layout, List.of());
    }

    /** The schema key a {@code --set} path points at, or null (list selectors are skipped). */
    public static Key keyAt(String path) {
        Section s = ScenarioSchema.root();
        String[] segs = path.split("\\.");
        Key k = null;
        for (int i = 0; i < segs.length; i++) {
            String seg = segs[i].replaceAll("\\[.*\\]$", "");
            if (s == null) {
                return null;
            }
            k = s.key(seg);
            if (k == null && s.isUnion()) {
                for (Map.Entry<String, Section> e : s.variants().entrySet()) {
                    if (e.getValue().key(seg) != null) {
                        k = e.getValue().key(seg);
                    }
                }
            }
            if (k == null) {
                return null;
            }
            s = k.section();
        }
        return k;
    }
}
