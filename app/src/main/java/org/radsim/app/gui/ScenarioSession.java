package org.radsim.app.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.radsim.core.scenario.Key;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.scenario.ScenarioLoader;
import org.radsim.core.scenario.ScenarioSchema;
import org.radsim.core.scenario.Section;
import org.radsim.core.scenario.Values;

/**
 * The scenario behind a GUI session: the resolved scenario it was opened with, the settings the user changed in
 * the Model tab (as {@code key.path=value} overrides, exactly what {@code --set} takes) and which interventions
 * are switched on. Every change is validated by resolving the scenario again, so the GUI can never hold a value
 * the headless loader would refuse; {@link #toYaml} writes a scenario file that reproduces the session headless.
 */
public final class ScenarioSession {

    private static final Pattern SEGMENT = Pattern.compile("([a-z_][a-z0-9_]*)(?:\\[([^\\]]+)\\])?");

    private final String source;
    private final String baseYaml;
    private final LinkedHashMap<String, String> overrides = new LinkedHashMap<>();
    private final boolean[] interventionOn;
    private Scenario current;

    private ScenarioSession(Scenario base, String source) {
        this.source = source;
        this.baseYaml = ScenarioLoader.toYaml(base.resolved());
        this.current = base;
        this.interventionOn = new boolean[base.interventions().size()];
        java.util.Arrays.fill(interventionOn, true);
    }

    /** A session on a scenario file or built-in name, with command-line {@code --set} overrides folded in. */
    public static ScenarioSession open(String pathOrName, List<String> cliOverrides) throws ScenarioException {
        return new ScenarioSession(ScenarioLoader.load(pathOrName, cliOverrides), pathOrName);
    }

    /** A session on a built-in scenario that ships with radsim (a failure to load it is a bug, not bad input). */
    static ScenarioSession builtin(String name) {
        try {
            return open(name, List.of());
        } catch (ScenarioException e) {
            throw new IllegalStateException("the built-in scenario " + name + " does not load: " + e.getMessage(), e);
        }
    }

    /** A session on an already resolved scenario (e.g. the one inside a loaded checkpoint). */
    public static ScenarioSession of(Scenario scenario, String source) {
        return new ScenarioSession(scenario, source);
    }

    /**
     * A new session on this one's scenario with {@code more} overrides applied after this session's changes (as
     * {@code --set} does), from the same source and with the same interventions switched on; the new session has
     * no changes of its own yet. A parameter set of a posterior is shown this way.
     *
     * @throws ScenarioException when the loader refuses the overrides (nothing changes)
     */
    public ScenarioSession with(List<String> more) throws ScenarioException {
        List<String> all = new ArrayList<>(overrides());
        all.addAll(more);
        ScenarioSession next = new ScenarioSession(ScenarioLoader.fromText(baseYaml, source, all), source);
        if (next.interventionOn.length == interventionOn.length) {
            System.arraycopy(interventionOn, 0, next.interventionOn, 0, interventionOn.length);
        }
        return next;
    }

    /** Where the session's scenario came from, as the user named it. */
    public String source() {
        return source;
    }

    /** The scenario with the user's changes applied; a new run starts from it. */
    public Scenario scenario() {
        return current;
    }

    /** The changes made so far, in the order they were made, as {@code key.path=value}. */
    public List<String> overrides() {
        List<String> out = new ArrayList<>();
        overrides.forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }

    /** The current value of a setting (e.g. {@code regions[capital].legitimacy}). */
    public Object value(String path) {
        return lookup(current.resolved(), path);
    }

    /**
     * Changes a setting. The scenario is resolved again with the change; when the loader refuses it, nothing
     * changes and the exception carries the loader's message.
     */
    public void set(String path, Object value) throws ScenarioException {
        LinkedHashMap<String, String> next = new LinkedHashMap<>(overrides);
        next.put(path, text(value));
        List<String> list = new ArrayList<>();
        next.forEach((k, v) -> list.add(k + "=" + v));
        Scenario s = ScenarioLoader.fromText(baseYaml, source, list);
        overrides.clear();
        overrides.putAll(next);
        current = s;
    }

    public boolean interventionOn(int k) {
        return interventionOn[k];
    }

    /** Which of the scenario's interventions are switched on, in the scenario's order. */
    boolean[] interventionsOn() {
        boolean[] on = new boolean[current.interventions().size()];
        for (int k = 0; k < on.length; k++) {
            on[k] = interventionOn(k);
        }
        return on;
    }

    public void setInterventionOn(int k, boolean on) {
        interventionOn[k] = on;
    }

    /**
     * The session as a scenario file: the resolved scenario with every change, without the interventions that
     * are switched off. Loading it headless reproduces a run started from this session.
     */
    public String toYaml(String comment) {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) Values.deepCopy(current.resolved());
        List<?> all = (List<?>) tree.get("interventions");
        List<Object> kept = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            if (interventionOn[k]) {
                kept.add(all.get(k));
            }
        }
        tree.put("interventions", kept);
        StringBuilder out = new StringBuilder();
        for (String line : comment.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        return out.append(ScenarioLoader.toYaml(tree)).toString();
    }

    /** The value at a key path in a resolved tree; list items by index or by {@code name}. */
    public static Object lookup(Map<String, Object> tree, String path) {
        Object cur = tree;
        for (String seg : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(seg);
            if (!m.matches() || !(cur instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("not a key path: " + path);
            }
            cur = map.get(m.group(1));
            if (m.group(2) != null) {
                cur = item((List<?>) cur, m.group(2), path);
            }
        }
        return cur;
    }

    /** The schema key a path names in {@code tree} (intervention keys depend on the intervention's type). */
    public static Key keyOf(Map<String, Object> tree, String path) {
        Section section = ScenarioSchema.root();
        Object cur = tree;
        Key key = null;
        for (String seg : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(seg);
            if (!m.matches() || section == null || !(cur instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("not a key path: " + path);
            }
            String type = map.get("type") instanceof String t ? t : null;
            key = section.isUnion() ? section.keysFor(type).get(m.group(1)) : section.key(m.group(1));
            if (key == null) {
                throw new IllegalArgumentException("no key " + m.group(1) + " in " + path);
            }
            cur = map.get(m.group(1));
            if (m.group(2) != null) {
                cur = item((List<?>) cur, m.group(2), path);
            }
            section = key.section();
        }
        return key;
    }

    private static Object item(List<?> list, String selector, String path) {
        if (selector.matches("\\d+")) {
            return list.get(Integer.parseInt(selector));
        }
        for (Object o : list) {
            if (o instanceof Map<?, ?> m && selector.equals(m.get("name"))) {
                return o;
            }
        }
        throw new IllegalArgumentException("no item " + selector + " in " + path);
    }

    private static String text(Object value) {
        if (value instanceof Double d) {
            return Double.toString(d);
        }
        return String.valueOf(value);
    }
}
