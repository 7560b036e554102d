package org.radsim.core.scenario;

/** Renders the scenario format as Markdown tables, one per section: key, default, unit, range, meaning. */
public final class SchemaDocs {

    private SchemaDocs() {
    }

    public static String markdown(Section root) {
        StringBuilder sb = new StringBuilder();
        table(sb, root, "");
        return sb.toString();
    }

    private static void table(StringBuilder sb, Section s, String path) {
        sb.append("#### `").append(path.isEmpty() ? "(top level)" : path).append("`\n\n");
        sb.append(s.doc()).append("\n\n");
        sb.append("| key | default | unit | range | meaning |\n|---|---|---|---|---|\n");
        for (Key k : s.keys()) {
            if (k.kind() == Key.Kind.SECTION || k.kind() == Key.Kind.SECTION_LIST) {
                sb.append(row(k.name(), "", "", k.range(), k.doc() + " (see `" + join(path, k.name()) + "`)"));
            } else {
                sb.append(row(k.name(), k.defaultText(), k.unit(), k.range(), k.doc()));
            }
        }
        sb.append('\n');
        for (Key k : s.keys()) {
            if (k.kind() == Key.Kind.SECTION) {
                table(sb, k.section(), join(path, k.name()));
            } else if (k.kind() == Key.Kind.SECTION_LIST) {
                table(sb, k.section(), join(path, k.name()) + "[]");
            }
        }
        if (s.isUnion()) {
            for (var v : s.variants().entrySet()) {
                sb.append("#### `").append(path).append("` with `").append(s.discriminator()).append(": ")
                        .append(v.getKey()).append("`\n\n").append(v.getValue().doc()).append("\n\n");
                sb.append("| key | default | unit | range | meaning |\n|---|---|---|---|---|\n");
                for (Key k : v.getValue().keys()) {
                    sb.append(row(k.name(), k.defaultText(), k.unit(), k.range(), k.doc()));
                }
                sb.append('\n');
            }
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String row(String... cells) {
        StringBuilder sb = new StringBuilder("|");
        for (String c : cells) {
            sb.append(' ').append(c.isEmpty() ? " " : c.replace("|", "\\|")).append(" |");
        }
        return sb.append('\n').toString();
    }
}
