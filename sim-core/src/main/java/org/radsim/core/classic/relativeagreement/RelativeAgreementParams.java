package org.radsim.core.classic.relativeagreement;

import java.io.Serializable;

import org.radsim.core.scenario.Values;

/**
 * The settings of the {@code relative_agreement:} section (see {@link org.radsim.core.scenario.ClassicSchema}).
 *
 * @param uncertainty U, the initial uncertainty of moderates
 * @param bandPlacement false: "drawn" placement (Deffuant 2002); true: "band" placement (Meadows &amp; Cliff 2012)
 * @param fixedPeriods  false: run until stable (ticks is the cap); true: run exactly ticks periods
 */
public record RelativeAgreementParams(int n, double mu, double pe, double uncertainty, double extremistUncertainty,
                                      double delta, boolean bandPlacement, boolean fixedPeriods, double epsilon,
                                      double cutoffOffset, double clusterGap, double clusterMinShare) implements Serializable {

    public static RelativeAgreementParams from(Values v) {
        return new RelativeAgreementParams(v.int32("n"), v.num("mu"), v.num("pe"), v.num("uncertainty"),
                v.num("extremist_uncertainty"), v.num("delta"), "band".equals(v.str("placement")),
                "fixed".equals(v.str("stop")), v.num("epsilon"), v.num("cutoff_offset"), v.num("cluster_gap"),
                v.num("cluster_min_share"));
    }

    /** Number of positive extremists, {@code round(N · pe(1 + δ)/2)}. */
    public int positiveExtremists() {
        return (int) Math.round(n * pe * (1 + delta) / 2);
    }

    /** Number of negative extremists, {@code round(N · pe(1 − δ)/2)}. */
    public int negativeExtremists() {
        return (int) Math.round(n * pe * (1 - delta) / 2);
    }
}
