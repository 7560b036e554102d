package org.radsim.core.scenario;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping of the scenario format: its keys in documentation order. A section may be a tagged union (the
 * interventions): then {@code discriminator} names the key that selects a variant, and each variant adds its
 * own keys to the common ones.
 */
public final class Section {

    private final String name;
    private final String doc;
    private final LinkedHashMap<String, Key> keys = new LinkedHashMap<>();
    private final String discriminator;
    private final LinkedHashMap<String, Section> variants = new LinkedHashMap<>();

    private Section(String name, String doc, String discriminator) {
        this.name = name;
        this.doc = doc;
        this.discriminator = discriminator;
    }

    public static Section of(String name, String doc, Key... keys) {
        Section s = new Section(name, doc, null);
        for (Key k : keys) {
            s.add(k);
        }
        return s;
    }

    /** A tagged union: {@code common} keys (including the discriminator, a CHOICE) plus per-variant keys. */
    public static Section union(String name, String doc, String discriminator, List<Key> common,
                                Map<String, Section> variants) {
        Section s = new Section(name, doc, discriminator);
        common.forEach(s::add);
        s.variants.putAll(variants);
        return s;
    }

    public Section add(Key key) {
        if (keys.putIfAbsent(key.name(), key) != null) {
            throw new IllegalArgumentException("duplicate key " + key.name() + " in section " + name);
        }
        return this;
    }

    public String name() { return name; }
    public String doc() { return doc; }
    public Collection<Key> keys() { return keys.values(); }
    public Key key(String k) { return keys.get(k); }
    public String discriminator() { return discriminator; }
    public Map<String, Section> variants() { return variants; }
    public boolean isUnion() { return discriminator != null; }

    /** The keys valid in a mapping of this section whose discriminator is {@code variant} (may be null). */
    public LinkedHashMap<String, Key> keysFor(String variant) {
        LinkedHashMap<String, Key> all = new LinkedHashMap<>(keys);
        if (variant != null && variants.containsKey(variant)) {
            all.putAll(variants.get(variant).keys);
        }
        return all;
    }
}
