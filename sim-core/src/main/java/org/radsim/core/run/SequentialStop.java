package org.radsim.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies a {@link StopRule} while replications finish in any order: every prefix of replications 0, 1, 2, … is
 * judged in index order, so the run stops at the first prefix that is enough whatever order the replications
 * happen to finish in (and the result does not depend on the thread count).
 */
final class SequentialStop {

    private final StopRule rule;
    private final int minimum;
    private int judged;
    private String reason;
    private int stopAt;

    /**
     * @param minimum replications always run before the rule is asked
     * @param total   the cap: replications run at most
     */
    SequentialStop(StopRule rule, int minimum, int total) {
        this.rule = rule;
        this.minimum = minimum;
        this.stopAt = total;
    }

    /** Judges the prefixes not judged yet; after the first that is enough, {@link #stopAt} is where it ends. */
    void judge(TreeMap<Integer, Map<String, Double>> summaries, TreeMap<Integer, String> errors) {
        if (reason != null) {
            return;
        }
        List<Map<String, Double>> prefix = prefix(summaries, errors);
        for (int len = Math.max(judged + 1, minimum); len <= prefix.size(); len++) {
            List<Map<String, Double>> head = prefix.subList(0, len);
            if (rule.enough(head)) {
                reason = rule.describe(head);
                stopAt = indexAfter(summaries, len);
                break;
            }
        }
        judged = Math.max(judged, prefix.size());
    }

    /** Replications {@code 0..stopAt-1} make the run. */
    int stopAt() {
        return stopAt;
    }

    /** Why the run stopped: the rule's verdict, or that the cap came first. */
    String reason(TreeMap<Integer, Map<String, Double>> summaries, TreeMap<Integer, String> errors, int total) {
        return reason != null ? reason
                : "reached max replications (" + total + ") before: " + rule.describe(prefix(summaries, errors));
    }

    private static List<Map<String, Double>> prefix(TreeMap<Integer, Map<String, Double>> s, TreeMap<Integer, String> errors) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (int r = 0; s.containsKey(r) || errors.containsKey(r); r++) {
            if (s.containsKey(r)) {
                out.add(s.get(r));
            }
        }
        return out;
    }

    /** The replication index just after the {@code len}-th completed replication. */
    private static int indexAfter(TreeMap<Integer, Map<String, Double>> s, int len) {
        int seen = 0;
        for (int r : s.keySet()) {
            if (++seen == len) {
                return r + 1;
            }
        }
        return s.isEmpty() ? 0 : s.lastKey() + 1;
    }

}
