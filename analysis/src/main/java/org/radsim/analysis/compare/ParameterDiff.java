package org.radsim.analysis.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The settings in which an alternative's resolved scenario differs from the baseline's, as key paths in the
 * syntax of {@code --set} (e.g. {@code regions[border-east].unemployment}, {@code interventions[0].coverage}).
 * Lists of named objects (regions) are matched by name, other lists by position. {@code name} and
 * {@code description} are left out: they differ by design.
 *
 * @param path     key path
 * @param baseline value in the baseline ("—" when absent)
 * @param value    value in the alternative ("—" when absent)
 */
public record ParameterDiff(String path, String baseline, String value) {

    /** Shown (in the report) for a key absent on one side; parameters.csv writes an empty field and the change. */
    public static final String ABSENT = "—";

    /** How the setting differs: {@code changed}, {@code added} (absent in the baseline), {@code removed}. */
    public String change() {
        return baseline.equals(ABSENT) ? "added" : value.equals(ABSENT) ? "removed" : "changed";
    }

    /** The differences between two resolved scenario trees, in path order of the alternative then the baseline. */
    public static List<ParameterDiff> between(JsonNode baseline, JsonNode alternative) {
        Map<String, String> b = new LinkedHashMap<>();
        Map<String, String> a = new LinkedHashMap<>();
        flatten("", baseline, b);
        flatten("", alternative, a);
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<ParameterDiff> out = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("name") || p.equals("description")) {
                continue;
            }
            String bv = b.getOrDefault(p, ABSENT);
            String av = a.getOrDefault(p, ABSENT);
            if (!bv.equals(av)) {
                out.add(new ParameterDiff(p, bv, av));
            }
        }
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e ->
                    flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray() && isListOfNamedObjects(node)) {
            node.forEach(el -> flatten(prefix + "[" + el.get("name").asText() + "]", el, out));
        } else if (node.isArray() && containsObjects(node)) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), out);
            }
        } else if (node.isArray() && node.isEmpty()) {
            // an empty list says nothing a missing list would not; listing it would only add noise rows
            return;
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(el -> items.add(el.asText()));
            out.put(prefix, "[" + String.join(", ", items) + "]");
        } else {
            if (!node.isNull()) {
                out.put(prefix, node.asText());
            }
        }
    }

    private static boolean containsObjects(JsonNode array) {
        for (JsonNode el : array) {
            if (el.isObject()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isListOfNamedObjects(JsonNode array) {
        // interventions have an optional name that defaults to the type, so they are matched by position
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode el : array) {
            if (!el.isObject() || !el.hasNonNull("name") || el.has("type")) {
                return false;
            }
            names.add(el.get("name").asText());
        }
        return array.size() > 0 && names.size() == array.size();
    }
}
