package org.radsim.core.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Loads a scenario: reads the file, follows {@code extends:}, applies {@code --set key.path=value} overrides,
 * validates everything against {@link ScenarioSchema} and checks the settings that depend on each other.
 * All problems are reported together in one {@link ScenarioException}.
 */
public final class ScenarioLoader {

    /** Class-path folder of the built-in scenario library. */
    public static final String BUILTIN_ROOT = "scenarios/";
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[([^\\]]+)\\])?");

    private ScenarioLoader() {
    }

    /** Loads a scenario file, or a built-in scenario by name (e.g. {@code baseline}) when no such file exists. */
    public static Scenario load(String pathOrName, List<String> overrides) throws ScenarioException {
        return resolve(readTree(pathOrName), overrides);
    }

    /** Loads scenario text (e.g. from the GUI or a test); {@code source} names it in messages. */
    public static Scenario fromText(String yaml, String source, List<String> overrides) throws ScenarioException {
        Node n = YamlReader.readText(yaml, source);
        return resolve(withParents(n, null, new HashSet<>()), overrides);
    }

    /** The raw tree of a file or built-in, with its {@code extends:} chain merged in. */
    public static Node.Mapping readTree(String pathOrName) throws ScenarioException {
        Path p = Path.of(pathOrName);
        if (!Files.exists(p) && isBuiltinName(pathOrName)) {
            return builtin(pathOrName, new HashSet<>());
        }
        return file(p, new HashSet<>());
    }

    /** Validates a raw tree with overrides applied, and builds the scenario. */
    public static Scenario resolve(Node.Mapping tree, List<String> overrides) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        for (String o : overrides) {
            try {
                applyOverride(tree, o);
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        tree.entries().remove("extends");
        Validator v = new Validator();
        LinkedHashMap<String, Object> resolved = v.section(tree, ScenarioSchema.root(), "", tree.where());
        problems.addAll(v.problems());
        // the checks between settings run in the same pass, so every problem is reported at once; where a
        // setting they read is itself wrong (and was replaced by its default), their finding is left out
        List<Problem> cross = new ArrayList<>();
        try {
            CrossChecks.check(tree, resolved, cross);
        } catch (RuntimeException e) {
            if (problems.isEmpty()) {
                throw e;
            }
            // a malformed section the validator already reported: nothing more to say about it
        }
        for (Problem c : cross) {
            if (problems.stream().noneMatch(p -> CrossChecks.overlaps(p, c))) {
                problems.add(c);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        if (((List<?>) resolved.get("regions")).isEmpty()) {
            resolved.put("regions", List.of(defaultRegion()));
        }
        return Scenario.from(new Values(resolved, ""));
    }

    /** Names of the built-in scenarios (class-path resources under {@link #BUILTIN_ROOT}). */
    public static boolean isBuiltinName(String s) {
        return s.matches("[A-Za-z0-9_\\-/]+") && ScenarioLoader.class.getClassLoader()
                .getResource(BUILTIN_ROOT + s + ".yaml") != null;
    }

    /** The one region a scenario without regions: gets, resolved. */
    static LinkedHashMap<String, Object> defaultRegion() {
        Validator v = new Validator();
        Node.Mapping m = new Node.Mapping(new LinkedHashMap<>(), new HashMap<>(), Where.file("defaults"));
        m.entries().put("name", new Node.Scalar("all", Node.Scalar.Type.STRING, Where.file("defaults")));
        return v.section(m, ScenarioSchema.root().key("regions").section(), "regions[0]", Where.file("defaults"));
    }

    private static Node.Mapping file(Path p, Set<String> seen) throws ScenarioException {
        Node n = YamlReader.readFile(p);
        return withParents(n, p.toAbsolutePath().normalize(), seen);
    }

    private static Node.Mapping builtin(String name, Set<String> seen) throws ScenarioException {
        String res = BUILTIN_ROOT + name + ".yaml";
        try (InputStream in = ScenarioLoader.class.getClassLoader().getResourceAsStream(res)) {
            if (in == null) {
                throw new ScenarioException(Where.file(name), "no built-in scenario of that name (see `radsim scenarios`)");
            }
            Node n = YamlReader.readBytes(in.readAllBytes(), "builtin:" + name);
            return withParents(n, null, seen);
        } catch (IOException e) {
            throw new ScenarioException(Where.file(res), "cannot be read: " + e.getMessage());
        }
    }

    private static Node.Mapping withParents(Node n, Path self, Set<String> seen) throws ScenarioException {
        if (!(n instanceof Node.Mapping m)) {
            throw new ScenarioException(n.where(), "a scenario must be a mapping of keys (name: ..., population: ...), found "
                    + Validator.describe(n));
        }
        if (self != null && !seen.add(self.toString())) {
            throw new ScenarioException(m.where(), "extends: forms a cycle through " + self);
        }
        Node ext = m.entries().get("extends");
        if (ext == null || (ext instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL)) {
            return m;
        }
        if (!(ext instanceof Node.Scalar s)) {
            throw new ScenarioException(ext.where(), "extends: expects a file path or a built-in scenario name");
        }
        String target = s.text();
        Node.Mapping parent;
        Path dir = self == null ? Path.of("") : self.getParent();
        Path candidate = dir.resolve(target);
        if (Files.exists(candidate)) {
            parent = file(candidate, seen);
        } else {
            String name = target.endsWith(".yaml") ? target.substring(0, target.length() - 5) : target;
            if (self == null || isBuiltinName(name)) {
                if (!seen.add("builtin:" + name)) {
                    throw new ScenarioException(s.where(), "extends: forms a cycle through " + name);
                }
                if (!isBuiltinName(name)) {
                    throw new ScenarioException(s.where(), "extends: no scenario '" + Excerpt.of(target) + "' (neither a file nor a built-in name)");
                }
                parent = builtin(name, seen);
            } else {
                throw new ScenarioException(s.where(), "extends: no such file " + candidate);
            }
        }
        if (!parent.entries().isEmpty() && parent.entries().keySet().stream().noneMatch(k -> ScenarioSchema.root().key(k) != null)) {
            // e.g. extends: /etc/passwd — say so once, without quoting any of the file
            throw new ScenarioException(s.where(), "extends: " + Excerpt.of(target) + " is not a radsim scenario file "
                    + "(none of its " + parent.entries().size() + " top-level keys is a scenario key)");
        }
        Node.Mapping merged = merge(parent, m);
        merged.entries().remove("extends");
        return merged;
    }

    /** Deep merge: the child's keys win; mappings merge key by key; lists and scalars replace. */
    static Node.Mapping merge(Node.Mapping parent, Node.Mapping child) {
        LinkedHashMap<String, Node> out = new LinkedHashMap<>(parent.entries());
        Map<String, Where> where = new HashMap<>(parent.keyWhere());
        for (Map.Entry<String, Node> e : child.entries().entrySet()) {
            Node old = out.get(e.getKey());
            Node nw = e.getValue();
            if (old instanceof Node.Mapping om && nw instanceof Node.Mapping nm) {
                out.put(e.getKey(), merge(om, nm));
            } else {
                out.put(e.getKey(), nw);
            }
            where.put(e.getKey(), child.whereOf(e.getKey()));
        }
        return new Node.Mapping(out, where, child.where());
    }

    /**
     * Applies one {@code key.path=value} override. Path segments may select list items by index
     * ({@code interventions[0].coverage}) or by name ({@code regions[border-east].unemployment}).
     */
    static void applyOverride(Node.Mapping root, String assignment) throws ScenarioException {
        int eq = assignment.indexOf('=');
        Where w = Where.file("--set " + assignment);
        if (eq <= 0) {
            throw new ScenarioException(w, "expected key.path=value, e.g. population.size=50000");
        }
        String path = assignment.substring(0, eq).trim();
        String text = assignment.substring(eq + 1);
        if (text.isBlank()) {
            throw new ScenarioException(w, path + " has no value after '='; give one (for an empty text write "
                    + path + "=\"\"), or leave the --set out to keep the scenario's value");
        }
        if (path.equals("extends")) {
            throw new ScenarioException(w, "extends cannot be set with --set: a scenario's parents are read before "
                    + "the overrides; write a scenario file with extends: " + Excerpt.of(text.strip()) + " instead");
        }
        Node value = YamlReader.readText(text, "--set " + path);
        if (path.equals("model") && value instanceof Node.Scalar ms) {
            String current = root.entries().get("model") instanceof Node.Scalar cs && cs.type() != Node.Scalar.Type.NULL
                    ? cs.text() : (String) ScenarioSchema.root().key("model").defaultValue();
            if (!ms.text().equals(current)) {
                throw new ScenarioException(w, "model cannot be changed with --set: this scenario's settings are "
                        + "for model " + current + "; run a scenario of model " + Excerpt.of(ms.text())
                        + " instead (e.g. a built-in one, see `radsim scenarios`)");
            }
        }
        value = relocate(value, w);
        String[] segs = path.split("\\.");
        Node.Mapping cur = root;
        for (int i = 0; i < segs.length; i++) {
            Matcher mt = SEGMENT.matcher(segs[i]);
            if (!mt.matches()) {
                throw new ScenarioException(w, "'" + segs[i] + "' is not a key (keys are snake_case words, items as list[name] or list[0])");
            }
            String key = mt.group(1);
            String sel = mt.group(2);
            boolean last = i == segs.length - 1;
            if (sel == null) {
                if (last) {
                    cur.entries().put(key, value);
                    putWhere(cur, key, w);
                    return;
                }
                Node next = cur.entries().get(key);
                Node.Mapping nm;
                if (next instanceof Node.Mapping existing) {
                    nm = existing;
                } else {
                    nm = new Node.Mapping(new LinkedHashMap<>(), new HashMap<>(), w);
                    cur.entries().put(key, nm);
                    putWhere(cur, key, w);
                }
                cur = nm;
            } else {
                Node list = cur.entries().get(key);
                if (!(list instanceof Node.Sequence seq)) {
                    throw new ScenarioException(w, key + " is not a list in this scenario; cannot select [" + sel + "]");
                }
                int idx = -1;
                if (sel.matches("\\d+")) {
                    idx = Integer.parseInt(sel);
                } else {
                    for (int j = 0; j < seq.items().size(); j++) {
                        if (seq.items().get(j) instanceof Node.Mapping im && im.entries().get("name") instanceof Node.Scalar ns
                                && ns.text().equals(sel)) {
                            idx = j;
                        }
                    }
                }
                if (idx < 0 || idx >= seq.items().size()) {
                    throw new ScenarioException(w, key + "[" + sel + "]: no such item (the list has "
                            + seq.items().size() + " items" + namesOf(seq) + ")");
                }
                List<Node> items = new ArrayList<>(seq.items());
                if (last) {
                    items.set(idx, value);
                    cur.entries().put(key, new Node.Sequence(items, seq.where()));
                    return;
                }
                if (!(items.get(idx) instanceof Node.Mapping im)) {
                    throw new ScenarioException(w, key + "[" + sel + "] is not a mapping");
                }
                Node.Mapping copy = new Node.Mapping(new LinkedHashMap<>(im.entries()), new HashMap<>(im.keyWhere()), im.where());
                items.set(idx, copy);
                cur.entries().put(key, new Node.Sequence(items, seq.where()));
                cur = copy;
            }
        }
    }

    private static String namesOf(Node.Sequence seq) {
        List<String> names = new ArrayList<>();
        for (Node n : seq.items()) {
            if (n instanceof Node.Mapping m && m.entries().get("name") instanceof Node.Scalar s) {
                names.add(s.text());
            }
        }
        return names.isEmpty() ? "" : ": " + String.join(", ", names);
    }

    private static void putWhere(Node.Mapping m, String key, Where w) {
        m.keyWhere().put(key, w);
    }

    private static Node relocate(Node n, Where w) {
        if (n instanceof Node.Scalar s) {
            return new Node.Scalar(s.text(), s.type(), w);
        }
        if (n instanceof Node.Sequence q) {
            return new Node.Sequence(q.items().stream().map(i -> relocate(i, w)).toList(), w);
        }
        Node.Mapping m = (Node.Mapping) n;
        LinkedHashMap<String, Node> e = new LinkedHashMap<>();
        Map<String, Where> kw = new HashMap<>();
        m.entries().forEach((k, v) -> {
            e.put(k, relocate(v, w));
            kw.put(k, w);
        });
        return new Node.Mapping(e, kw, w);
    }

    /** The resolved scenario as YAML, loadable again with {@link #fromText}. */
    public static String toYaml(Map<String, Object> resolved) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndent(2);
        o.setWidth(120);
        return new Yaml(o).dump(resolved);
    }

    /** Canonical JSON of a resolved tree (keys sorted), the input of {@link #hash}. */
    public static String canonicalJson(Map<String, Object> resolved) {
        try {
            return new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writeValueAsString(resolved);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of the canonical JSON of the resolved scenario. */
    public static String hash(Map<String, Object> resolved) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(canonicalJson(resolved).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
