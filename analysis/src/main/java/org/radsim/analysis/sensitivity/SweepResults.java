package org.radsim.analysis.sensitivity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.radsim.core.sweep.Csv;
import org.radsim.core.sweep.Plan;
import org.radsim.core.sweep.PlanInfo;
import org.radsim.core.sweep.SweepFolder;

/**
 * A merged sweep as analysis sees it: the plan, each design point's unit coordinates and factor values, and for
 * each metric the mean over the point's successful replications (NaN when all of them failed).
 */
public record SweepResults(PlanInfo plan, double[][] unit, String[][] factorValues,
                           Map<String, double[]> pointMeans, long runs, long failedRuns) {

    public static SweepResults read(Path dir) throws IOException {
        SweepFolder folder = new SweepFolder(dir);
        PlanInfo plan = folder.plan();
        if (!Files.isRegularFile(folder.results())) {
            throw new IOException("no " + SweepFolder.RESULTS_CSV + " in " + folder.dir()
                    + "; run the sweep (or merge its shards: radsim sweep merge " + folder.dir() + ")");
        }
        int k = plan.factors().size();
        double[][] unit = new double[plan.points()][k];
        List<String> design = Files.readAllLines(folder.dir().resolve(Plan.DESIGN_CSV));
        for (int p = 0; p < plan.points(); p++) {
            List<String> c = Csv.split(design.get(p + 1));
            for (int i = 0; i < k; i++) {
                String s = c.get(1 + i);
                unit[p][i] = s.isEmpty() ? Double.NaN : Double.parseDouble(s);
            }
        }
        List<String> lines = Files.readAllLines(folder.results());
        String header = String.join(",", plan.header());
        if (lines.isEmpty() || !lines.get(0).equals(header)) {
            throw new IOException(folder.results() + " does not have the plan's columns (" + header + ")");
        }
        if (lines.size() - 1 != plan.runs()) {
            throw new IOException(folder.results() + " has " + (lines.size() - 1) + " runs; the plan has " + plan.runs());
        }
        String[][] values = new String[plan.points()][k];
        Map<String, double[]> sums = new LinkedHashMap<>();
        int[] ok = new int[plan.points()];
        for (String m : plan.metrics()) {
            sums.put(m, new double[plan.points()]);
        }
        long failed = 0;
        int statusCol = 4 + k;
        for (String line : lines.subList(1, lines.size())) {
            List<String> c = Csv.split(line);
            int p = Integer.parseInt(c.get(1));
            for (int i = 0; i < k; i++) {
                values[p][i] = Csv.text(c.get(4 + i));
            }
            if (!"ok".equals(c.get(statusCol))) {
                failed++;
                continue;
            }
            ok[p]++;
            for (int j = 0; j < plan.metrics().size(); j++) {
                sums.get(plan.metrics().get(j))[p] += Double.parseDouble(c.get(statusCol + 2 + j));
            }
        }
        for (double[] s : sums.values()) {
            for (int p = 0; p < s.length; p++) {
                s[p] = ok[p] == 0 ? Double.NaN : s[p] / ok[p];
            }
        }
        return new SweepResults(plan, unit, values, sums, plan.runs(), failed);
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
