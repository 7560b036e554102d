package org.radsim.core.output;

import java.util.regex.Pattern;

/**
 * Protection against spreadsheet formula injection ("CSV injection", OWASP): a text field that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read by Excel, LibreOffice and Google
 * Sheets as a formula, so a scenario, region or factor-value name such as {@code =HYPERLINK(…)} would run when a
 * collaborator opens a radsim table. As OWASP recommends, such a field is written with a single quote in front
 * ({@code '=HYPERLINK(…)}), which spreadsheets show as text; numbers are never changed, so {@code -0.5} stays a
 * number. Every radsim CSV writer passes its text fields through {@link #escape}; radsim's own readers undo it
 * with {@link #unescape}.
 *
 * <p>The mapping is reversible: a field that already starts with a quote followed by a text that would need
 * escaping gets one more quote, so {@code unescape(escape(s)) = s} for every string.
 */
public final class FormulaEscape {

    /** A plain decimal or scientific number, or a special value, as radsim writes them: never escaped. */
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?Infinity|NaN");

    private FormulaEscape() {
    }

    /** The field as it is safe to write into a CSV file. */
    public static String escape(String s) {
        return s != null && needsEscape(s) ? "'" + s : s;
    }

    /** The original text of a field written by {@link #escape}. */
    public static String unescape(String s) {
        return s != null && s.length() > 1 && s.charAt(0) == '\'' && needsEscape(s.substring(1)) ? s.substring(1) : s;
    }

    /** Whether a spreadsheet would take {@code s} for a formula (or it is an escaped text that looks like one). */
    public static boolean needsEscape(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return !NUMBER.matcher(s).matches();
        }
        return c == '\'' && s.length() > 1 && needsEscape(s.substring(1));
    }
}
