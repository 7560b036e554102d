package org.radsim.core.population;

/**
 * A citizen's stage. Two pyramids (McCauley &amp; Moskalenko 2017): the opinion pyramid (NEUTRAL, SYMPATHIZER,
 * RADICALIZED, set by the opinion) and the action pyramid (MEMBER, DETAINED, DISENGAGED, set by events). Most
 * people with radical views never act. Stored in the population arrays as {@link #code()}.
 */
public enum Stage {
    NEUTRAL, SYMPATHIZER, RADICALIZED, MEMBER, DETAINED, DISENGAGED;

    private static final Stage[] BY_CODE = values();

    public static final byte NEUTRAL_CODE = 0;
    public static final byte SYMPATHIZER_CODE = 1;
    public static final byte RADICALIZED_CODE = 2;
    public static final byte MEMBER_CODE = 3;
    public static final byte DETAINED_CODE = 4;
    public static final byte DISENGAGED_CODE = 5;

    public byte code() {
        return (byte) ordinal();
    }

    public static Stage of(byte code) {
        return BY_CODE[code];
    }

    /** Lower-case name used in output columns. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the stage belongs to the opinion pyramid (and so follows the opinion). */
    public static boolean inOpinionPyramid(byte code) {
        return code <= RADICALIZED_CODE;
    }
}
