package org.radsim.core.sweep;

import java.util.List;

/**
 * Functions with known sensitivity indices, selectable in a sweep file ({@code model: ishigami}) instead of a base
 * scenario, so the estimators are checked through the same plan → run → merge → analyze path users run. Each
 * records one metric, {@code y}.
 * <ul>
 * <li>{@code ishigami}: y = sin x1 + a·sin² x2 + b·x3⁴·sin x1 with a = 7, b = 0.1, x_i ∈ [−π, π] (Ishigami &amp;
 * Homma 1990). V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V3 = 0,
 * V13 = b²π⁸(1/18 − 1/50).</li>
 * <li>{@code sobol_g}: y = Π (|4x_i − 2| + a_i)/(1 + a_i), x_i ∈ [0, 1], a = (0, 1, 4.5, 9, 99, 99, 99, 99)
 * (Saltelli et al. 2010). V_i = (1/3)/(1 + a_i)², V = Π(1 + V_i) − 1, S_i = V_i/V,
 * S_Ti = V_i·Π_{j≠i}(1 + V_j)/V.</li>
 * <li>{@code known_box}: the scenario-discovery check of issue 15, x_i ∈ [0, 1], five inputs; y = 1 inside
 * {@code [0.2, 0.5] × [0.6, 0.9]} of x1 and x2, else 0, with 10 % of the labels flipped by a fixed hash of the point
 * (so the noise is part of the function and every run of a point agrees). x3–x5 are inert.</li>
 * </ul>
 */
public enum TestFunction {

    ISHIGAMI("ishigami", 3, -Math.PI, Math.PI) {
        @Override
        public double value(double[] x) {
            double a = 7;
            double b = 0.1;
            double s2 = Math.sin(x[1]);
            return Math.sin(x[0]) + a * s2 * s2 + b * Math.pow(x[2], 4) * Math.sin(x[0]);
        }
    },
    SOBOL_G("sobol_g", 8, 0, 1) {
        @Override
        public double value(double[] x) {
            double y = 1;
            for (int i = 0; i < x.length; i++) {
                y *= (Math.abs(4 * x[i] - 2) + G_A[i]) / (1 + G_A[i]);
            }
            return y;
        }
    },
    KNOWN_BOX("known_box", 5, 0, 1) {
        @Override
        public double value(double[] x) {
            boolean inside = x[0] >= 0.2 && x[0] <= 0.5 && x[1] >= 0.6 && x[1] <= 0.9;
            long h = 0x9E3779B97F4A7C15L;
            for (double v : x) {
                h = Long.rotateLeft((h ^ Double.doubleToLongBits(v)) * 0xBF58476D1CE4E5B9L, 31);
            }
            h ^= h >>> 29;
            h *= 0x94D049BB133111EBL;
            h ^= h >>> 32;
            boolean flip = (h >>> 11) * 0x1.0p-53 < 0.1;
            return inside != flip ? 1 : 0;
        }
    };

    /** The coefficients a_i of the G function used by {@code sobol_g}. */
    public static final double[] G_A = {0, 1, 4.5, 9, 99, 99, 99, 99};

    private final String id;
    private final int inputs;
    private final double lower;
    private final double upper;

    TestFunction(String id, int inputs, double lower, double upper) {
        this.id = id;
        this.inputs = inputs;
        this.lower = lower;
        this.upper = upper;
    }

    public abstract double value(double[] x);

    /** The name used in sweep files. */
    public String id() {
        return id;
    }

    /** Input names x1 … xk, usable as factor paths. */
    public List<String> inputs() {
        return java.util.stream.IntStream.rangeClosed(1, inputs).mapToObj(i -> "x" + i).toList();
    }

    public double lower() {
        return lower;
    }

    public double upper() {
        return upper;
    }

    public static List<String> ids() {
        return java.util.Arrays.stream(values()).map(TestFunction::id).toList();
    }

    public static TestFunction byId(String id) {
        for (TestFunction f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no test function " + id);
    }
}
