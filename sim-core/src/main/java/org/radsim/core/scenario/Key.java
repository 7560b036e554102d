package org.radsim.core.scenario;

import java.util.List;
import java.util.Locale;

/**
 * One setting of the scenario format: its name, type, default, unit, valid range and a one-line description.
 * Defaults are defined here once; validation, the JSON Schema, the README tables, the ODD document and the
 * command-line help all read them from here.
 */
public final class Key {

    /** The value types a setting can take. */
    public enum Kind { INTEGER, NUMBER, BOOLEAN, STRING, CHOICE, STRING_LIST, SECTION, SECTION_LIST }

    private final String name;
    private final Kind kind;
    private final Object defaultValue;
    private final double min;
    private final double max;
    private final boolean minExclusive;
    private final String unit;
    private final String doc;
    private final List<String> choices;
    private final Section section;

    private Key(String name, Kind kind, Object defaultValue, double min, double max, boolean minExclusive,
                String unit, String doc, List<String> choices, Section section) {
        this.name = name;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.minExclusive = minExclusive;
        this.unit = unit;
        this.doc = doc;
        this.choices = choices;
        this.section = section;
    }

    /** A real number in {@code [min, max]}. */
    public static Key number(String name, double dflt, double min, double max, String unit, String doc) {
        return new Key(name, Kind.NUMBER, dflt, min, max, false, unit, doc, List.of(), null);
    }

    /** A real number in {@code (min, max]}: the lower bound itself is not allowed. */
    public static Key positive(String name, double dflt, double min, double max, String unit, String doc) {
        return new Key(name, Kind.NUMBER, dflt, min, max, true, unit, doc, List.of(), null);
    }

    /** A whole number in {@code [min, max]}. */
    public static Key integer(String name, long dflt, long min, long max, String unit, String doc) {
        return new Key(name, Kind.INTEGER, dflt, min, max, false, unit, doc, List.of(), null);
    }

    public static Key bool(String name, boolean dflt, String doc) {
        return new Key(name, Kind.BOOLEAN, dflt, 0, 0, false, "", doc, List.of(), null);
    }

    /** Free text; {@code dflt} may be null for "not set". */
    public static Key text(String name, String dflt, String doc) {
        return new Key(name, Kind.STRING, dflt, 0, 0, false, "", doc, List.of(), null);
    }

    /** One of a fixed set of words. */
    public static Key choice(String name, String dflt, List<String> choices, String doc) {
        return new Key(name, Kind.CHOICE, dflt, 0, 0, false, "", doc, List.copyOf(choices), null);
    }

    /** A list of words (e.g. languages, region names). */
    public static Key names(String name, List<String> dflt, String doc) {
        return new Key(name, Kind.STRING_LIST, List.copyOf(dflt), 0, 0, false, "", doc, List.of(), null);
    }

    /** A nested mapping. */
    public static Key section(String name, Section section) {
        return new Key(name, Kind.SECTION, null, 0, 0, false, "", section.doc(), List.of(), section);
    }

    /** A list of mappings of one shape (regions, interventions); {@code dflt} is the list used when absent. */
    public static Key sectionList(String name, Section element, String doc) {
        return new Key(name, Kind.SECTION_LIST, List.of(), 0, 0, false, "", doc, List.of(), element);
    }

    public String name() { return name; }
    public Kind kind() { return kind; }
    public Object defaultValue() { return defaultValue; }
    public double min() { return min; }
    public double max() { return max; }
    public boolean minExclusive() { return minExclusive; }
    public String unit() { return unit; }
    public String doc() { return doc; }
    public List<String> choices() { return choices; }
    public Section section() { return section; }

    /** The valid values, as a user reads them: {@code [0, 1]}, {@code (0, 10]}, {@code one of a, b}. */
    public String range() {
        return switch (kind) {
            case INTEGER -> "[" + (long) min + ", " + (long) max + "]";
            case NUMBER -> (minExclusive ? "(" : "[") + fmt(min) + ", " + fmt(max) + "]";
            case CHOICE -> "one of " + String.join(", ", choices);
            case BOOLEAN -> "true or false";
            case STRING -> "text";
            case STRING_LIST -> "list of names";
            case SECTION -> "mapping";
            case SECTION_LIST -> "list of mappings";
        };
    }

    /** The default as a user would write it in YAML. */
    public String defaultText() {
        if (defaultValue == null) {
            return kind == Kind.SECTION ? "" : "(none)";
        }
        if (defaultValue instanceof Double d) {
            return fmt(d);
        }
        if (defaultValue instanceof List<?> l) {
            return l.isEmpty() && kind == Kind.SECTION_LIST ? "(none)" : "[" + String.join(", ", l.stream().map(String::valueOf).toList()) + "]";
        }
        return String.valueOf(defaultValue);
    }

    static String fmt(double v) {
        if (v == Double.MAX_VALUE || v == Long.MAX_VALUE) {
            return "∞";
        }
        if (v == -Double.MAX_VALUE || v == Long.MIN_VALUE) {
            return "-∞";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
