package org.radsim.core.mechanism;

/**
 * Epstein's (2002) activation rule, "Modeling civil violence: an agent-based computational approach",
 * PNAS 99 suppl. 3, 7243–7250. Grievance is hardship times illegitimacy, {@code G = H (1 − L)}; a citizen acts
 * when grievance minus net risk exceeds a threshold, {@code G − R·P > T} (strict: exactly at the threshold
 * stays quiet), with estimated arrest probability {@code P = 1 − exp(−k · ratio)}.
 * Used by the civil-violence model (ratio = cops/actives in vision) and by recruitment in the radicalization
 * model (ratio = the region's security). Scenario keys: {@code recruiters.threshold}, {@code recruiters.arrest_k},
 * {@code civil_violence.threshold}, {@code civil_violence.k}.
 */
public final class Activation {

    private Activation() {
    }

    /** Grievance {@code G = H (1 − L)}. */
    public static double grievance(double hardship, double legitimacy) {
        return hardship * (1.0 - legitimacy);
    }

    /** Estimated arrest probability {@code P = 1 − exp(−k · ratio)}. */
    public static double arrestProbability(double k, double ratio) {
        return 1.0 - Math.exp(-k * ratio);
    }

    /** Whether {@code G − R·P > T}. */
    public static boolean acts(double grievance, double riskAversion, double arrestProbability, double threshold) {
        return grievance - riskAversion * arrestProbability > threshold;
    }
}
