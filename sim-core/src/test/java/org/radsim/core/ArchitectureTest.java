package org.radsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void simCoreImportsNoGuiOrCommandLineLibrary() throws IOException {
        Path src = Path.of("src/main/java");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(src)) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String text = Files.readString(p);
                    return text.contains("import java.awt") || text.contains("import javax.swing")
                            || text.contains("import picocli") || text.contains("import org.jfree")
                            || text.contains("import sim.display") || text.contains("import sim.portrayal");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }
}
