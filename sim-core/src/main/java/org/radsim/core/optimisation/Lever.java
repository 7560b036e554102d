package org.radsim.core.optimisation;

import java.util.List;
import java.util.Locale;

/**
 * One intervention whose settings the search chooses: its coverage in {@code [coverageMin, coverageMax]}, its start
 * tick in {@code [startMin, startMax]} and, when more than one is listed, its target group. When {@code coverageMin}
 * is 0 the lever also has an on/off variable (off below 0.5): region-wide measures cost per region-year whatever
 * their coverage, so "off" must be a choice of its own and not the single point coverage = 0 of a range. An off
 * lever is left out of the package (and out of its cost).
 *
 * @param type    intervention type, as in {@code interventions[].type}
 * @param targets target groups to choose among; empty = the intervention's own
 * @param set     fixed settings, {@code key=value}
 */
public record Lever(String type, double coverageMin, double coverageMax, long startMin, long startMax,
                    List<String> targets, List<String> set) {

    public Lever {
        targets = List.copyOf(targets);
        set = List.copyOf(set);
    }

    /** Decision variables this lever contributes: coverage, start and target, each only when it can vary. */
    int variables() {
        return (optional() ? 1 : 0) + (coverageMax > coverageMin ? 1 : 0) + (startMax > startMin ? 1 : 0)
                + (targets.size() > 1 ? 1 : 0);
    }

    /** Whether the search may switch the lever off (its coverage range starts at 0). */
    boolean optional() {
        return coverageMin == 0 && coverageMax > 0;
    }

    /**
     * The lever's setting for decision values {@code x[from …]} in [0, 1] each.
     *
     * @return the setting; {@link Setting#coverage()} 0 means "off"
     */
    Setting decode(double[] x, int from) {
        int i = from;
        boolean on = !optional() || x[i++] >= 0.5;
        double coverage = coverageMax > coverageMin ? coverageMin + x[i++] * (coverageMax - coverageMin) : coverageMin;
        long start = startMax > startMin ? startMin + Math.round(x[i++] * (startMax - startMin)) : startMin;
        String target = targets.isEmpty() ? null : targets.size() == 1 ? targets.get(0)
                : targets.get(Math.min(targets.size() - 1, (int) Math.floor(x[i++] * targets.size())));
        // three decimals are enough for a coverage and keep the package readable and reproducible from its words
        coverage = on ? Math.round(coverage * 1000) / 1000.0 : 0;
        return new Setting(this, coverage, start, target);
    }

    /**
     * A lever set to values.
     *
     * @param target the chosen target group, or null for the intervention's own
     */
    public record Setting(Lever lever, double coverage, long start, String target) {

        public boolean off() {
            return coverage <= 0;
        }

        /** The intervention as a YAML flow mapping for {@code interventions=[…]}. */
        String yaml() {
            StringBuilder sb = new StringBuilder("{type: ").append(lever.type()).append(", coverage: ")
                    .append(coverage).append(", start: ").append(start);
            if (target != null) {
                sb.append(", target: ").append(target);
            }
            for (String kv : lever.set()) {
                int eq = kv.indexOf('=');
                sb.append(", ").append(kv, 0, eq).append(": ").append(kv.substring(eq + 1));
            }
            return sb.append('}').toString();
        }

        /** In words, e.g. {@code jobs 32 % from tick 52 (high_risk)}. */
        public String words() {
            if (off()) {
                return lever.type() + " off";
            }
            return String.format(Locale.ROOT, "%s %.1f %% from tick %d%s", lever.type(), 100 * coverage, start,
                    target == null ? "" : " (" + target + ")");
        }
    }
}
