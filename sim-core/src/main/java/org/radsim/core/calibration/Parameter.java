package org.radsim.core.calibration;

import org.radsim.core.scenario.Where;

/**
 * One calibrated parameter: a scenario key path (as {@code --set} takes it, e.g. {@code opinion.mu},
 * {@code regions[border-east].unemployment}, {@code interventions[0].coverage}) and its prior.
 *
 * @param integer the key is a whole number: values are rounded when applied
 */
public record Parameter(String name, String path, Prior prior, boolean integer, Where where) {

    /** The {@code path=value} override that sets this parameter to {@code value}. */
    public String override(double value) {
        return path + "=" + format(integer ? Math.rint(value) : value);
    }

    /** Locale-independent number text: whole numbers without ".0", others as {@link Double#toString}. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
