package org.radsim.core.scenario;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.radsim.core.classic.ClassicSchema;

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
                problems.add(new Problem(w, "regions[" + i + "].name", "'" + name + "' is used by two regions"));
            }
            shares += ((Number) reg.get("share")).doubleValue();
        }
        if (!regions.isEmpty() && Math.abs(shares - 1.0) > 1e-6) {
            problems.add(new Problem(tree.whereOf("regions"), "regions", String.format(java.util.Locale.ROOT,
                    "region shares sum to %.6f; they must sum to 1", shares)));
        }
        for (int i = 0; i < regions.size(); i++) {
            for (String nb : (List<String>) regions.get(i).get("neighbours")) {
                if (!names.contains(nb)) {
                    problems.add(new Problem(where(tree, "regions", i, "neighbours"), "regions[" + i + "].neighbours",
                            "no region named '" + nb + "'" + hint(nb, names)));
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
                            "no region named '" + reg + "'" + hint(reg, known)));
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
