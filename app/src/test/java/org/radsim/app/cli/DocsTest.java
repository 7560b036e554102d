package org.radsim.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radsim.core.scenario.ScenarioSchema;
import org.radsim.core.scenario.SchemaDocs;

/**
 * The key tables in the README and in docs/ODD.md are the ones the code generates, so every scenario key is
 * documented with its current default, unit and range. To refresh them after changing the schema:
 * {@code RADSIM_UPDATE_DOCS=1 mvn -q test -pl app -am -Dtest=DocsTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DocsTest {

    private static final String BEGIN = "<!-- keys:begin -->\n";
    private static final String END = "<!-- keys:end -->";

    @ParameterizedTest
    @ValueSource(strings = {"../README.md", "../docs/ODD.md"})
    void keyTablesMatchTheSchema(String file) throws IOException {
        Path p = Path.of(file);
        String text = Files.readString(p);
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        assertTrue(b >= 0 && e > b, file + " has the key-table markers");
        String generated = SchemaDocs.markdown(ScenarioSchema.root());
        String current = text.substring(b + BEGIN.length(), e);
        if ("1".equals(System.getenv("RADSIM_UPDATE_DOCS"))) {
            Files.writeString(p, text.substring(0, b + BEGIN.length()) + generated + text.substring(e));
            return;
        }
        assertEquals(generated, current, file + " key tables are out of date; see DocsTest's javadoc to refresh them");
    }
}
