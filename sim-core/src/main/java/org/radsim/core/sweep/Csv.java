package org.radsim.core.sweep;

import java.util.ArrayList;
import java.util.List;

import org.radsim.core.output.FormulaEscape;

/**
 * RFC-4180 fields for the sweep tables: quoted only when needed; a row is always one line. A text a spreadsheet
 * would take for a formula is escaped the OWASP way ({@link FormulaEscape}: a leading quote, and the field wrapped
 * in double quotes); {@link #text} undoes it when radsim reads the field back.
 */
public final class Csv {

    private Csv() {
    }

    /** Line ending of the sweep tables (RFC 4180, as the run tables). */
    public static final String EOL = "\r\n";

    /**
     * A field, quoted when it holds a comma or quote or is escaped against formula injection; line breaks become
     * spaces so each row stays one line.
     */
    public static String field(String s) {
        String raw = s.replace('\r', ' ').replace('\n', ' ');
        String t = FormulaEscape.escape(raw);
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || !t.equals(raw)) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    /** The text of a field as split from a line: the original of a value escaped by {@link #field}. */
    public static String text(String field) {
        return FormulaEscape.unescape(field);
    }

    /** Splits one line written with {@link #field} (fields as written: see {@link #text}). */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
