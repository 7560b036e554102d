package org.radsim.analysis.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.radsim.analysis.stats.Estimate;

/**
 * How firmly a comparison's replications resolve each direction check of MODEL.md §9 ({@link DirectionCheck}): the
 * per-pair margins (expected relative reduction minus the other, from replications with common random numbers)
 * get a 95 % t interval, and a direction is <b>resolved</b> when that interval lies above zero, <b>contrary</b>
 * when it lies below, <b>unresolved</b> when it includes zero.
 *
 * <p>Replications needed, from the measured mean m and SD s of the margins: {@link #needed} is the smallest n with
 * t(0.975, n−1)·s/√n &lt; |m| (the interval just excludes zero if a new set of n pairs has the same m and s: about an
 * even chance), {@link #needed90} the n that gives a 90 % chance, ⌈((z₀.₉₇₅ + z₀.₉₀)·s/m)²⌉ (a normal-approximation
 * power calculation). {@link #resolvedFrom} is what the replications themselves showed: the smallest n from which
 * the interval over the first n pairs stays above zero up to all pairs. Margins are normalised by the baseline means
 * over all pairs, for every prefix alike.
 *
 * @param alternative  the alternative's scenario name
 * @param expectation  {@link DirectionCheck#RADICALIZATION_MORE} or {@link DirectionCheck#RECRUITMENT_MORE}
 * @param margin       the margins over all pairs, with their 95 % interval
 * @param resolvedFrom smallest prefix length from which the interval stays above zero; 0 if it does not
 * @param needed       replications for the interval to just exclude zero at the measured mean and SD
 * @param needed90     replications for a 90 % chance that it does
 * @param verdict      {@code resolved}, {@code unresolved} or {@code contrary}
 */
public record DirectionPrecision(String alternative, String expectation, Estimate margin, int resolvedFrom,
                                 long needed, long needed90, String verdict) {

    /** Above this many replications "needed" is reported as more than it. */
    public static final long CAP = 1_000_000;

    /** The direction checks of a comparison, one per alternative that has one, in the comparison's order. */
    public static List<DirectionPrecision> of(ScenarioComparison cmp) {
        List<DirectionPrecision> out = new ArrayList<>();
        for (ScenarioComparison.Alternative a : cmp.alternatives()) {
            DirectionCheck d = a.direction();
            if (d == null) {
                continue;
            }
            double[] m = DirectionCheck.margins(a.metric(d.radicalizationMetric()), a.metric(d.recruitmentMetric()),
                    d.expectation().equals(DirectionCheck.RADICALIZATION_MORE));
            out.add(of(a.name(), d.expectation(), m));
        }
        return out;
    }

    /** The precision of one check from its per-pair margins (pair order). */
    public static DirectionPrecision of(String alternative, String expectation, double[] margins) {
        Estimate e = Estimate.of(margins);
        String verdict = e.low() > 0 ? "resolved" : e.high() < 0 ? "contrary" : "unresolved";
        return new DirectionPrecision(alternative, expectation, e, resolvedFrom(margins), needed(e.mean(), e.sd()),
                needed90(e.mean(), e.sd()), verdict);
    }

    /** Smallest n ≥ 2 from which the interval of the first n, n+1, …, all margins lies above zero; 0 if none. */
    static int resolvedFrom(double[] margins) {
        int from = 0;
        for (int n = margins.length; n >= 2; n--) {
            if (Estimate.of(Arrays.copyOf(margins, n)).low() > 0) {
                from = n;
            } else {
                break;
            }
        }
        return from;
    }

    /** Smallest n ≥ 2 with t(0.975, n−1)·sd/√n &lt; |mean|; {@link #CAP} + 1 when larger than the cap. */
    static long needed(double mean, double sd) {
        if (!(Math.abs(mean) > 0) || Double.isNaN(sd)) {
            return CAP + 1;
        }
        if (sd == 0) {
            return 2;
        }
        // start from the normal approximation and walk to the exact t condition
        long n = Math.max(2, (long) Math.floor(Math.pow(1.959963984540054 * sd / Math.abs(mean), 2)) - 2);
        while (n <= CAP && !(t975(n - 1) * sd / Math.sqrt(n) < Math.abs(mean))) {
            n++;
        }
        return Math.min(n, CAP + 1);
    }

    /** Replications for a 90 % chance that the interval excludes zero: ⌈((z₀.₉₇₅ + z₀.₉₀)·sd/mean)²⌉. */
    static long needed90(double mean, double sd) {
        if (!(Math.abs(mean) > 0) || Double.isNaN(sd)) {
            return CAP + 1;
        }
        NormalDistribution z = new NormalDistribution(null, 0, 1);
        double n = Math.pow((z.inverseCumulativeProbability(0.975) + z.inverseCumulativeProbability(0.9)) * sd / mean, 2);
        return Math.min(CAP + 1, Math.max(2, (long) Math.ceil(n)));
    }

    private static double t975(long df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.975);
    }

    /** "more than 1000000" for a capped count, else the number. */
    public static String count(long n) {
        return n > CAP ? "more than " + CAP : Long.toString(n);
    }
}
