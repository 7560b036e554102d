package org.radsim.core.scenario;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


/** Checks between settings that a per-key range cannot express (region shares, names, windows). */
final class CrossChecks {

    private CrossChecks() {
    }

    @SuppressWarnings("unchecked")
    static void check(Node.Mapping tree, LinkedHashMap<String, Object> r, List<Problem> problems) {
        List<Map<String, Object>> regions = (List<Map<String, Object>>) r.get("regions");
        Set<String> names = new HashSet<>();
        double shares = 0;
        for (int i = 0; i < regions.size(); i++) {
            Map<String, Object> reg = regions.get(i);
            Where w = where(tree, "regions", i, "name");
            Object name = reg.get("name");
            if (name == null) {
                problems.add(new Problem(w, "regions[" + i + "].name", "missing; every region needs a unique name"));
            } else if (!names.add((String) name)) {
                problems.add(new Problem(w, "regions[" + i + "].name", "'" + Excerpt.of((String) name) + "' is used by two regions"));
            }
            shares += ((Number) reg.get("share")).doubleValue();
        }
        // one tolerance for every way of writing the shares (0.5 + 0.499999 and 3 × 0.333333 alike); the slack
        // of 1e-12 absorbs the rounding of the sum itself
        if (!regions.isEmpty() && Math.abs(shares - 1.0) > SHARE_TOLERANCE + 1e-12) {
            problems.add(new Problem(tree.whereOf("regions"), "regions", String.format(java.util.Locale.ROOT,
                    "region shares sum to %s; they must sum to 1 (within ±%s)", shareText(shares), "0.000001")));
        }
        for (int i = 0; i < regions.size(); i++) {
            for (String nb : (List<String>) regions.get(i).get("neighbours")) {
                if (!names.contains(nb)) {
                    problems.add(new Problem(where(tree, "regions", i, "neighbours"), "regions[" + i + "].neighbours",
                            "no region named '" + Excerpt.of(nb) + "'" + hint(nb, names)));
                } else if (!inPerson(regions, nb)) {
                    problems.add(new Problem(where(tree, "regions", i, "neighbours"), "regions[" + i + "].neighbours",
                            "'" + nb + "' has in_person: false, so recruiters cannot move there; remove it from neighbours"));
                } else if (nb.equals(regions.get(i).get("name"))) {
                    problems.add(new Problem(where(tree, "regions", i, "neighbours"), "regions[" + i + "].neighbours",
                            "a region cannot be its own neighbour"));
                }
            }
        }
        Set<String> known = names.isEmpty() ? Set.of("all") : names;
        List<Map<String, Object>> ivs = (List<Map<String, Object>>) r.get("interventions");
        if (ivs.size() > 32) {
            problems.add(new Problem(tree.whereOf("interventions"), "interventions",
                    ivs.size() + " interventions; at most 32 can run in one scenario"));
        }
        if (regions.size() > Short.MAX_VALUE) {
            problems.add(new Problem(tree.whereOf("regions"), "regions", "at most " + Short.MAX_VALUE + " regions"));
        }
        for (int i = 0; i < ivs.size(); i++) {
            Map<String, Object> iv = ivs.get(i);
            for (String reg : (List<String>) iv.get("regions")) {
                if (!known.contains(reg)) {
                    problems.add(new Problem(where(tree, "interventions", i, "regions"), "interventions[" + i + "].regions",
                            "no region named '" + Excerpt.of(reg) + "'" + hint(reg, known)));
                }
            }
            long start = (Long) iv.get("start");
            long end = (Long) iv.get("end");
            if (end >= 0 && end <= start) {
                problems.add(new Problem(where(tree, "interventions", i, "end"), "interventions[" + i + "].end",
                        "end " + end + " must be after start " + start + " (or −1 for until the end)"));
            }
        }
        Map<String, Object> op = (Map<String, Object>) r.get("opinion");
        if (((Double) op.get("sympathizer_at")) >= ((Double) op.get("radicalized_at"))) {
            problems.add(new Problem(whereKey(tree, "opinion", "sympathizer_at"), "opinion.sympathizer_at",
                    "must be below opinion.radicalized_at"));
        }
        ClassicSchema.crossCheck(r, tree.where(), problems);
        modelSections(tree, r, problems);
        Map<String, Object> pop = (Map<String, Object>) r.get("population");
        Map<String, Object> net = (Map<String, Object>) r.get("network");
        long size = (Long) pop.get("size");
        if ("radicalization".equals(r.get("model"))) {
            if (size < Math.max(1, regions.size())) {
                problems.add(new Problem(whereKey(tree, "population", "size"), "population.size",
                        "must be at least the number of regions (" + regions.size() + ")"));
            }
            String type = (String) net.get("type");
            if ((type.equals("watts_strogatz") || type.equals("barabasi_albert")) && (Long) net.get("degree") % 2 != 0) {
                problems.add(new Problem(whereKey(tree, "network", "degree"), "network.degree",
                        "must be even for " + type + " (each citizen gets degree/2 ties on each side or per arrival), got "
                                + net.get("degree")));
            }
            if (!"complete".equals(net.get("type")) && (Long) net.get("degree") >= size) {
                problems.add(new Problem(whereKey(tree, "network", "degree"), "network.degree",
                        "must be below population.size (" + size + ")"));
            }
        }
    }

    /** Tolerance on the sum of the region shares. */
    static final double SHARE_TOLERANCE = 1e-6;

    /** The sum of the shares with enough digits to see how far it is from 1. */
    private static String shareText(double shares) {
        return new java.math.BigDecimal(shares).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }

    /** Sections that only the radicalization model reads. */
    private static final List<String> RADICALIZATION_SECTIONS = List.of("population", "regions", "network", "opinion",
            "susceptibility", "propaganda", "recruiters", "policing", "exit", "interventions");
    /** The section each classic model reads (model id → section). */
    private static final Map<String, String> CLASSIC_SECTIONS = Map.of("civil-violence", "civil_violence",
            "relative-agreement", "relative_agreement", "contagion", "contagion");

    /**
     * A section the scenario's model does not read would be ignored without a word (population.size on a
     * relative-agreement scenario): each one written in the scenario (or its parents, or a --set) with a value other
     * than its defaults is a problem.
     */
    static void modelSections(Node.Mapping tree, Map<String, Object> r, List<Problem> problems) {
        String model = (String) r.get("model");
        for (String key : tree.entries().keySet()) {
            boolean foreign;
            if (RADICALIZATION_SECTIONS.contains(key)) {
                foreign = !"radicalization".equals(model);
            } else if (CLASSIC_SECTIONS.containsValue(key)) {
                foreign = !key.equals(CLASSIC_SECTIONS.get(model));
            } else {
                continue;
            }
            if (foreign && !isDefault(key, r.get(key))) {
                String reads = "radicalization".equals(model) ? "it has no " + key + " section"
                        : "it reads only " + CLASSIC_SECTIONS.get(model) + ": (and name, seed, ticks, replications)";
                problems.add(new Problem(tree.whereOf(key), key, "has no effect on model " + model + " (" + reads
                        + "); remove it, or use a scenario of the model it belongs to"));
            }
        }
    }

    /**
     * Whether a section holds its defaults (as in the resolved {@code scenario.yaml} of a results folder, which lists
     * every section): it then changes nothing, and is harmless.
     */
    private static boolean isDefault(String key, Object value) {
        Key k = ScenarioSchema.root().key(key);
        if (k.kind() == Key.Kind.SECTION_LIST) {
            return value instanceof List<?> l && (l.isEmpty() || (key.equals("regions") && l.equals(List.of(ScenarioLoader.defaultRegion()))));
        }
        Where w = Where.file("defaults");
        Object defaults = new Validator().section(null, k.section(), key, w);
        return defaults.equals(value);
    }

    /**
     * Whether a cross-check finding {@code cross} reads a setting that {@code p} already reports as wrong (the
     * validator replaced it by its default, so the finding would be about a value the user did not write).
     */
    static boolean overlaps(Problem p, Problem cross) {
        String scope = scope(cross.key());
        return !scope.isEmpty() && (p.key().equals(scope) || p.key().startsWith(scope + ".") || p.key().startsWith(scope + "["));
    }

    /** The list item ({@code interventions[0]}) or top-level section ({@code opinion}) a key path belongs to. */
    private static String scope(String key) {
        int bracket = key.lastIndexOf(']');
        if (bracket >= 0) {
            return key.substring(0, bracket + 1);
        }
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    private static boolean inPerson(List<Map<String, Object>> regions, String name) {
        return regions.stream().filter(r -> name.equals(r.get("name"))).allMatch(r -> (Boolean) r.get("in_person"));
    }

    private static String hint(String word, Set<String> valid) {
        String s = Validator.suggest(word, valid);
        return s == null ? "; regions are " + String.join(", ", valid) : " — did you mean '" + s + "'?";
    }

    private static Where whereKey(Node.Mapping tree, String section, String key) {
        if (tree.entries().get(section) instanceof Node.Mapping m) {
            return m.whereOf(key);
        }
        return tree.whereOf(section);
    }

    private static Where where(Node.Mapping tree, String list, int i, String key) {
        if (tree.entries().get(list) instanceof Node.Sequence s && i < s.items().size()
                && s.items().get(i) instanceof Node.Mapping m) {
            return m.whereOf(key);
        }
        return tree.whereOf(list);
    }
}
