package org.radsim.core.mechanism;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the running interventions change in the other processes this tick, set by the interventions (process 1)
 * at the start of each tick and only read by the processes: per-region multipliers for policing, mobility and
 * exit, per enrolment bit the jobs programme's multipliers, and the running counter-narrative campaigns.
 * Neutral values (1, 0) mean "no intervention".
 */
public final class Levers implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Detection multiplier per region under intelligence sharing, applied to a draw with probability coverage. */
    public final double[] detectionMultiplier;
    public final double[] detectionCoverage;
    /** Reduction of recruiters' cross-border moves touching a region. */
    public final double[] mobilityReduction;
    /** Community policing: share of a detention's neighbours whose legitimacy rises, and the programme's coverage. */
    public final double[] communityPolicingShare;
    public final double[] communityPolicingCoverage;
    /** Exit programme: multiplier on exit and post-release disengagement, and its coverage. */
    public final double[] exitMultiplier;
    public final double[] exitCoverage;

    /** Enrolment bits of running jobs programmes, and their multipliers by bit. */
    public int jobsMask;
    public final double[] jobsFindingMultiplier = new double[32];
    public final double[] jobsAvailability = new double[32];

    /** The counter-narrative campaigns running this tick, in scenario order (read by {@link Propaganda}). */
    public final List<Campaign> campaigns = new ArrayList<>();

    public Levers(int regions) {
        detectionMultiplier = new double[regions];
        detectionCoverage = new double[regions];
        mobilityReduction = new double[regions];
        communityPolicingShare = new double[regions];
        communityPolicingCoverage = new double[regions];
        exitMultiplier = new double[regions];
        exitCoverage = new double[regions];
        reset();
    }

    /** Back to "no intervention". */
    public void reset() {
        Arrays.fill(detectionMultiplier, 1.0);
        Arrays.fill(detectionCoverage, 0.0);
        Arrays.fill(mobilityReduction, 0.0);
        Arrays.fill(communityPolicingShare, 0.0);
        Arrays.fill(communityPolicingCoverage, 0.0);
        Arrays.fill(exitMultiplier, 1.0);
        Arrays.fill(exitCoverage, 0.0);
        jobsMask = 0;
        campaigns.clear();
    }

    /** Job-finding multiplier of a citizen with enrolment bits {@code enrolment} (the largest that applies). */
    public double jobFinding(int enrolment) {
        int m = enrolment & jobsMask;
        if (m == 0) {
            return 1.0;
        }
        double best = 1.0;
        for (; m != 0; m &= m - 1) {
            best = Math.max(best, jobsFindingMultiplier[Integer.numberOfTrailingZeros(m)]);
        }
        return best;
    }

    /** Availability multiplier (to recruiters) of a citizen with enrolment bits {@code enrolment}. */
    public double availability(int enrolment) {
        int m = enrolment & jobsMask;
        double f = 1.0;
        for (; m != 0; m &= m - 1) {
            f = Math.min(f, jobsAvailability[Integer.numberOfTrailingZeros(m)]);
        }
        return f;
    }
}
