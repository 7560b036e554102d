package org.radsim.core.mechanism;

/**
 * The relative-agreement rule of Deffuant, Amblard, Weisbuch &amp; Faure (2002), "How can extremism prevail?",
 * JASSS 5(4) 1. A speaker with opinion {@code x_i} and uncertainty {@code u_i} influences a listener
 * {@code (x_j, u_j)} when their opinion segments overlap by more than the speaker's uncertainty:
 * <pre>
 *   h_ij = min(x_i + u_i, x_j + u_j) − max(x_i − u_i, x_j − u_j)
 *   if h_ij &gt; u_i:   x_j += μ (h_ij / u_i − 1)(x_i − x_j),   u_j += μ (h_ij / u_i − 1)(u_i − u_j)
 * </pre>
 * The same rule is used by the classic model (pairwise, both directions) and by the radicalization model
 * (one-sided, synchronous, members and propaganda as extremist speakers). Scenario keys: {@code opinion.mu},
 * {@code relative_agreement.mu}.
 */
public final class RelativeAgreement {

    private RelativeAgreement() {
    }

    /**
     * The weight {@code μ (h_ij / u_i − 1)} of speaker i on listener j, or 0 when the overlap does not exceed
     * the speaker's uncertainty (the strict inequality of the paper). Apply it as
     * {@code x_j += w (x_i − x_j); u_j += w (u_i − u_j)}, with the values from before the meeting.
     */
    public static double weight(double mu, double xi, double ui, double xj, double uj) {
        double h = Math.min(xi + ui, xj + uj) - Math.max(xi - ui, xj - uj);
        return h > ui ? mu * (h / ui - 1.0) : 0.0;
    }

    /**
     * {@link #weight} in single precision, for the radicalization model's social influence, whose opinions and
     * uncertainties are floats: the same formula and the same strict inequality, each operation rounded to float
     * (relative error of order 10<sup>-7</sup>, far below the model's stochastic noise); on the step that dominates a
     * tick it saves four conversions to double and a double division per listener.
     */
    public static float weightInFloat(float mu, float xi, float ui, float xj, float uj) {
        float h = Math.min(xi + ui, xj + uj) - Math.max(xi - ui, xj - uj);
        return h > ui ? mu * (h / ui - 1f) : 0f;
    }

    /** {@link #toward} in single precision: {@code v + w (target − v)}, each operation rounded to float. */
    public static float towardInFloat(float v, float w, float target) {
        return v + w * (target - v);
    }

    /**
     * One one-sided meeting of the radicalization model: listener {@code i} (opinion {@code x[i]}, uncertainty
     * {@code u[i]}) hears a speaker {@code (xs, us)} and moves by the rule above; returns whether it moved.
     */
    public static boolean hear(float[] x, float[] u, int i, double mu, double xs, double us) {
        double w = weight(mu, xs, us, x[i], u[i]);
        if (w > 0) {
            move(x, u, i, w, xs, us);
            return true;
        }
        return false;
    }

    /**
     * Moves listener {@code i} toward a speaker {@code (xs, us)} with weight {@code w} (from {@link #weight},
     * possibly scaled): {@code x_i += w (xs − x_i); u_i += w (us − u_i)}, each rounded once to float.
     */
    public static void move(float[] x, float[] u, int i, double w, double xs, double us) {
        x[i] = toward(x[i], w, xs);
        u[i] = toward(u[i], w, us);
    }

    /**
     * One coordinate of the update: {@code v + w (target − v)}, rounded once to float. {@link #move} applies it to
     * a listener's opinion and uncertainty; a caller that selects instead of branching (social influence) computes
     * both and keeps the old value when the listener does not move.
     */
    public static float toward(double v, double w, double target) {
        return (float) (v + w * (target - v));
    }
}
