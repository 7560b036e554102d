package org.radsim.analysis.decision;

import java.util.List;
import java.util.Locale;

/**
 * The selection of {@code radsim discover --where}: a small expression over a table's column names that says which
 * rows are the cases of interest, e.g. {@code final_cumulative_recruits > 1.5 * 400 and share < 0.1}.
 *
 * <p>Grammar (precedence from low to high):
 * <pre>
 *   expr    = and { ("or" | "||") and }
 *   and     = not { ("and" | "&amp;&amp;") not }
 *   not     = ("not" | "!") not | compare
 *   compare = sum [ ("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") sum ]
 *   sum     = product { ("+" | "-") product }
 *   product = unary { ("*" | "/") unary }
 *   unary   = "-" unary | number | column | "(" expr ")"
 *   column  = letter { letter | digit | "_" | "." }   or any name in backquotes: `regions[east].unemployment`
 * </pre>
 * It is checked when parsed: an unknown column, a number where a condition is needed or a condition where a number
 * is needed is an {@link IllegalArgumentException} naming the column (1-based) of the expression and, for an
 * unknown column, the ones there are. Nothing is evaluated but arithmetic and comparisons: no calls, no
 * assignments, no access to anything but the row.
 */
public final class Selection {

    private interface Node {
        double value(double[] row);

        boolean condition();
    }

    private final String text;
    private final Node root;

    private Selection(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** Parses {@code text} against the table's {@code columns}. */
    public static Selection parse(String text, List<String> columns) {
        Parser p = new Parser(text, columns);
        Node n = p.or();
        p.skip();
        if (p.pos < text.length()) {
            throw p.error(p.pos, "unexpected '" + text.charAt(p.pos) + "'");
        }
        if (!n.condition()) {
            throw p.error(0, "the expression is a number, not a condition (use <, >, ==, ...)");
        }
        return new Selection(text, n);
    }

    /** Whether {@code row} (values in the order of the parse's columns) is selected. */
    public boolean test(double[] row) {
        return root.value(row) != 0;
    }

    @Override
    public String toString() {
        return text;
    }

    private static final class Parser {
        private final String s;
        private final List<String> columns;
        private int pos;

        Parser(String s, List<String> columns) {
            this.s = s;
            this.columns = columns;
        }

        IllegalArgumentException error(int at, String what) {
            return new IllegalArgumentException("--where \"" + s + "\": column " + (at + 1) + ": " + what);
        }

        void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean word(String w) {
            skip();
            int end = pos + w.length();
            if (s.regionMatches(true, pos, w, 0, w.length())
                    && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)) && s.charAt(end) != '_')) {
                pos = end;
                return true;
            }
            return false;
        }

        boolean symbol(String sym) {
            skip();
            if (s.startsWith(sym, pos)) {
                pos += sym.length();
                return true;
            }
            return false;
        }

        Node or() {
            Node left = and();
            while (word("or") || symbol("||")) {
                int at = pos;
                Node l = left;
                Node r = and();
                requireConditions(at, l, r);
                left = cond(row -> l.value(row) != 0 || r.value(row) != 0);
            }
            return left;
        }

        Node and() {
            Node left = not();
            while (word("and") || symbol("&&")) {
                int at = pos;
                Node l = left;
                Node r = not();
                requireConditions(at, l, r);
                left = cond(row -> l.value(row) != 0 && r.value(row) != 0);
            }
            return left;
        }

        Node not() {
            skip();
            int at = pos;
            if (word("not") || (s.startsWith("!", pos) && !s.startsWith("!=", pos) && symbol("!"))) {
                Node n = not();
                if (!n.condition()) {
                    throw error(at, "'not' needs a condition");
                }
                return cond(row -> n.value(row) == 0);
            }
            return compare();
        }

        Node compare() {
            Node left = sum();
            skip();
            int at = pos;
            for (String op : new String[] {"<=", ">=", "==", "!=", "<", ">"}) {
                if (symbol(op)) {
                    Node r = sum();
                    if (left.condition() || r.condition()) {
                        throw error(at, "'" + op + "' compares numbers, not conditions");
                    }
                    Node l = left;
                    return switch (op) {
                        case "<=" -> cond(row -> l.value(row) <= r.value(row));
                        case ">=" -> cond(row -> l.value(row) >= r.value(row));
                        case "==" -> cond(row -> l.value(row) == r.value(row));
                        case "!=" -> cond(row -> l.value(row) != r.value(row));
                        case "<" -> cond(row -> l.value(row) < r.value(row));
                        default -> cond(row -> l.value(row) > r.value(row));
                    };
                }
            }
            return left;
        }

        Node sum() {
            Node left = product();
            while (true) {
                skip();
                int at = pos;
                if (symbol("+")) {
                    Node l = left;
                    Node r = product();
                    requireNumbers(at, l, r);
                    left = num(row -> l.value(row) + r.value(row));
                } else if (symbol("-")) {
                    Node l = left;
                    Node r = product();
                    requireNumbers(at, l, r);
                    left = num(row -> l.value(row) - r.value(row));
                } else {
                    return left;
                }
            }
        }

        Node product() {
            Node left = unary();
            while (true) {
                skip();
                int at = pos;
                if (symbol("*")) {
                    Node l = left;
                    Node r = unary();
                    requireNumbers(at, l, r);
                    left = num(row -> l.value(row) * r.value(row));
                } else if (symbol("/")) {
                    Node l = left;
                    Node r = unary();
                    requireNumbers(at, l, r);
                    left = num(row -> l.value(row) / r.value(row));
                } else {
                    return left;
                }
            }
        }

        Node unary() {
            skip();
            int at = pos;
            if (symbol("-")) {
                Node n = unary();
                requireNumbers(at, n, n);
                return num(row -> -n.value(row));
            }
            if (symbol("(")) {
                Node n = or();
                if (!symbol(")")) {
                    throw error(pos, "expected ')'");
                }
                return n;
            }
            if (pos >= s.length()) {
                throw error(pos, "the expression ends where a number or a column is expected");
            }
            char c = s.charAt(pos);
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    pos++;
                }
                if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                    pos++;
                    if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                        pos++;
                    }
                    while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                        pos++;
                    }
                }
                String lit = s.substring(start, pos);
                try {
                    double v = Double.parseDouble(lit);
                    return num(row -> v);
                } catch (NumberFormatException e) {
                    throw error(start, "'" + lit + "' is not a number");
                }
            }
            String name;
            if (c == '`') {
                int end = s.indexOf('`', pos + 1);
                if (end < 0) {
                    throw error(pos, "a backquoted column name is not closed");
                }
                name = s.substring(pos + 1, end);
                pos = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                        || s.charAt(pos) == '.')) {
                    pos++;
                }
                name = s.substring(start, pos);
            } else {
                throw error(pos, "unexpected '" + c + "'");
            }
            int index = columns.indexOf(name);
            if (index < 0) {
                throw error(at, "unknown column '" + name + "'" + suggestion(name) + "; the columns are: "
                        + String.join(", ", columns));
            }
            return num(row -> row[index]);
        }

        private String suggestion(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (String c : columns) {
                String cl = c.toLowerCase(Locale.ROOT);
                if (cl.equals(lower) || cl.endsWith("." + lower) || cl.endsWith("_" + lower) || cl.contains(lower)) {
                    return " (did you mean '" + c + "'?)";
                }
            }
            return "";
        }

        private void requireConditions(int at, Node l, Node r) {
            if (!l.condition() || !r.condition()) {
                throw error(at, "'and'/'or' join conditions, not numbers");
            }
        }

        private void requireNumbers(int at, Node l, Node r) {
            if (l.condition() || r.condition()) {
                throw error(at, "arithmetic needs numbers, not conditions");
            }
        }
    }

    private interface Eval {
        boolean test(double[] row);
    }

    private interface Value {
        double of(double[] row);
    }

    private static Node cond(Eval e) {
        return new Node() {
            public double value(double[] row) {
                return e.test(row) ? 1 : 0;
            }

            public boolean condition() {
                return true;
            }
        };
    }

    private static Node num(Value v) {
        return new Node() {
            public double value(double[] row) {
                return v.of(row);
            }

            public boolean condition() {
                return false;
            }
        };
    }
}
