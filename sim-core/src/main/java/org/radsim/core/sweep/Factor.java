package org.radsim.core.sweep;

import java.util.List;

import org.radsim.core.scenario.Where;

/**
 * One factor of a sweep: a scenario key path (the same {@code key.path} that {@code --set} takes) or an input of a
 * test function, and the values it takes. Designs work in the unit hypercube; {@link #valueAt} maps a unit
 * coordinate u ∈ [0, 1] to a value: {@code min + u·(max − min)} for a uniform range, {@code min·(max/min)^u} for a
 * log-uniform range, and item {@code ⌊u·L⌋} (capped at L−1) of a list of L values. {@code levels} is the number of
 * levels a factorial or one-at-a-time design gives this factor (its list length for a list).
 *
 * @param integer round values to whole numbers (the scenario key is an integer, e.g. {@code population.size})
 */
public record Factor(String name, String path, double min, double max, boolean log, List<String> values,
                     int levels, boolean integer, Where where) {

    public Factor {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public boolean isList() {
        return !values.isEmpty();
    }

    /** The value at unit coordinate {@code u}, as text ready for a {@code path=value} override. */
    public String valueAt(double u) {
        if (isList()) {
            return values.get(listIndex(u));
        }
        return format(numberAt(u));
    }

    /** The number at unit coordinate {@code u}; for a list, its item parsed as a number (NaN when not one). */
    public double numberAt(double u) {
        if (isList()) {
            try {
                return Double.parseDouble(values.get(listIndex(u)));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        double v = log ? min * Math.pow(max / min, u) : min + u * (max - min);
        // keep the end points exact, whatever the floating-point rounding of the formula
        if (u <= 0) {
            v = min;
        } else if (u >= 1) {
            v = max;
        }
        return integer ? Math.rint(v) : v;
    }

    private int listIndex(double u) {
        return (int) Math.min(values.size() - 1, Math.max(0, Math.floor(u * values.size())));
    }

    /** Locale-independent text of a number: whole numbers without ".0", others as {@link Double#toString}. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
