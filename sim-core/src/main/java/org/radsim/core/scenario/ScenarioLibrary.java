package org.radsim.core.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The built-in scenario library: the YAML files packaged under {@code scenarios/} on the class path. */
public final class ScenarioLibrary {

    /** A built-in scenario: its name (usable wherever a scenario file is) and the question it answers. */
    public record Entry(String name, String question) { }

    private ScenarioLibrary() {
    }

    public static List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        for (String name : names()) {
            out.add(new Entry(name, question(name)));
        }
        return out;
    }

    /** Built-in names, sorted, e.g. {@code baseline}, {@code validation/cv1-punctuated}. */
    public static List<String> names() {
        URL anchor = ScenarioLibrary.class.getClassLoader().getResource(ScenarioLoader.BUILTIN_ROOT + "baseline.yaml");
        if (anchor == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try {
            if ("jar".equals(anchor.getProtocol())) {
                JarURLConnection c = (JarURLConnection) anchor.openConnection();
                c.setUseCaches(false);
                try (JarFile jar = c.getJarFile()) {
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(ScenarioLoader.BUILTIN_ROOT) && n.endsWith(".yaml"))
                            .forEach(n -> names.add(n.substring(ScenarioLoader.BUILTIN_ROOT.length(), n.length() - 5)));
                }
            } else {
                Path root = Path.of(anchor.toURI()).getParent();
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(p -> p.toString().endsWith(".yaml")).forEach(p -> {
                        String rel = root.relativize(p).toString().replace('\\', '/');
                        names.add(rel.substring(0, rel.length() - 5));
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        // sweep files are packaged beside the scenarios but are not scenarios
        names.removeIf(n -> n.startsWith("sweeps/"));
        names.sort(String::compareTo);
        return names;
    }

    /** The {@code description:} of a built-in scenario, read without validating it. */
    public static String question(String name) {
        try (InputStream in = ScenarioLibrary.class.getClassLoader()
                .getResourceAsStream(ScenarioLoader.BUILTIN_ROOT + name + ".yaml")) {
            Node n = YamlReader.readBytes(in.readAllBytes(), name);
            if (n instanceof Node.Mapping m && m.entries().get("description") instanceof Node.Scalar s) {
                return s.text().replaceAll("\\s+", " ").trim();
            }
        } catch (IOException | ScenarioException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
        return "";
    }
}
