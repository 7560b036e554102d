package org.radsim.core.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a {@link Node} tree against a {@link Section} and produces the resolved values: every key present,
 * defaults filled in, numbers as {@code Double}/{@code Long}. Every problem is collected (unknown keys with a
 * suggestion, wrong types, values out of range), never only the first, and never silently ignored.
 */
public final class Validator {

    private final List<Problem> problems = new ArrayList<>();

    public List<Problem> problems() {
        return problems;
    }

    public void problem(Where where, String key, String message) {
        problems.add(new Problem(where, key, message));
    }

    /** Resolves a mapping node (null = absent: all defaults) against {@code section}, at dotted {@code path}. */
    public LinkedHashMap<String, Object> section(Node node, Section section, String path, Where parent) {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        Node.Mapping map;
        if (node == null) {
            map = new Node.Mapping(new LinkedHashMap<>(), Map.of(), parent);
        } else if (node instanceof Node.Mapping m) {
            map = m;
        } else {
            problem(node.where(), path, "expected a mapping of keys (" + section.name() + "), found " + describe(node));
            map = new Node.Mapping(new LinkedHashMap<>(), Map.of(), node.where());
        }
        String variant = null;
        if (section.isUnion()) {
            Key d = section.key(section.discriminator());
            Node dn = map.entries().get(section.discriminator());
            if (dn == null) {
                problem(map.where(), join(path, d.name()), "missing; say which " + d.name() + ": " + String.join(", ", d.choices()));
            } else {
                Object v = value(dn, d, join(path, d.name()));
                variant = v instanceof String s ? s : null;
            }
        }
        LinkedHashMap<String, Key> keys = section.keysFor(variant);
        if (path.isEmpty() && map.entries().size() > 1
                && map.entries().keySet().stream().noneMatch(keys::containsKey)) {
            // not a file of this kind at all (e.g. extends: /etc/passwd): one problem, and none of its content quoted
            problem(map.where(), "", "this is not a radsim " + section.name() + " file: none of its "
                    + map.entries().size() + " top-level keys is one (valid keys: " + String.join(", ", keys.keySet()) + ")");
            return out;
        }
        for (Map.Entry<String, Node> e : map.entries().entrySet()) {
            if (!keys.containsKey(e.getKey())) {
                Where w = map.whereOf(e.getKey());
                String hint = suggest(e.getKey(), keys.keySet());
                String scope = path.isEmpty() ? "at the top level" : "in " + path;
                problem(w, join(path, Excerpt.of(e.getKey())), "unknown key " + scope
                        + (hint != null ? " — did you mean '" + hint + "'?" : "; valid keys: " + String.join(", ", keys.keySet())));
            }
        }
        for (Key k : keys.values()) {
            Node v = map.entries().get(k.name());
            String kp = join(path, k.name());
            if (k.kind() == Key.Kind.SECTION) {
                out.put(k.name(), section(v, k.section(), kp, map.whereOf(k.name())));
            } else if (k.kind() == Key.Kind.SECTION_LIST) {
                out.put(k.name(), sectionList(v, k, kp));
            } else if (v == null || (v instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL && k.kind() != Key.Kind.STRING)) {
                out.put(k.name(), k.defaultValue());
            } else {
                out.put(k.name(), value(v, k, kp));
            }
        }
        return out;
    }

    private List<Object> sectionList(Node node, Key k, String path) {
        List<Object> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof Node.Sequence seq)) {
            problem(node.where(), path, "expected a list (- item per line), found " + describe(node));
            return out;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            out.add(section(seq.items().get(i), k.section(), path + "[" + i + "]", seq.where()));
        }
        return out;
    }

    /** Converts one scalar or list of names; reports and returns the default on a problem. */
    Object value(Node node, Key k, String path) {
        switch (k.kind()) {
            case STRING_LIST -> {
                if (!(node instanceof Node.Sequence seq)) {
                    problem(node.where(), path, "expected a list of names like [a, b], found " + describe(node));
                    return k.defaultValue();
                }
                List<String> names = new ArrayList<>();
                for (Node item : seq.items()) {
                    if (item instanceof Node.Scalar s && s.type() != Node.Scalar.Type.NULL) {
                        names.add(s.text());
                    } else {
                        problem(item.where(), path, "expected a name, found " + describe(item));
                    }
                }
                return List.copyOf(names);
            }
            default -> { }
        }
        if (!(node instanceof Node.Scalar s)) {
            problem(node.where(), path, "expected " + expected(k) + ", found " + describe(node));
            return k.defaultValue();
        }
        switch (k.kind()) {
            case BOOLEAN -> {
                if (s.type() == Node.Scalar.Type.BOOLEAN) {
                    String t = s.text().toLowerCase(java.util.Locale.ROOT);
                    return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y");
                }
                problem(s.where(), path, "expected true or false, found '" + Excerpt.of(s.text()) + "'");
                return k.defaultValue();
            }
            case STRING -> {
                return s.type() == Node.Scalar.Type.NULL ? null : s.text();
            }
            case CHOICE -> {
                if (k.choices().contains(s.text())) {
                    return s.text();
                }
                String hint = suggest(s.text(), k.choices());
                problem(s.where(), path, "'" + Excerpt.of(s.text()) + "' is not allowed; expected one of "
                        + String.join(", ", k.choices()) + (hint != null ? " — did you mean '" + hint + "'?" : ""));
                return k.defaultValue();
            }
            case INTEGER -> {
                Double d = number(s);
                if (d == null || d != Math.rint(d) || Math.abs(d) > 9e15) {
                    problem(s.where(), path, "expected a whole number in " + k.range() + ", found '" + Excerpt.of(s.text()) + "'");
                    return k.defaultValue();
                }
                if (d < k.min() || d > k.max()) {
                    problem(s.where(), path, "value " + Excerpt.of(s.text()) + " is out of range; allowed " + k.range()
                            + (k.unit().isEmpty() ? "" : " " + k.unit()));
                    return k.defaultValue();
                }
                return d.longValue();
            }
            case NUMBER -> {
                Double d = number(s);
                if (d == null || d.isNaN() || d.isInfinite()) {
                    problem(s.where(), path, "expected a number in " + k.range() + ", found '" + Excerpt.of(s.text()) + "'");
                    return k.defaultValue();
                }
                boolean low = k.minExclusive() ? d <= k.min() : d < k.min();
                if (low || d > k.max()) {
                    problem(s.where(), path, "value " + Excerpt.of(s.text()) + " is out of range; allowed " + k.range()
                            + (k.unit().isEmpty() ? "" : " " + k.unit()));
                    return k.defaultValue();
                }
                return d;
            }
            default -> throw new IllegalStateException(k.kind().toString());
        }
    }

    private static Double number(Node.Scalar s) {
        if (s.type() != Node.Scalar.Type.INTEGER && s.type() != Node.Scalar.Type.FLOAT) {
            return null;
        }
        try {
            return Double.parseDouble(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String expected(Key k) {
        return switch (k.kind()) {
            case INTEGER -> "a whole number";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", k.choices());
            default -> "a value";
        };
    }

    static String describe(Node n) {
        if (n instanceof Node.Scalar s) {
            return s.type() == Node.Scalar.Type.NULL ? "nothing" : "'" + Excerpt.of(s.text()) + "'";
        }
        return n instanceof Node.Sequence ? "a list" : "a mapping";
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The closest valid word to {@code word}, if one is close enough to be a likely misspelling. */
    public static String suggest(String word, Collection<String> valid) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String v : valid) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), v.toLowerCase(java.util.Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = v;
            }
        }
        if (best == null) {
            return null;
        }
        int allowed = Math.max(1, Math.min(3, best.length() / 3));
        boolean prefix = best.startsWith(word) || word.startsWith(best);
        return bestD <= allowed || (prefix && Math.min(word.length(), best.length()) >= 4) ? best : null;
    }

    /** Damerau–Levenshtein (optimal string alignment) distance. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
