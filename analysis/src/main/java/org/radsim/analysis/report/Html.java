package org.radsim.analysis.report;

import java.util.List;
import java.util.Locale;

/**
 * A small XHTML writer: every text and attribute value goes through {@link #escape}, so user-supplied strings can
 * never inject markup. Output is well-formed XML (void elements self-closed) and also valid HTML5.
 */
final class Html {

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; max-width: 1100px;
                   margin: 2em auto; padding: 0 1em; line-height: 1.45; }
            h1 { font-size: 1.7em; margin-bottom: 0.2em; }
            h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
            h3 { font-size: 1.1em; margin-top: 1.5em; }
            p.lead { color: #555; margin-top: 0; }
            table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.9em; }
            th, td { border-bottom: 1px solid #ddd; padding: 0.3em 0.7em; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            caption { caption-side: top; text-align: left; color: #555; padding-bottom: 0.3em; }
            .pass { color: #fff; background: #1a7f37; padding: 0.1em 0.5em; border-radius: 3px; font-weight: bold; }
            .fail { color: #fff; background: #c62828; padding: 0.1em 0.5em; border-radius: 3px; font-weight: bold; }
            .warn { background: #fff4ce; border-left: 4px solid #e6a700; padding: 0.5em 0.8em; }
            .note { color: #555; font-size: 0.9em; }
            figure { margin: 1.5em 0; }
            figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
            figcaption { color: #555; font-size: 0.9em; }
            code { background: #f5f5f5; padding: 0 0.2em; }
            nav ul { columns: 2; }
            details { margin: 0.8em 0; }
            summary { cursor: pointer; color: #0550ae; }
            """;

    private final StringBuilder sb = new StringBuilder();

    /** Escapes text and attribute values for XML and HTML. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids are dropped rather than breaking the document
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    Html begin(String title) {
        sb.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        return this;
    }

    String end() {
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    Html h(int level, String id, String text) {
        sb.append("<h").append(level);
        if (id != null) {
            sb.append(" id=\"").append(escape(id)).append('"');
        }
        sb.append('>').append(escape(text)).append("</h").append(level).append(">\n");
        return this;
    }

    Html p(String text) {
        return p(null, text);
    }

    Html p(String cssClass, String text) {
        sb.append("<p").append(cssClass == null ? "" : " class=\"" + escape(cssClass) + "\"").append('>')
                .append(escape(text)).append("</p>\n");
        return this;
    }

    /** A paragraph of escaped text pieces, with pieces at odd positions set as {@code <code>}. */
    Html pCode(String... pieces) {
        sb.append("<p>");
        for (int i = 0; i < pieces.length; i++) {
            sb.append(i % 2 == 1 ? "<code>" + escape(pieces[i]) + "</code>" : escape(pieces[i]));
        }
        sb.append("</p>\n");
        return this;
    }

    /** Preformatted text (a tree, a listing). */
    Html pre(String text) {
        sb.append("<pre>").append(escape(text)).append("</pre>\n");
        return this;
    }

    Html open(String tag) {
        sb.append('<').append(tag).append(">\n");
        return this;
    }

    Html close(String tag) {
        sb.append("</").append(tag).append(">\n");
        return this;
    }

    Html li(String text) {
        sb.append("<li>").append(escape(text)).append("</li>\n");
        return this;
    }

    Html link(String href, String text) {
        sb.append("<a href=\"").append(escape(href)).append("\">").append(escape(text)).append("</a>");
        return this;
    }

    Html liLink(String href, String text, String after) {
        sb.append("<li>");
        link(href, text);
        sb.append(escape(after)).append("</li>\n");
        return this;
    }

    Html details(String summary) {
        sb.append("<details><summary>").append(escape(summary)).append("</summary>\n");
        return this;
    }

    Html endDetails() {
        sb.append("</details>\n");
        return this;
    }

    /** A table cell: text, right-aligned when numeric, or a pass/fail badge. */
    record Cell(String text, String cssClass) {
        static Cell text(String t) {
            return new Cell(t, null);
        }

        static Cell num(String t) {
            return new Cell(t, "num");
        }

        static Cell badge(String result) {
            return new Cell(result, result);
        }
    }

    Html table(String caption, List<String> head, List<List<Cell>> rows) {
        sb.append("<table>\n");
        if (caption != null) {
            sb.append("<caption>").append(escape(caption)).append("</caption>\n");
        }
        sb.append("<thead><tr>");
        for (String h : head) {
            sb.append("<th>").append(escape(h)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : rows) {
            sb.append("<tr>");
            for (Cell c : row) {
                if ("pass".equals(c.cssClass()) || "fail".equals(c.cssClass())) {
                    sb.append("<td><span class=\"").append(c.cssClass()).append("\">").append(escape(c.text()))
                            .append("</span></td>");
                } else {
                    sb.append(c.cssClass() == null ? "<td>" : "<td class=\"" + escape(c.cssClass()) + "\">")
                            .append(escape(c.text())).append("</td>");
                }
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        return this;
    }

    /** A chart: the PNG, linked to its SVG, with a caption. */
    Html figure(String png, String svg, String title, String caption) {
        sb.append("<figure>\n<a href=\"").append(escape(svg)).append("\"><img src=\"").append(escape(png))
                .append("\" alt=\"").append(escape(title)).append("\"/></a>\n<figcaption><strong>")
                .append(escape(title)).append(".</strong> ").append(escape(caption)).append(" (")
                .append("<a href=\"").append(escape(svg)).append("\">SVG</a>)</figcaption>\n</figure>\n");
        return this;
    }

    /** Numbers for people: 4 significant digits, thousands separators from 10 000 up, "n/a" for NaN. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "unbounded" : "−unbounded";
        }
        double a = Math.abs(v);
        String s;
        if (a == Math.rint(a) && a < 1e15) {
            s = String.format(Locale.ROOT, "%,d", (long) a);
        } else if (a >= 10_000) {
            s = String.format(Locale.ROOT, "%,.0f", a);
        } else if (a >= 1) {
            s = String.format(Locale.ROOT, "%.4g", a);
        } else if (a == 0) {
            s = "0";
        } else {
            s = String.format(Locale.ROOT, "%.3g", a);
        }
        return (v < 0 ? "−" : "") + s;
    }

    /** An interval "[lo, hi]". */
    static String interval(double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            return "n/a";
        }
        return "[" + num(lo) + ", " + num(hi) + "]";
    }

    /** A share as a signed percentage, "−12.3 %". */
    static String percent(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        String s = String.format(Locale.ROOT, "%.1f %%", Math.abs(v) * 100);
        return v < 0 ? "−" + s : (v > 0 ? "+" + s : s);
    }

    /** A p-value: "&lt; 0.001" below one in a thousand, else three decimals. */
    static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
