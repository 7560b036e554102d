package org.radsim.core.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plan as read back from {@code plan.json}: what merging, status and analysis need, without the sweep file.
 *
 * @param design  the design settings: {@code type} and its own keys (n, second_order, trajectories, levels)
 * @param outputs the tables each run records ({@link Sweep#OUTPUTS})
 */
public record PlanInfo(String hash, String name, String model, long runs, int points, int replications,
                       Map<String, Object> design, List<FactorInfo> factors, List<String> metrics, String sweepFile,
                       List<String> outputs) {

    /** One factor as recorded: a range (min, max, log) or a list of values. */
    public record FactorInfo(String name, String path, double min, double max, boolean log, List<String> values) {
        public boolean isList() {
            return !values.isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    static PlanInfo from(Map<String, Object> m) {
        List<FactorInfo> fs = new ArrayList<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) m.get("factors")) {
            List<String> values = f.containsKey("values") ? ((List<Object>) f.get("values")).stream().map(String::valueOf).toList() : List.of();
            fs.add(new FactorInfo((String) f.get("name"), (String) f.get("path"),
                    f.containsKey("min") ? ((Number) f.get("min")).doubleValue() : Double.NaN,
                    f.containsKey("max") ? ((Number) f.get("max")).doubleValue() : Double.NaN,
                    "log".equals(f.get("scale")), values));
        }
        return new PlanInfo((String) m.get("hash"), (String) m.get("name"), (String) m.get("model"),
                ((Number) m.get("runs")).longValue(), ((Number) m.get("points")).intValue(),
                ((Number) m.get("replications")).intValue(), (Map<String, Object>) m.get("design"), fs,
                (List<String>) m.get("metrics"), (String) m.get("sweep_file"),
                m.containsKey("outputs") ? (List<String>) m.get("outputs") : List.of(Sweep.SUMMARY));
    }

    public String designType() {
        return (String) design.get("type");
    }

    public int designInt(String key) {
        return ((Number) design.get(key)).intValue();
    }

    public List<String> factorNames() {
        return factors.stream().map(FactorInfo::name).toList();
    }

    /** The header of result rows, as {@link Plan#header()}. */
    public List<String> header() {
        List<String> h = new ArrayList<>(List.of("run", "point", "replication", "seed"));
        h.addAll(factorNames());
        h.add("status");
        h.add("error");
        h.addAll(metrics);
        return h;
    }
}
