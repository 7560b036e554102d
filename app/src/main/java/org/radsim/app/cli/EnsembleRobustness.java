package org.radsim.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.radsim.analysis.decision.Robustness;
import org.radsim.analysis.results.ResultsFolder;
import org.radsim.analysis.stats.PairedDifference;
import org.radsim.core.output.AtomicFile;
import org.radsim.core.output.Csv;

/**
 * The robustness table of an ensemble comparison ({@code compare --ensemble}): from the folders' summaries, each
 * alternative's {@link Robustness} statistics over the futures (replication r = parameter set and seed shared by
 * all scenarios), and the variance reduction of the paired differences against independent draws, written as
 * {@code robustness.csv} and printed ranked by expected regret.
 */
final class EnsembleRobustness {

    static final String RECRUITS = "final_cumulative_recruits";
    static final String COST = "final_cumulative_cost";

    private EnsembleRobustness() {
    }

    static void write(Path folder, List<String> folders, List<String> names, double target, PrintWriter out)
            throws IOException {
        int k = folders.size();
        double[][] byScenarioRecruits = new double[k][];
        double[][] byScenarioCost = new double[k][];
        for (int a = 0; a < k; a++) {
            ResultsFolder f = ResultsFolder.read(folder.resolve(folders.get(a)));
            byScenarioRecruits[a] = f.summary(RECRUITS);
            byScenarioCost[a] = f.hasSummary(COST) ? f.summary(COST) : new double[byScenarioRecruits[a].length];
        }
        int futures = byScenarioRecruits[0].length;
        double[][] recruits = new double[futures][k];
        double[][] cost = new double[futures][k];
        for (int r = 0; r < futures; r++) {
            for (int a = 0; a < k; a++) {
                recruits[r][a] = byScenarioRecruits[a][r];
                cost[r][a] = byScenarioCost[a][r];
            }
        }
        List<Robustness.Alternative> stats = Robustness.of(names.toArray(new String[0]), recruits, cost, target);
        StringBuilder csv = new StringBuilder("alternative,futures,recruits_averted,recruits_averted_low,"
                + "recruits_averted_high,probability_best,probability_beats_baseline,expected_regret,maximum_regret,"
                + "satisficing,satisficing_target,cost_per_averted_p05,cost_per_averted_median,cost_per_averted_p95,"
                + "cost_per_averted_ratio_of_means,variance_reduction_vs_independent_draws" + Csv.EOL);
        for (int i = 0; i < stats.size(); i++) {
            Robustness.Alternative s = stats.get(i);
            double vr = PairedDifference.of(byScenarioRecruits[0], byScenarioRecruits[i + 1]).varianceReduction();
            csv.append(Csv.field(s.name())).append(',').append(futures).append(',').append(s.averted().mean())
                    .append(',').append(s.averted().low()).append(',').append(s.averted().high()).append(',')
                    .append(s.probabilityBest()).append(',').append(s.probabilityBeats()).append(',')
                    .append(s.expectedRegret()).append(',').append(s.maximumRegret()).append(',')
                    .append(s.satisficing()).append(',').append(target).append(',')
                    .append(s.costPerAverted().p05()).append(',').append(s.costPerAverted().median()).append(',')
                    .append(s.costPerAverted().p95()).append(',').append(s.costPerAverted().ratioOfMeans().point())
                    .append(',').append(vr).append(Csv.EOL);
        }
        AtomicFile.writeString(folder.resolve("robustness.csv"), csv.toString());
        out.printf(Locale.ROOT, "robustness over %d futures (ranked by expected regret):%n", futures);
        for (Robustness.Alternative s : Robustness.ranked(stats)) {
            out.printf(Locale.ROOT, "  %-20s averted %.1f [%.1f, %.1f]  P(best) %.2f  P(beats baseline) %.2f  "
                            + "regret %.1f (max %.1f)  meets target %.2f%n", s.name(), s.averted().mean(),
                    s.averted().low(), s.averted().high(), s.probabilityBest(), s.probabilityBeats(),
                    s.expectedRegret(), s.maximumRegret(), s.satisficing());
        }
    }
}
