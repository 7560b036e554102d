package org.radsim.analysis.decision;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.radsim.core.output.ComparisonFolder;
import org.radsim.analysis.results.ResultsFolder;
import org.radsim.analysis.sensitivity.SweepResults;

/**
 * The cases scenario discovery works on: one row per case (a sweep's design point, or a future of an ensemble
 * comparison), the factors that were varied
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

    /**
     * The futures of an ensemble comparison ({@code compare --ensemble}): one case per replication, the posterior's
     * parameters as factors (the baseline's {@code ensemble_*} columns, without the set index), and as outcomes
     * {@code baseline_recruits}, and per alternative {@code <name>_recruits} and {@code <name>_recruits_averted}
     * (baseline − alternative); with a single alternative also {@code recruits_averted}.
     *
     * @throws IllegalArgumentException when the folder is not an ensemble comparison
     */
    public static Cases ofCompare(Path dir) {
        ComparisonFolder layout = ComparisonFolder.read(dir);
        ResultsFolder base = ResultsFolder.read(dir.resolve(layout.baseline()));
        List<String> params = base.summaryColumns().stream()
                .filter(c -> c.startsWith("ensemble_") && !c.equals("ensemble_set")).toList();
        if (params.isEmpty()) {
            throw new IllegalArgumentException(dir + " is a comparison without an ensemble (no ensemble_* columns): "
                    + "its replications differ only by seed; run compare --ensemble POSTERIOR, or discover on a sweep");
        }
        String recruits = "final_cumulative_recruits";
        double[] b = base.summary(recruits);
        List<String> factors = params.stream().map(c -> c.substring("ensemble_".length())).toList();
        List<String> outcomes = new ArrayList<>(List.of("baseline_recruits"));
        List<double[]> columns = new ArrayList<>();
        params.forEach(c -> columns.add(base.summary(c)));
        columns.add(b);
        for (String a : layout.alternatives()) {
            double[] v = ResultsFolder.read(dir.resolve(a)).summary(recruits);
            double[] averted = new double[v.length];
            for (int r = 0; r < v.length; r++) {
                averted[r] = b[r] - v[r];
            }
            String name = a.replaceFirst("^\\d+-", "");
            outcomes.add(name + "_recruits");
            columns.add(v);
            outcomes.add(name + "_recruits_averted");
            columns.add(averted);
            if (layout.alternatives().size() == 1) {
                outcomes.add("recruits_averted");
                columns.add(averted);
            }
        }
        double[][] rows = new double[b.length][columns.size()];
        for (int r = 0; r < b.length; r++) {
            for (int c = 0; c < columns.size(); c++) {
                rows[r][c] = columns.get(c)[r];
            }
        }
        return new Cases(dir.getFileName() + " (ensemble comparison)", factors, outcomes, rows);
    }
}
