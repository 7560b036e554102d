package org.radsim.app.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import sim.util.Properties;

/**
 * A fixed list of named properties for a MASON inspector, in the order they were added (MASON's reflection
 * order is not stable). Each property reads its value live through a supplier; a writable one hands new values
 * to a setter, which returns false to refuse them (the inspector then beeps and shows the old value). A
 * {@link sim.util.Interval} domain makes a slider, a {@code String[]} domain a pop-up list over an int index.
 */
final class PropertyList extends Properties {

    private static final long serialVersionUID = 1L;

    /** One row: name, one-line description (tooltip), type (a primitive TYPE or String), value, setter, domain. */
    record Entry(String name, String description, Class<?> type, Supplier<Object> getter,
                 Function<Object, Boolean> setter, Object domain) {
    }

    private final List<Entry> entries = new ArrayList<>();

    PropertyList add(String name, String description, Class<?> type, Supplier<Object> getter) {
        entries.add(new Entry(name, description, type, getter, null, null));
        return this;
    }

    PropertyList add(String name, String description, Class<?> type, Supplier<Object> getter,
                     Function<Object, Boolean> setter, Object domain) {
        entries.add(new Entry(name, description, type, getter, setter, domain));
        return this;
    }

    List<Entry> entries() {
        return entries;
    }

    @Override
    public boolean isVolatile() {
        // the list of properties never changes; their values are re-read by a volatile inspector each step
        return false;
    }

    @Override
    public int numProperties() {
        return entries.size();
    }

    @Override
    public Object getValue(int index) {
        return index < 0 || index >= entries.size() ? null : entries.get(index).getter().get();
    }

    @Override
    public boolean isReadWrite(int index) {
        return entries.get(index).setter() != null;
    }

    @Override
    public String getName(int index) {
        return entries.get(index).name();
    }

    @Override
    public Class getType(int index) {
        return entries.get(index).type();
    }

    @Override
    public Object getDomain(int index) {
        return entries.get(index).domain();
    }

    @Override
    public String getDescription(int index) {
        return entries.get(index).description();
    }

    @Override
    protected Object _setValue(int index, Object value) {
        Entry e = entries.get(index);
        if (e.setter() == null || !e.setter().apply(value)) {
            return null;
        }
        return getValue(index);
    }

    /** Parses numbers with a '.' decimal point whatever the locale (MASON's default parser follows the locale). */
    @Override
    public Object setValue(int index, String value) {
        Class<?> type = entries.get(index).type();
        try {
            if (type == Double.TYPE) {
                return _setValue(index, Double.parseDouble(value.trim()));
            }
            if (type == Integer.TYPE) {
                double d = Double.parseDouble(value.trim());
                return d == Math.rint(d) ? _setValue(index, (int) d) : null;
            }
            if (type == Long.TYPE) {
                double d = Double.parseDouble(value.trim());
                return d == Math.rint(d) ? _setValue(index, (long) d) : null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return super.setValue(index, value);
    }
}
