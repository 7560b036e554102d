package org.radsim.core.mechanism;

import java.io.Serializable;

/** Events of the current tick (recruits, detentions, releases, cost), written by the processes, read and reset by observation. */
public final class Tally implements Serializable {

    private static final long serialVersionUID = 1L;

    public final int[] recruits;
    public final int[] detentions;
    public final int[] releases;
    public final double[] cost;
    public long cumulativeRecruits;
    public double cumulativeCost;
    public final long[] cumulativeRecruitsByRegion;
    public final double[] cumulativeCostByRegion;

    public Tally(int regions) {
        recruits = new int[regions];
        detentions = new int[regions];
        releases = new int[regions];
        cost = new double[regions];
        cumulativeRecruitsByRegion = new long[regions];
        cumulativeCostByRegion = new double[regions];
    }

    public void recruit(int region) {
        recruits[region]++;
        cumulativeRecruits++;
        cumulativeRecruitsByRegion[region]++;
    }

    /** Adds a cost booked to a region. */
    public void cost(double amount, int region) {
        cost[region] += amount;
        cumulativeCost += amount;
        cumulativeCostByRegion[region] += amount;
    }

    /** Forgets the running totals (after the warm-up, so cumulative metrics count from tick 0). */
    public void clearCumulative() {
        cumulativeRecruits = 0;
        cumulativeCost = 0;
        java.util.Arrays.fill(cumulativeRecruitsByRegion, 0);
        java.util.Arrays.fill(cumulativeCostByRegion, 0);
    }

    /** Starts a new tick: the per-tick counts back to zero (the observer calls it after reporting). */
    public void clearTick() {
        java.util.Arrays.fill(recruits, 0);
        java.util.Arrays.fill(detentions, 0);
        java.util.Arrays.fill(releases, 0);
        java.util.Arrays.fill(cost, 0);
    }
}
