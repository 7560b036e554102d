package org.radsim.analysis.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.radsim.analysis.stats.Bootstrap;
import org.radsim.analysis.stats.Estimate;

/**
 * Robustness of alternatives across futures, from a (future × alternative) table of outcomes where each row is
 * one future (replication {@code r}: one parameter set and one seed shared by every alternative, common random
 * numbers extended to parameters) and column 0 is the baseline (no package).
 *
 * <p>With {@code y[r][a]} the recruits of alternative {@code a} in future {@code r}, the recruits averted are
 * {@code v[r][a] = y[r][0] − y[r][a]} (the baseline averts 0). Per alternative:
 * <ul>
 *   <li><b>expected averted</b>: the mean of {@code v[·][a]} with its t-based 95 % interval ({@link Estimate});</li>
 *   <li><b>probability of being best</b>: the share of futures in which {@code a} averts the most among all
 *       columns, baseline included; a tie of {@code k} columns gives each {@code 1/k} of that future, so the
 *       probabilities sum to 1;</li>
 *   <li><b>probability of beating the baseline</b>: the share of futures with {@code v[r][a] > 0};</li>
 *   <li><b>regret</b> (Savage 1951, "The theory of statistical decision"): {@code R[r][a] = max_b v[r][b] −
 *       v[r][a]}, the loss against the best choice in hindsight for that future; the expected regret is its
 *       mean and the maximum regret (the minimax-regret criterion) its largest value;</li>
 *   <li><b>satisficing</b>: the share of futures that meet the target {@code v[r][a] ≥ f · y[r][0]} (avert at
 *       least the fraction {@code f} of the baseline's recruits);</li>
 *   <li><b>cost per recruit averted</b>: per future {@code c[r][a] / v[r][a]} with {@code c} the extra cost over
 *       the baseline (+∞ when nothing is averted), summarized by its 5 %, 50 % and 95 % quantiles, and the
 *       ratio of means with its bootstrap interval ({@link Bootstrap#ratioOfMeans}).</li>
 * </ul>
 * The ranking orders the alternatives by expected regret (lowest first), then by expected averted.
 */
public final class Robustness {

    private Robustness() {
    }

    /**
     * The statistics of one alternative.
     *
     * @param name             alternative's name
     * @param averted          mean recruits averted with its 95 % interval
     * @param probabilityBest  share of futures in which it averts the most (ties shared)
     * @param probabilityBeats share of futures in which it averts more than 0
     * @param expectedRegret   mean Savage regret
     * @param maximumRegret    largest Savage regret
     * @param satisficing      share of futures meeting the target
     * @param costPerAverted   cost per recruit averted: quantiles of the per-future ratio and the ratio of means
     */
    public record Alternative(String name, Estimate averted, double probabilityBest, double probabilityBeats,
                              double expectedRegret, double maximumRegret, double satisficing,
                              CostPerAverted costPerAverted) {
    }

    /**
     * Cost per recruit averted as a distribution over futures.
     *
     * @param p05           5 % quantile of the per-future ratio (+∞ where nothing is averted)
     * @param median        median of the per-future ratio
     * @param p95           95 % quantile of the per-future ratio
     * @param ratioOfMeans  mean extra cost / mean averted with its percentile bootstrap interval
     */
    public record CostPerAverted(double p05, double median, double p95, Bootstrap.Ratio ratioOfMeans) {
    }

    /**
     * The statistics of every alternative except the baseline (column 0), in column order.
     *
     * @param names          column names, {@code names[0]} the baseline
     * @param recruits       {@code recruits[r][a]}: the outcome of alternative {@code a} in future {@code r}
     * @param cost           the cost, same shape
     * @param targetFraction satisficing target: the fraction of the baseline's recruits to avert, in [0, 1]
     */
    public static List<Alternative> of(String[] names, double[][] recruits, double[][] cost, double targetFraction) {
        int futures = recruits.length;
        if (futures == 0) {
            throw new IllegalArgumentException("no futures in the table");
        }
        int columns = names.length;
        if (columns < 2) {
            throw new IllegalArgumentException("the table needs a baseline and at least one alternative");
        }
        if (!(targetFraction >= 0 && targetFraction <= 1)) {
            throw new IllegalArgumentException("target fraction must be in [0, 1], got " + targetFraction);
        }
        for (int r = 0; r < futures; r++) {
            if (recruits[r].length != columns || cost[r].length != columns) {
                throw new IllegalArgumentException("future " + r + " does not have " + columns + " columns");
            }
        }
        double[][] averted = new double[futures][columns];
        double[] best = new double[columns];
        double[][] regret = new double[futures][columns];
        for (int r = 0; r < futures; r++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < columns; a++) {
                averted[r][a] = recruits[r][0] - recruits[r][a];
                max = Math.max(max, averted[r][a]);
            }
            int ties = 0;
            for (int a = 0; a < columns; a++) {
                if (averted[r][a] == max) {
                    ties++;
                }
            }
            for (int a = 0; a < columns; a++) {
                regret[r][a] = max - averted[r][a];
                if (averted[r][a] == max) {
                    best[a] += 1.0 / ties;
                }
            }
        }
        List<Alternative> out = new ArrayList<>();
        for (int a = 1; a < columns; a++) {
            double[] v = new double[futures];
            double[] extra = new double[futures];
            double[] ratio = new double[futures];
            int beats = 0;
            int meets = 0;
            double regretSum = 0;
            double regretMax = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < futures; r++) {
                v[r] = averted[r][a];
                extra[r] = cost[r][a] - cost[r][0];
                ratio[r] = v[r] > 0 ? extra[r] / v[r] : Double.POSITIVE_INFINITY;
                if (v[r] > 0) {
                    beats++;
                }
                if (v[r] >= targetFraction * recruits[r][0]) {
                    meets++;
                }
                regretSum += regret[r][a];
                regretMax = Math.max(regretMax, regret[r][a]);
            }
            Arrays.sort(ratio);
            CostPerAverted cpa = new CostPerAverted(quantile(ratio, 0.05), quantile(ratio, 0.5),
                    quantile(ratio, 0.95), Bootstrap.ratioOfMeans(extra, v));
            out.add(new Alternative(names[a], Estimate.of(v), best[a] / futures, (double) beats / futures,
                    regretSum / futures, regretMax, (double) meets / futures, cpa));
        }
        return out;
    }

    /** The alternatives ranked by expected regret (lowest first), ties by expected averted (highest first). */
    public static List<Alternative> ranked(List<Alternative> alternatives) {
        List<Alternative> r = new ArrayList<>(alternatives);
        r.sort((x, y) -> x.expectedRegret() != y.expectedRegret()
                ? Double.compare(x.expectedRegret(), y.expectedRegret())
                : Double.compare(y.averted().mean(), x.averted().mean()));
        return r;
    }

    /** Quantile of sorted values (Hyndman &amp; Fan type 7); an infinite neighbour makes the result infinite. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        if (h == lo || sorted[lo] == sorted[hi]) {
            return sorted[lo];
        }
        if (Double.isInfinite(sorted[hi])) {
            return Double.POSITIVE_INFINITY;
        }
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
