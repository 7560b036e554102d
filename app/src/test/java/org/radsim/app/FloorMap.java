package org.radsim.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor map of radsim's packages (docs/ARCHITECTURE.md) and the check that a source file imports only
 * packages on lower floors. A package stands on one floor; a file may use a radsim type only from a strictly
 * lower floor (or its own package). Every radsim package must be on the map: a new package fails until it is
 * added here, on purpose.
 *
 * <p>The check reads the text: {@code import} and {@code import static} lines, wildcard imports, and
 * fully-qualified {@code org.radsim...Type} uses in code (comments and string literals are left out).
 */
final class FloorMap {

    /** One broken rule: where, what, and the two floors. */
    record Violation(String file, String reference, String message) {
        @Override
        public String toString() {
            return message;
        }
    }

    private record Floor(int level, String module, List<String> packages) {
    }

    /** The floors, lowest first. {@code x.*} stands for the sub-packages of {@code x}. */
    private static final List<Floor> FLOORS = List.of(
            floor(1, "sim-core", "org.radsim.core.scenario", "org.radsim.core.replication", "org.radsim.core.output"),
            floor(2, "sim-core", "org.radsim.core.population", "org.radsim.core.network"),
            floor(3, "sim-core", "org.radsim.core.mechanism"),
            floor(4, "sim-core", "org.radsim.core.intervention", "org.radsim.core.classic", "org.radsim.core.classic.*"),
            floor(5, "sim-core", "org.radsim.core.model"),
            floor(6, "sim-core", "org.radsim.core.run"),
            floor(7, "sim-core", "org.radsim.core.sweep"),
            floor(8, "sim-core", "org.radsim.core.calibration", "org.radsim.core.optimisation"),
            floor(9, "scenarios", "org.radsim.scenarios", "org.radsim.scenarios.validation"),
            floor(10, "analysis", "org.radsim.analysis.results"),
            floor(11, "analysis", "org.radsim.analysis.stats"),
            floor(12, "analysis", "org.radsim.analysis.chart", "org.radsim.analysis.compare",
                    "org.radsim.analysis.sensitivity"),
            floor(13, "analysis", "org.radsim.analysis.decision"),
            floor(14, "analysis", "org.radsim.analysis.report"),
            floor(15, "analysis", "org.radsim.analysis.calibration"),
            floor(16, "app", "org.radsim.app.bench", "org.radsim.app.gui"),
            floor(17, "app", "org.radsim.app.cli"),
            floor(18, "bench", "org.radsim.bench"));

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile(
            "(?m)^\\s*import\\s+(?:static\\s+)?(org\\.radsim(?:\\.\\w+)*?)(?:\\.([A-Z]\\w*)[\\w.]*|\\.\\*)\\s*;");
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])(org\\.radsim(?:\\.[a-z_]\\w*)+)\\.([A-Z]\\w*)");
    private static final Pattern GUI_NAME = Pattern.compile("\\b([A-Z]\\w*Gui)\\b");
    /** GUI classes any class of app.gui may name: the shared frame base and the two-scenario view. */
    private static final Set<String> SHARED_GUIS = Set.of("ScenarioGui", "CompareGui");

    private final Map<String, Floor> exact = new LinkedHashMap<>();
    private final Map<String, Floor> prefixes = new LinkedHashMap<>();

    FloorMap() {
        for (Floor f : FLOORS) {
            for (String p : f.packages()) {
                if (p.endsWith(".*")) {
                    prefixes.put(p.substring(0, p.length() - 1), f);
                } else {
                    exact.put(p, f);
                }
            }
        }
    }

    private static Floor floor(int level, String module, String... packages) {
        return new Floor(level, module, List.of(packages));
    }

    /** The floor of a package, or -1 when the map does not name it. */
    int floorOf(String pkg) {
        Floor f = lookup(pkg);
        return f == null ? -1 : f.level();
    }

    private Floor lookup(String pkg) {
        Floor f = exact.get(pkg);
        if (f != null) {
            return f;
        }
        for (Map.Entry<String, Floor> e : prefixes.entrySet()) {
            if (pkg.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The rules {@code text} (the source of the file at {@code path}) breaks; empty when it keeps them all. */
    List<Violation> check(String path, String text) {
        List<Violation> out = new ArrayList<>();
        Matcher pm = PACKAGE.matcher(text);
        if (!pm.find()) {
            out.add(new Violation(path, "", path + " declares no package"));
            return out;
        }
        String own = pm.group(1);
        Floor mine = lookup(own);
        if (mine == null) {
            out.add(new Violation(path, own, path + ": package " + own + " is on no floor: add it to the floor map "
                    + "(app/src/test/java/org/radsim/app/FloorMap.java and docs/ARCHITECTURE.md)"));
            return out;
        }
        TreeSet<String> seen = new TreeSet<>();
        Matcher im = IMPORT.matcher(text);
        while (im.find()) {
            String pkg = im.group(1);
            String type = im.group(2);
            if (type == null) {
                seen.add(pkg + ".*");
            } else {
                seen.add(pkg + "." + type);
            }
        }
        Matcher qm = QUALIFIED.matcher(code(text));
        while (qm.find()) {
            seen.add(qm.group(1) + "." + qm.group(2));
        }
        for (String ref : seen) {
            String pkg = ref.substring(0, ref.lastIndexOf('.'));
            if (pkg.equals(own)) {
                continue;
            }
            Floor theirs = lookup(pkg);
            if (theirs == null) {
                out.add(new Violation(path, ref, path + " uses " + ref + ": package " + pkg
                        + " is on no floor: add it to the floor map (FloorMap and docs/ARCHITECTURE.md)"));
            } else if (theirs.level() >= mine.level()) {
                out.add(new Violation(path, ref, path + " imports " + ref + ": " + own + " is on floor "
                        + mine.level() + " (" + mine.module() + "), " + pkg + " on floor " + theirs.level() + " ("
                        + theirs.module() + "); a package may import only lower floors"));
            }
        }
        if (own.equals("org.radsim.app.gui")) {
            out.addAll(checkGui(path, text));
        }
        return out;
    }

    /**
     * The app/gui rules: a portrayal draws what a supplier hands it and names no GUI class; a model's GUI names
     * no other model's GUI (only the shared base {@code ScenarioGui} and {@code CompareGui}); the model switch
     * lives in the command that opens a GUI, so {@code ScenarioGui} names none of its subclasses.
     */
    private static List<Violation> checkGui(String path, String text) {
        String file = path.replace('\\', '/');
        String self = file.substring(file.lastIndexOf('/') + 1).replace(".java", "");
        List<Violation> out = new ArrayList<>();
        TreeSet<String> named = new TreeSet<>();
        Matcher m = GUI_NAME.matcher(code(text));
        while (m.find()) {
            named.add(m.group(1));
        }
        named.remove(self);
        for (String g : named) {
            if (self.endsWith("Portrayal")) {
                out.add(new Violation(path, g, path + " names " + g + ": a portrayal gets what it draws from a "
                        + "supplier of the shown state, not from a GUI class"));
            } else if (self.endsWith("Gui") && !SHARED_GUIS.contains(g)) {
                out.add(new Violation(path, g, path + " names " + g + ": a model's GUI may name only the shared "
                        + SHARED_GUIS + "; the model switch lives in GuiCommand"));
            }
        }
        return out;
    }

    /** The text without comments and string or character literals (their content is no dependency). */
    static String code(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                b.append(' ');
            } else if (c == '"' || c == '\'') {
                boolean block = c == '"' && text.startsWith("\"\"\"", i);
                String close = block ? "\"\"\"" : String.valueOf(c);
                i += close.length();
                while (i < n && !text.startsWith(close, i)) {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i += close.length();
                b.append("\"\"");
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** The floors as "level module: packages" lines, lowest first (for docs and failure messages). */
    static List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (Floor f : FLOORS) {
            lines.add(f.level() + " " + f.module() + ": " + String.join(", ", f.packages()));
        }
        return lines;
    }
}
