package org.radsim.analysis.compare;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether scenarios can be compared pair by pair. Paired differences mean something only when every scenario runs
 * the same model over the same horizon in the same time unit: a shorter run "averts" recruits it never simulated.
 * So different {@code model}, {@code ticks} or {@code ticks_per_year} are refused; every other difference (population
 * per region, interventions, …) is the point of a comparison and is listed in the report ({@link ParameterDiff}).
 * An intervention that starts after the last tick never acts: a warning, since it may be a typo.
 */
public final class Comparability {

    /** The settings that must be equal in every scenario of a comparison. */
    public static final List<String> MUST_MATCH = List.of("model", "ticks", "ticks_per_year");

    private Comparability() {
    }

    /**
     * One message per setting that differs from the baseline's, naming the scenarios and their values; empty when
     * the scenarios are comparable.
     *
     * @param names     scenario names, baseline first
     * @param scenarios their resolved scenario trees, same order
     */
    public static List<String> problems(List<String> names, List<JsonNode> scenarios) {
        List<String> out = new ArrayList<>();
        JsonNode base = scenarios.get(0);
        for (String key : MUST_MATCH) {
            String b = value(base, key);
            for (int i = 1; i < scenarios.size(); i++) {
                String v = value(scenarios.get(i), key);
                if (!b.equals(v)) {
                    out.add(key + ": \"" + names.get(i) + "\" has " + v + ", the baseline \"" + names.get(0) + "\" has "
                            + b + (key.equals("model") ? " (different models have different outcomes: nothing to pair)"
                            : " (paired differences need the same horizon; use --ticks or --set " + key + "=…)"));
                }
            }
        }
        return out;
    }

    /** Interventions that can have no effect because they start after the last tick. */
    public static List<String> warnings(List<String> names, List<JsonNode> scenarios) {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            JsonNode sc = scenarios.get(s);
            long ticks = sc.path("ticks").asLong(-1);
            JsonNode ivs = sc.path("interventions");
            for (int i = 0; i < ivs.size(); i++) {
                JsonNode iv = ivs.get(i);
                long start = iv.path("start").asLong(0);
                long end = iv.path("end").asLong(-1);
                String label = "\"" + names.get(s) + "\": intervention " + i + " (" + iv.path("type").asText("?") + ")";
                if (ticks >= 0 && start > ticks) {
                    out.add(label + " starts at tick " + start + ", after the last tick " + ticks + ": it has no effect");
                } else if (end >= 0 && end <= start) {
                    out.add(label + " ends (tick " + end + ") before it starts (tick " + start + "): it has no effect");
                }
            }
        }
        return out;
    }

    private static String value(JsonNode scenario, String key) {
        JsonNode v = scenario.path(key);
        if (v.isMissingNode() || v.isNull()) {
            return key.equals("model") ? "radicalization" : key.equals("ticks_per_year") ? "52" : "(not set)";
        }
        return v.asText();
    }
}
