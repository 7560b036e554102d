package org.radsim.core.scenario;

/**
 * A place in a scenario source: the file (or {@code --set} for command-line overrides), and a 1-based line
 * and column. Line 0 means "no line" (a key that was missing, or a whole-file problem).
 */
public record Where(String source, int line, int column) {

    /** A whole-file location, without line and column. */
    public static Where file(String source) {
        return new Where(source, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
