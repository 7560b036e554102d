package org.radsim.app.cli;

import java.util.List;

import org.radsim.analysis.stats.PrecisionRule;
import org.radsim.core.model.Observer;
import org.radsim.core.replication.MetricLayout;
import org.radsim.core.run.StopRule;
import org.radsim.core.run.SummaryAccumulator;
import org.radsim.core.scenario.Scenario;

import picocli.CommandLine.Option;

/**
 * Options for sequential replication, shared by {@code run} and {@code compare}: with {@code --precision H} the
 * runner keeps adding replications beyond the usual number until the 95 % half-width of one summary metric is
 * below {@code H}, or {@code --max-replications} have run ({@link PrecisionRule}).
 */
final class PrecisionOptions {

    @Option(names = "--precision", paramLabel = "H",
            description = "Sequential replication: after the usual replications, keep adding replications until the "
                    + "95 %% confidence half-width of --precision-metric is below H (in the metric's unit).")
    Double halfWidth;

    @Option(names = "--precision-metric", paramLabel = "COLUMN", defaultValue = "final_cumulative_recruits",
            description = "Summary column the precision applies to (default: ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "100",
            description = "Cap on replications with --precision or --until-resolved (default: ${DEFAULT-VALUE}).")
    int max;

    /** Whether --precision was given. */
    boolean active() {
        return halfWidth != null;
    }

    /** The stop rule, or null without --precision; {@code minimum} replications always run. */
    StopRule rule(Scenario scenario, int minimum) {
        if (halfWidth == null) {
            return null;
        }
        if (!(halfWidth > 0)) {
            throw new BadInput("--precision must be > 0, got " + halfWidth);
        }
        if (max < Math.max(2, minimum)) {
            throw new BadInput("--max-replications (" + max + ") must be at least the number of replications ("
                    + Math.max(2, minimum) + ")");
        }
        if ("radicalization".equals(scenario.model())) {
            List<String> columns = SummaryAccumulator.columns(MetricLayout.globalOnly(Observer.METRICS), List.of());
            if (!columns.contains(metric)) {
                throw new BadInput("--precision-metric '" + metric + "' is not a summary column; use one of final_<m>, "
                        + "peak_<m>, peak_tick_<m> with <m> in " + Observer.METRICS);
            }
        }
        return new PrecisionRule(metric, halfWidth, Math.max(2, minimum), max);
    }

    /** The cap on replications: {@code --max-replications} with --precision, else {@code replications}. */
    int cap(int replications) {
        return halfWidth == null ? replications : max;
    }
}
