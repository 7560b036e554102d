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
 *       p-value is 1 if they are all zero, else 0.</li>
 *   <li>effect size {@code d_z = d̄ / s_d} (Cohen 1988, the standardized mean difference of paired
 *       observations; NaN when {@code s_d = 0}).</li>
 *   <li>relative change {@code d̄ / mean(base)} (NaN when the baseline mean is 0).</li>
 *   <li>variance reduction {@code (s²_base + s²_alt) / s²_d}: the variance of a difference of independent runs
 *       divided by the variance of the paired difference, i.e. how many times more replications independent
 *       seeds would need for the same precision (Law 2015, §11.2). 1 = no gain; NaN when {@code s_d = 0}.</li>
 * </ul>
 *
 * @param difference estimate of the mean difference alt − base with its 95 % interval
 */
public record PairedDifference(Estimate difference, double baseMean, double altMean, double relativeChange,
                               double effectSize, double tStatistic, double pValue, double varianceReduction) {

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
        if (n < 2) {
            t = p = dz = vr = Double.NaN;
        } else if (diff.sd() <= 1e-9 * Math.abs(diff.mean()) || diff.sd() == 0) {
            // identical differences up to rounding (e.g. a deterministic cost summed in floating point): a t
            // statistic or d_z from rounding noise would be meaningless
            t = diff.mean() == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, diff.mean());
            p = diff.mean() == 0 ? 1 : 0;
            dz = Double.NaN;
            vr = Double.NaN;
        } else {
            t = diff.mean() / diff.standardError();
            // 2·cdf(−|t|) rather than 2·(1 − cdf(|t|)): keeps small p-values accurate
            p = Math.min(1, 2 * Estimate.tCdf(-Math.abs(t), n - 1));
            dz = diff.mean() / diff.sd();
            vr = (eb.sd() * eb.sd() + ea.sd() * ea.sd()) / (diff.sd() * diff.sd());
        }
        return new PairedDifference(diff, eb.mean(), ea.mean(), rel, dz, t, p, vr);
    }
}
