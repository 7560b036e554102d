package org.radsim.analysis.decision;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.radsim.analysis.sensitivity.SweepResults;

/**
 * The cases scenario discovery works on: one row per case (a sweep's design point), the factors that were varied
 * and the outcomes recorded, all as numbers (a factor given as a list of words is its position in the list).
 *
 * @param source   what the cases were read from, for the report
 * @param factors  the factor columns, first in each row
 * @param outcomes the outcome columns, after the factors
 * @param rows     {@code rows[i]}: case {@code i}'s factor values, then its outcomes
 */
public record Cases(String source, List<String> factors, List<String> outcomes, double[][] rows) {

    /** Every column, factors first: the names a selection may use. */
    public List<String> columns() {
        List<String> c = new ArrayList<>(factors);
        c.addAll(outcomes);
        return c;
    }

    /**
     * The design points of a merged sweep folder: its factors, and each recorded metric's mean over the point's
     * successful replications (NaN when every replication of the point failed).
     */
    public static Cases ofSweep(Path dir) throws IOException {
        SweepResults res = SweepResults.read(dir);
        List<String> factors = res.plan().factorNames();
        List<String> metrics = res.plan().metrics();
        double[][] rows = new double[res.plan().points()][factors.size() + metrics.size()];
        for (int p = 0; p < rows.length; p++) {
            for (int j = 0; j < factors.size(); j++) {
                rows[p][j] = res.numeric(p, j);
            }
            for (int m = 0; m < metrics.size(); m++) {
                rows[p][factors.size() + m] = res.pointMeans().get(metrics.get(m))[p];
            }
        }
        return new Cases(res.plan().name(), factors, metrics, rows);
    }
}
