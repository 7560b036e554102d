package org.radsim.core.classic.civilviolence;

import java.io.Serializable;

import org.radsim.core.scenario.Values;

/**
 * The settings of the {@code civil_violence:} section (see {@link org.radsim.core.scenario.ClassicSchema} for
 * defaults, units and ranges).
 *
 * @param maxJailTerm J_max in ticks, or −1 for jailed forever
 */
public record CivilViolenceParams(int width, int height, double citizenDensity, double copDensity, double vision,
                                  double legitimacy, int maxJailTerm, double threshold, double k, ArrestRule arrestRule,
                                  boolean movement, boolean activeCountsItself, boolean jailTermFromZero,
                                  boolean copMovesToArrest, Change legitimacyChange, Change copDensityChange,
                                  int outburstThreshold) implements Serializable {

    public CivilViolenceParams {
        if (citizenDensity + copDensity > 1.0) {
            throw new IllegalArgumentException("civil_violence: citizen_density + cop_density must not exceed 1");
        }
    }

    /** Reads the resolved {@code civil_violence:} section. */
    public static CivilViolenceParams from(Values v) {
        return new CivilViolenceParams(v.int32("width"), v.int32("height"), v.num("citizen_density"),
                v.num("cop_density"), v.num("vision"), v.num("legitimacy"), v.int32("max_jail_term"),
                v.num("threshold"), v.num("k"), ArrestRule.valueOf(v.str("arrest_rule").toUpperCase(java.util.Locale.ROOT)),
                v.bool("movement"), v.bool("active_counts_itself"), v.bool("jail_term_from_zero"),
                v.bool("cop_moves_to_arrest"), Change.from(v.section("legitimacy_change")),
                Change.from(v.section("cop_density_change")), v.int32("outburst_threshold"));
    }

    /**
     * The function f of the cops-to-actives ratio in {@code P = 1 − exp(−k · f(C/A))}. Epstein's paper prints
     * the plain ratio; NetLogo's Rebellion takes its floor (its Info tab explains that only then do the
     * published outbursts appear); Mesa's example rounds it (Python's round, half to even).
     */
    public enum ArrestRule {
        LITERAL, FLOOR, ROUND;

        /** f(C/A) for C cops and A = 1 + actives in vision. */
        public double apply(int cops, int a) {
            return switch (this) {
                case LITERAL -> (double) cops / a;
                case FLOOR -> cops / a;
                case ROUND -> Math.rint((double) cops / a);
            };
        }
    }

    /**
     * A change of a global value over time: none, a step to {@code value} at tick {@code start}, or a linear
     * ramp from the initial value at {@code start} to {@code value} at {@code end}.
     */
    public record Change(String type, long start, long end, double value) implements Serializable {

        static Change from(Values v) {
            return new Change(v.str("type"), v.integer("start"), v.integer("end"), v.num("value"));
        }

        /** The value at {@code tick}, starting from {@code initial}. */
        public double at(long tick, double initial) {
            return switch (type) {
                case "step" -> tick >= start ? value : initial;
                case "ramp" -> tick <= start ? initial
                        : tick >= end ? value
                        : initial + (value - initial) * (tick - start) / (double) (end - start);
                default -> initial;
            };
        }
    }
}
