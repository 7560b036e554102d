package org.radsim.core.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radsim.core.output.Manifest;
import org.radsim.core.output.ResultsFolderException;
import org.radsim.core.scenario.ScenarioLoader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Whether a results folder may be resumed with this scenario and these options; refuses naming each difference. */
final class ResumeCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResumeCheck() {
    }

    /**
     * Refuses to resume {@code folder} (its {@code manifest}) with another scenario ({@code resolved}) or other run
     * options, naming each difference (old, new).
     */
    static void refuseOtherRun(Path folder, Manifest manifest, Map<String, Object> resolved,
                               Map<String, Object> newOptions, int replications) {
        List<String> diffs = new ArrayList<>();
        JsonNode oldTree = JSON.valueToTree(manifest.get("scenario"));
        JsonNode newTree = JSON.valueToTree(resolved);
        if (oldTree instanceof ObjectNode o && newTree instanceof ObjectNode n) {
            ObjectNode a = o.deepCopy();
            ObjectNode b = n.deepCopy();
            a.remove("replications");
            b.remove("replications");
            diff("", a, b, diffs);
        } else if (!java.util.Objects.equals(manifest.get("scenario_hash"), ScenarioLoader.hash(resolved))) {
            diffs.add("the scenario (hash " + manifest.get("scenario_hash") + ")");
        }
        Map<String, Object> oldOptions = manifest.get("run_options") instanceof Map<?, ?> m
                ? new LinkedHashMap<>(castMap(m)) : new LinkedHashMap<>();
        int oldReps = recordedOr(manifest, oldOptions);
        boolean sequential = oldOptions.containsKey("precision") || newOptions.containsKey("precision");
        for (String k : List.of("precision", "precision_metric", "max_replications", "ensemble")) {
            if (!java.util.Objects.equals(str(oldOptions.get(k)), str(newOptions.get(k)))) {
                diffs.add("--" + k.replace('_', '-') + ": " + show(oldOptions.get(k)) + " in the folder, "
                        + show(newOptions.get(k)) + " now");
            }
        }
        if (replications < oldReps || (sequential && replications != oldReps)) {
            diffs.add("--replications: " + oldReps + " in the folder, " + replications + " now ("
                    + (sequential ? "a run with --precision resumes with the same --replications"
                    : "a resume never deletes finished replications: omit --replications, or give " + oldReps
                    + " or more to extend the run") + ")");
        }
        if (!diffs.isEmpty()) {
            throw new ResultsFolderException(folder + " was run with other settings; --resume needs the same scenario, "
                    + "--set values and options:\n  " + String.join("\n  ", diffs.subList(0, Math.min(diffs.size(), 12)))
                    + (diffs.size() > 12 ? "\n  … and " + (diffs.size() - 12) + " more" : "")
                    + "\n(use --force to start the folder again, or --out for another folder)");
        }
    }

    private static int recordedOr(Manifest manifest, Map<String, Object> oldOptions) {
        if (oldOptions.get("replications") instanceof Integer n) {
            return n;
        }
        return manifest.replications().size();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static String str(Object v) {
        return v == null ? null : v instanceof Number n ? Double.toString(n.doubleValue()) : v.toString();
    }

    private static String show(Object v) {
        return v == null ? "(none)" : v.toString();
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            java.util.TreeSet<String> keys = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                diff(path.isEmpty() ? k : path + "." + k, a.path(k), b.path(k), out);
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                diff(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
        } else if (a.isNumber() && b.isNumber() && a.asDouble() == b.asDouble()) {
            return;
        } else {
            out.add(path + ": " + cut(a) + " in the folder, " + cut(b) + " now");
        }
    }

    private static String cut(JsonNode n) {
        String s = n.isMissingNode() ? "(absent)" : n.toString();
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

}
