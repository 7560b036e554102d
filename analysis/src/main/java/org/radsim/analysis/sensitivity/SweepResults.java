package org.radsim.analysis.sensitivity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radsim.core.scenario.Excerpt;
import org.radsim.core.output.Csv;
import org.radsim.core.sweep.Plan;
import org.radsim.core.sweep.PlanInfo;
import org.radsim.core.sweep.SweepFolder;
import org.radsim.core.sweep.SweepFolderException;

/**
 * A merged sweep as analysis sees it: the plan, each design point's unit coordinates and factor values, and for
 * each metric the mean over the point's successful replications (NaN when all of them failed).
 */
public record SweepResults(PlanInfo plan, double[][] unit, String[][] factorValues,
                           Map<String, double[]> pointMeans, long runs, long failedRuns) {

    /**
     * Reads and checks a merged sweep folder: plan.json, plan.csv and design.csv agree (checksums, plan hash),
     * design.csv has a row of unit coordinates per point, and results.csv has the plan's header and one row per run
     * in run order, each with the planned point, a status of ok or failed, and numbers for the metrics of ok runs.
     * Anything else is a {@link SweepFolderException} naming the file, the line and what is wrong.
     */
    public static SweepResults read(Path dir) throws IOException {
        SweepFolder folder = new SweepFolder(dir);
        PlanInfo plan = folder.plan();
        if (!Files.isRegularFile(folder.results())) {
            throw new SweepFolderException("no " + SweepFolder.RESULTS_CSV + " in " + folder.dir()
                    + "; run the sweep (or merge its shards: radsim sweep merge " + folder.dir() + ")");
        }
        folder.verifiedPlanRows();
        int k = plan.factors().size();
        double[][] unit = new double[plan.points()][k];
        Path designFile = folder.dir().resolve(Plan.DESIGN_CSV);
        List<String> design = Files.readAllLines(designFile);
        for (int p = 0; p < plan.points(); p++) {
            List<String> c = Csv.split(design.get(p + 1));
            if (c.size() != k + 1 || !c.get(0).equals(Integer.toString(p))) {
                throw damaged(designFile, p + 2, "expected point " + p + " and " + k + " coordinates");
            }
            for (int i = 0; i < k; i++) {
                String s = c.get(1 + i);
                try {
                    unit[p][i] = s.isEmpty() ? Double.NaN : Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw damaged(designFile, p + 2, "coordinate '" + Excerpt.of(s) + "' is not a number");
                }
                if (!s.isEmpty() && !(unit[p][i] >= 0 && unit[p][i] <= 1)) {
                    throw damaged(designFile, p + 2, "coordinate " + s + " is outside [0, 1]");
                }
            }
        }
        Path resultsFile = folder.results();
        byte[] bytes = Files.readAllBytes(resultsFile);
        if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
            throw new SweepFolderException(resultsFile + " is damaged: its last line is cut (no line end); merge again "
                    + "with: radsim sweep merge " + folder.dir());
        }
        List<String> lines = Files.readAllLines(resultsFile);
        String header = String.join(",", plan.header());
        if (lines.isEmpty() || !lines.get(0).equals(header)) {
            throw damaged(resultsFile, 1, "not the plan's columns (" + Excerpt.of(header) + ")");
        }
        if (lines.size() - 1 != plan.runs()) {
            throw new SweepFolderException(resultsFile + " is damaged: " + (lines.size() - 1) + " runs; the plan has "
                    + plan.runs() + " (merge again with: radsim sweep merge " + folder.dir() + ")");
        }
        String[][] values = new String[plan.points()][k];
        Map<String, double[]> sums = new LinkedHashMap<>();
        int[] ok = new int[plan.points()];
        for (String m : plan.metrics()) {
            sums.put(m, new double[plan.points()]);
        }
        long failed = 0;
        int statusCol = 4 + k;
        for (int l = 1; l < lines.size(); l++) {
            List<String> c = Csv.split(lines.get(l));
            long run = l - 1;
            if (c.size() != plan.header().size()) {
                throw damaged(resultsFile, l + 1, c.size() + " fields, the header has " + plan.header().size());
            }
            if (!c.get(0).equals(Long.toString(run)) || !c.get(1).equals(Long.toString(run / plan.replications()))) {
                throw damaged(resultsFile, l + 1, "expected run " + run + " of point " + run / plan.replications()
                        + ", found '" + Excerpt.of(c.get(0)) + "', '" + Excerpt.of(c.get(1)) + "' (rows missing, repeated or moved)");
            }
            int p = (int) (run / plan.replications());
            for (int i = 0; i < k; i++) {
                values[p][i] = Csv.text(c.get(4 + i));
            }
            String status = c.get(statusCol);
            if (!"ok".equals(status)) {
                if (!"failed".equals(status)) {
                    throw damaged(resultsFile, l + 1, "status '" + Excerpt.of(status) + "' is neither ok nor failed");
                }
                failed++;
                continue;
            }
            ok[p]++;
            for (int j = 0; j < plan.metrics().size(); j++) {
                String v = c.get(statusCol + 2 + j);
                try {
                    sums.get(plan.metrics().get(j))[p] += Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw damaged(resultsFile, l + 1, "metric " + plan.metrics().get(j) + " = '" + Excerpt.of(v)
                            + "' is not a number");
                }
            }
        }
        for (double[] s : sums.values()) {
            for (int p = 0; p < s.length; p++) {
                s[p] = ok[p] == 0 ? Double.NaN : s[p] / ok[p];
            }
        }
        return new SweepResults(plan, unit, values, sums, plan.runs(), failed);
    }

    private static SweepFolderException damaged(Path file, int line, String what) {
        return new SweepFolderException(file + " line " + line + " is damaged: " + what);
    }

    /** A factor's value at a point as a number: the value itself, or its position in a list of words; NaN for the base. */
    public double numeric(int point, int factor) {
        String s = factorValues[point][factor];
        if (s == null || s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return plan.factors().get(factor).values().indexOf(s);
        }
    }

    /** The distinct values a factor takes, in order of first appearance. */
    public List<String> distinct(int factor) {
        List<String> out = new ArrayList<>();
        for (String[] row : factorValues) {
            if (row[factor] != null && !row[factor].isEmpty() && !out.contains(row[factor])) {
                out.add(row[factor]);
            }
        }
        return out;
    }

    double[] means(String metric) {
        return Arrays.copyOf(pointMeans.get(metric), plan.points());
    }
}
