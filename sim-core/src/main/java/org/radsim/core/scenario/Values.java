package org.radsim.core.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only, typed view of one resolved section: every key present (defaults filled in), already validated.
 * Mechanism parameter records are built from it.
 */
public final class Values implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Object> map;
    private final String path;

    public Values(Map<String, Object> map, String path) {
        this.map = Collections.unmodifiableMap(map);
        this.path = path;
    }

    public double num(String key) {
        Object v = get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    public long integer(String key) {
        return ((Number) get(key)).longValue();
    }

    public int int32(String key) {
        return Math.toIntExact(integer(key));
    }

    public boolean bool(String key) {
        return (Boolean) get(key);
    }

    public String str(String key) {
        Object v = map.get(key);
        return v == null ? null : v.toString();
    }

    @SuppressWarnings("unchecked")
    public List<String> names(String key) {
        return (List<String>) get(key);
    }

    @SuppressWarnings("unchecked")
    public Values section(String key) {
        return new Values((Map<String, Object>) get(key), path.isEmpty() ? key : path + "." + key);
    }

    @SuppressWarnings("unchecked")
    public List<Values> list(String key) {
        List<Object> items = (List<Object>) get(key);
        String p = path.isEmpty() ? key : path + "." + key;
        return java.util.stream.IntStream.range(0, items.size())
                .mapToObj(i -> new Values((Map<String, Object>) items.get(i), p + "[" + i + "]")).toList();
    }

    public boolean has(String key) {
        return map.containsKey(key);
    }

    /** The dotted path of this section, e.g. {@code regions[2]}. */
    public String path() {
        return path;
    }

    /** The underlying resolved tree (unmodifiable), for recording and for the GUI's scenario export. */
    public Map<String, Object> asMap() {
        return map;
    }

    /** A deep, mutable copy of the resolved tree. */
    @SuppressWarnings("unchecked")
    public static Object deepCopy(Object o) {
        if (o instanceof Map<?, ?> m) {
            LinkedHashMap<String, Object> c = new LinkedHashMap<>();
            m.forEach((k, v) -> c.put((String) k, deepCopy(v)));
            return c;
        }
        if (o instanceof List<?> l) {
            return new java.util.ArrayList<>(l.stream().map(Values::deepCopy).toList());
        }
        return o;
    }

    private Object get(String key) {
        if (!map.containsKey(key)) {
            throw new IllegalArgumentException("no key " + key + " in " + (path.isEmpty() ? "scenario" : path));
        }
        return map.get(key);
    }
}
