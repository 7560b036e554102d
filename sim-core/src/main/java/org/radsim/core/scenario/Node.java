package org.radsim.core.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw tree of a scenario document, as written, each node remembering where it was written. Scenario files,
 * {@code extends:} parents and {@code --set} overrides are all merged at this level, before validation, so that
 * every problem can still name the file, line and column it came from.
 */
public sealed interface Node permits Node.Scalar, Node.Sequence, Node.Mapping {

    Where where();

    /** A scalar as written ({@code text}), with the YAML core-schema type SnakeYAML resolved for it. */
    record Scalar(String text, Type type, Where where) implements Node {
        /** The resolved YAML type of a scalar. */
        public enum Type { NULL, BOOLEAN, INTEGER, FLOAT, STRING }
    }

    /** A YAML sequence. */
    record Sequence(List<Node> items, Where where) implements Node { }

    /** A YAML mapping with string keys, in file order; {@code keyWhere} holds where each key was written. */
    record Mapping(LinkedHashMap<String, Node> entries, Map<String, Where> keyWhere, Where where) implements Node {

        /** Where a key was written, or where the mapping starts when the key is absent. */
        public Where whereOf(String key) {
            return keyWhere.getOrDefault(key, where);
        }
    }
}
