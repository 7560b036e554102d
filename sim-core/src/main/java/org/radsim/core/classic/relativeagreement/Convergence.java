package org.radsim.core.classic.relativeagreement;

/**
 * Deffuant et al.'s (2002) classes of the end state, from the shares {@code p'+}, {@code p'−} of initially
 * moderate agents that ended extreme: central if both &lt; 0.15, both extremes if both ≥ 0.25, single extreme
 * if one ≥ 0.7 and the other &lt; 0.1, else intermediate. {@link #code()} is the number written in summaries.
 */
public enum Convergence {
    CENTRAL(0), BOTH_EXTREMES(1), SINGLE_EXTREME(2), INTERMEDIATE(3);

    private final int code;

    Convergence(int code) {
        this.code = code;
    }

    /** The number written in summaries: 0 central, 1 both extremes, 2 single extreme, 3 intermediate. */
    public int code() {
        return code;
    }

    /** The class of an end state with shares {@code plus} and {@code minus}. */
    public static Convergence of(double plus, double minus) {
        if (plus < 0.15 && minus < 0.15) {
            return CENTRAL;
        }
        if (plus >= 0.25 && minus >= 0.25) {
            return BOTH_EXTREMES;
        }
        if ((plus >= 0.7 && minus < 0.1) || (minus >= 0.7 && plus < 0.1)) {
            return SINGLE_EXTREME;
        }
        return INTERMEDIATE;
    }

    /** The class with summary code {@code code}. */
    public static Convergence ofCode(int code) {
        for (Convergence c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new IllegalArgumentException("no convergence class " + code);
    }
}
