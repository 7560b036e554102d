package org.radsim.core.classic.civilviolence;

import java.io.Serializable;

/**
 * Outburst statistics of a civil-violence run (Epstein 2002, punctuated equilibrium): an outburst starts at the
 * first tick the actives exceed the threshold and ends at the first tick they fall below it. Fed one tick at a
 * time (ticks 1, 2, …).
 * <ul>
 *   <li>{@code waits}: ticks from the end of one outburst to the start of the next (the quiet spell between them);</li>
 *   <li>{@code intervals}: ticks from the start of one outburst to the start of the next;</li>
 *   <li>{@code activation}: the sum of actives over an outburst's ticks;</li>
 *   <li>quiet share: ticks after {@link #BURN_IN} with fewer than {@link #QUIET_BELOW} actives.</li>
 * </ul>
 */
public final class Outbursts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Ticks up to this one are not counted in the quiet share (the initial transient). */
    public static final int BURN_IN = 100;
    /** A tick with fewer actives than this is quiet. */
    public static final int QUIET_BELOW = 10;

    private final int threshold;
    private boolean inside;
    private int count;
    private long lastStart = -1;
    private long lastEnd = -1;
    private double current;
    private double waitSum;
    private int waits;
    private double intervalSum;
    private int intervals;
    private double activationSum;
    private int activations;
    private int ticksAfterBurnIn;
    private int quietTicks;
    private int peak;

    public Outbursts(int threshold) {
        this.threshold = threshold;
    }

    /** Records the number of actives at {@code tick}. */
    public void observe(long tick, int actives) {
        peak = Math.max(peak, actives);
        if (tick > BURN_IN) {
            ticksAfterBurnIn++;
            if (actives < QUIET_BELOW) {
                quietTicks++;
            }
        }
        if (inside) {
            if (actives < threshold) {
                inside = false;
                lastEnd = tick;
                activationSum += current;
                activations++;
            } else {
                current += actives;
            }
        } else if (actives > threshold) {
            inside = true;
            count++;
            if (lastEnd >= 0) {
                waitSum += tick - lastEnd;
                waits++;
            }
            if (lastStart >= 0) {
                intervalSum += tick - lastStart;
                intervals++;
            }
            lastStart = tick;
            current = actives;
        }
    }

    /** Outbursts started so far (one still under way counts). */
    public int count() {
        return count;
    }

    /** Mean quiet spell between outbursts, or NaN with fewer than two outbursts. */
    public double meanWait() {
        return waits == 0 ? Double.NaN : waitSum / waits;
    }

    /** Mean ticks between the starts of consecutive outbursts, or NaN with fewer than two. */
    public double meanInterval() {
        return intervals == 0 ? Double.NaN : intervalSum / intervals;
    }

    /** Mean total activation of the completed outbursts, or NaN when none completed. */
    public double meanActivation() {
        return activations == 0 ? Double.NaN : activationSum / activations;
    }

    /** Share of ticks after {@link #BURN_IN} with fewer than {@link #QUIET_BELOW} actives (NaN if none). */
    public double quietShare() {
        return ticksAfterBurnIn == 0 ? Double.NaN : (double) quietTicks / ticksAfterBurnIn;
    }

    /** Most actives seen at one tick. */
    public int peak() {
        return peak;
    }
}
