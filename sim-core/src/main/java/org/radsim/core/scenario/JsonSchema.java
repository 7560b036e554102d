package org.radsim.core.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes the scenario format as a JSON Schema (draft 2020-12), for editor completion and checking. */
public final class JsonSchema {

    private JsonSchema() {
    }

    /** The JSON Schema of {@code root} as pretty-printed JSON. */
    public static String of(Section root) {
        Map<String, Object> s = section(root);
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        out.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        out.put("title", "radsim scenario");
        out.putAll(s);
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> section(Section sec) {
        LinkedHashMap<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        s.put("description", sec.doc());
        LinkedHashMap<String, Object> props = new LinkedHashMap<>();
        for (Key k : sec.keys()) {
            props.put(k.name(), key(k));
        }
        if (sec.isUnion()) {
            List<Object> allOf = new ArrayList<>();
            for (Map.Entry<String, Section> v : sec.variants().entrySet()) {
                for (Key k : v.getValue().keys()) {
                    props.putIfAbsent(k.name(), key(k));
                }
                LinkedHashMap<String, Object> ifThen = new LinkedHashMap<>();
                ifThen.put("if", Map.of("properties", Map.of(sec.discriminator(), Map.of("const", v.getKey()))));
                List<String> allowed = new ArrayList<>(sec.keysFor(v.getKey()).keySet());
                ifThen.put("then", Map.of("propertyNames", Map.of("enum", allowed)));
                allOf.add(ifThen);
            }
            s.put("required", List.of(sec.discriminator()));
            s.put("allOf", allOf);
            s.put("properties", props);
        } else {
            s.put("properties", props);
            s.put("additionalProperties", false);
        }
        return s;
    }

    private static Map<String, Object> key(Key k) {
        LinkedHashMap<String, Object> p = new LinkedHashMap<>();
        String unit = k.unit().isEmpty() ? "" : " [" + k.unit() + "]";
        switch (k.kind()) {
            case INTEGER -> {
                p.put("type", "integer");
                p.put("minimum", (long) k.min());
                p.put("maximum", (long) k.max());
            }
            case NUMBER -> {
                p.put("type", "number");
                p.put(k.minExclusive() ? "exclusiveMinimum" : "minimum", k.min());
                p.put("maximum", k.max());
            }
            case BOOLEAN -> p.put("type", "boolean");
            case STRING -> p.put("type", k.defaultValue() == null ? List.of("string", "null") : "string");
            case CHOICE -> p.put("enum", k.choices());
            case STRING_LIST -> {
                p.put("type", "array");
                p.put("items", Map.of("type", "string"));
            }
            case SECTION -> {
                return section(k.section());
            }
            case SECTION_LIST -> {
                p.put("type", "array");
                p.put("items", section(k.section()));
            }
        }
        p.put("description", k.doc() + unit);
        if (k.defaultValue() != null && k.kind() != Key.Kind.SECTION_LIST) {
            p.put("default", k.defaultValue());
        }
        return p;
    }
}
