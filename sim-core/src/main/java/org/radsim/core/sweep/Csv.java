package org.radsim.core.sweep;

import java.util.ArrayList;
import java.util.List;

/** RFC-4180 fields for the sweep tables: quoted only when needed; a row is always one line. */
public final class Csv {

    private Csv() {
    }

    /** Line ending of the sweep tables (RFC 4180, as the run tables). */
    public static final String EOL = "\r\n";

    /** A field, quoted when it holds a comma or quote; line breaks become spaces so each row stays one line. */
    public static String field(String s) {
        String t = s.replace('\r', ' ').replace('\n', ' ');
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    /** Splits one line written with {@link #field}. */
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
