package org.radsim.analysis.stats;

/**
 * The paired comparison of an alternative with a baseline over replications that share seeds (common random
 * numbers): differences {@code d_k = alt_k − base_k}, their mean with a t-based interval, the paired t-test, the
 * paired effect size and the variance reduction the pairing achieved.
 *
 * <ul>
 *   <li>paired t statistic {@code t = d̄ / (s_d/√n)} with {@code n−1} degrees of freedom, two-sided p-value
 *       {@code 2·P(T ≥ |t|)} (Student 1908; e.g. Montgomery, <i>Design and Analysis of Experiments</i>, §2.5.1).
 *       When every difference is identical ({@code s_d = 0}, or below 10⁻⁹·|d̄|, i.e. floating-point rounding) the
 *       t statistic, the p-value and the interval are <b>not defined</b> ({@link #noVariance()}; NaN): with no
 *       spread there is no standard error, and two equal differences say nothing about how often a third would
 *       differ, so such a comparison is never reported as significant. The mean difference is still given.</li>
 *   <li>effect size {@code d_z = d̄ / s_d} (Cohen 1988, the standardized mean difference of paired
 *       observations; NaN when {@code s_d = 0}).</li>
 *   <li>relative change {@code d̄ / mean(base)} (NaN when the baseline mean is 0).</li>
 *   <li>variance reduction {@code (s²_base + s²_alt) / s²_d}: the variance of a difference of independent runs
 *       divided by the variance of the paired difference, i.e. how many times more replications independent
 *       seeds would need for the same precision (Law 2015, §11.2). 1 = no gain; NaN when {@code s_d = 0}.</li>
 * </ul>
 *
 * @param difference estimate of the mean difference alt − base with its 95 % interval (interval NaN when
 *                   {@code noVariance})
 * @param noVariance at least two pairs, and every difference is the same: p-value and interval not defined
 */
public record PairedDifference(Estimate difference, double baseMean, double altMean, double relativeChange,
                               double effectSize, double tStatistic, double pValue, double varianceReduction,
                               boolean noVariance) {

    /** How reports show a p-value or interval that {@link #noVariance()} leaves undefined. */
    public static final String NO_VARIANCE = "not defined (no variance)";

    /**
     * Compares paired samples; element {@code k} of both arrays must come from replications with the same seed.
     * Pairs where either value is NaN are dropped.
     */
    public static PairedDifference of(double[] base, double[] alt) {
        if (base.length != alt.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + base.length + " vs " + alt.length);
        }
        int n = 0;
        for (int k = 0; k < base.length; k++) {
            if (!Double.isNaN(base[k]) && !Double.isNaN(alt[k])) {
                n++;
            }
        }
        double[] b = new double[n];
        double[] a = new double[n];
        double[] d = new double[n];
        for (int k = 0, j = 0; k < base.length; k++) {
            if (!Double.isNaN(base[k]) && !Double.isNaN(alt[k])) {
                b[j] = base[k];
                a[j] = alt[k];
                d[j] = alt[k] - base[k];
                j++;
            }
        }
        Estimate diff = Estimate.of(d);
        Estimate eb = Estimate.of(b);
        Estimate ea = Estimate.of(a);
        double rel = eb.mean() == 0 ? Double.NaN : diff.mean() / eb.mean();
        double t;
        double p;
        double dz;
        double vr;
        boolean noVariance = false;
        if (n < 2) {
            t = p = dz = vr = Double.NaN;
        } else if (diff.sd() <= 1e-9 * Math.abs(diff.mean()) || diff.sd() == 0) {
            // identical differences up to rounding (e.g. a deterministic cost summed in floating point): a t
            // statistic, p-value or interval from zero (or rounding-noise) spread would be meaningless
            t = p = dz = vr = Double.NaN;
            noVariance = true;
            diff = new Estimate(diff.n(), diff.mean(), 0, Double.NaN, Double.NaN, diff.level());
        } else {
            t = diff.mean() / diff.standardError();
            // 2·cdf(−|t|) rather than 2·(1 − cdf(|t|)): keeps small p-values accurate
            p = Math.min(1, 2 * Estimate.tCdf(-Math.abs(t), n - 1));
            dz = diff.mean() / diff.sd();
            vr = (eb.sd() * eb.sd() + ea.sd() * ea.sd()) / (diff.sd() * diff.sd());
        }
        return new PairedDifference(diff, eb.mean(), ea.mean(), rel, dz, t, p, vr, noVariance);
    }
}
