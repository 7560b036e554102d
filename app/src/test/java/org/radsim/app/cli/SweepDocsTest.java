package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radsim.core.scenario.Key;
import org.radsim.core.scenario.Section;
import org.radsim.core.sweep.SweepSchema;

/** The README documents every key of the sweep file format. */
class SweepDocsTest {

    @Test
    void everySweepKeyIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("../README.md"));
        List<String> keys = new ArrayList<>();
        collect(SweepSchema.root(), "", keys);
        for (String k : keys) {
            assertTrue(doc.contains("| `" + k + "`") || doc.contains(", `" + k + "`") || doc.contains("`" + k + "` |"),
                    "README.md documents sweep key " + k);
        }
    }

    private static void collect(Section s, String prefix, List<String> out) {
        List<Key> all = new ArrayList<>(s.keys());
        s.variants().values().forEach(v -> all.addAll(v.keys()));
        for (Key k : all) {
            String name = prefix + k.name();
            if (k.kind() == Key.Kind.SECTION) {
                collect(k.section(), name + ".", out);
            } else if (k.kind() == Key.Kind.SECTION_LIST) {
                collect(k.section(), name + "[].", out);
            } else if (!out.contains(name)) {
                out.add(name);
            }
        }
    }
}
