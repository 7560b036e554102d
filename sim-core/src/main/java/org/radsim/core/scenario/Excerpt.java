package org.radsim.core.scenario;

/**
 * A short, one-line excerpt of a value for an error message: at most {@value #MAX} characters, line breaks and
 * other control characters shown as {@code ⏎}/{@code ·}, and "…" where it was cut. A message quotes the user's
 * value only through this, so a mistaken {@code extends: /etc/shadow} or a 50 MB value never ends up printed whole.
 */
public final class Excerpt {

    /** Longest excerpt, in characters (the ellipsis included). */
    public static final int MAX = 40;

    private Excerpt() {
    }

    /** {@code text} shortened to at most {@link #MAX} characters on one line. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length() && sb.length() < MAX; i++) {
            char c = text.charAt(i);
            sb.append(c == '\n' ? '⏎' : Character.isISOControl(c) ? '·' : c);
        }
        if (text.length() > sb.length() || sb.length() > MAX) {
            sb.setLength(Math.min(sb.length(), MAX - 1));
            sb.append('…');
        }
        return sb.toString();
    }
}
