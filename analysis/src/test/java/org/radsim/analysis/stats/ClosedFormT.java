package org.radsim.analysis.stats;

/**
 * Student's t distribution for integer degrees of freedom by the closed forms of Abramowitz &amp; Stegun,
 * <i>Handbook of Mathematical Functions</i> (1964), 26.7.3 (ν odd) and 26.7.4 (ν even), for
 * {@code A(t|ν) = P(|T| ≤ t)} with {@code θ = atan(t/√ν)}. Independent of Commons Math (which uses the
 * regularized incomplete beta function), so the tests compare two different computations.
 */
final class ClosedFormT {

    private ClosedFormT() {
    }

    /** {@code P(|T| ≤ t)} for {@code t ≥ 0}. */
    static double a(double t, int nu) {
        double theta = Math.atan(t / Math.sqrt(nu));
        double s = Math.sin(theta);
        double c = Math.cos(theta);
        if (nu % 2 == 1) {
            if (nu == 1) {
                return 2 / Math.PI * theta;
            }
            // cosθ + (2/3)cos³θ + (2·4)/(3·5)cos⁵θ + … up to cos^(ν−2)θ
            double term = c;
            double sum = c;
            for (int k = 3; k <= nu - 2; k += 2) {
                term *= (k - 1.0) / k * c * c;
                sum += term;
            }
            return 2 / Math.PI * (theta + s * sum);
        }
        // 1 + (1/2)cos²θ + (1·3)/(2·4)cos⁴θ + … up to cos^(ν−2)θ
        double term = 1;
        double sum = 1;
        for (int k = 2; k <= nu - 2; k += 2) {
            term *= (k - 1.0) / k * c * c;
            sum += term;
        }
        return s * sum;
    }

    /** Two-sided p-value {@code P(|T| ≥ |t|)}. */
    static double twoSidedP(double t, int nu) {
        return 1 - a(Math.abs(t), nu);
    }

    /** The {@code t} with {@code P(|T| ≤ t) = level}, by bisection to machine precision. */
    static double quantile(double level, int nu) {
        double lo = 0;
        double hi = 1e3;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (a(mid, nu) < level) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
