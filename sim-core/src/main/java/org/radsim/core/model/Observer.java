package org.radsim.core.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.radsim.core.mechanism.Tally;
import org.radsim.core.population.Membership;
import org.radsim.core.population.Population;
import org.radsim.core.population.Recruiter;
import org.radsim.core.population.Stage;
import org.radsim.core.replication.Blocks;
import org.radsim.core.replication.TickSink;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 12, observation (MODEL.md section 7): per tick, globally and per region, the count of each stage, new
 * recruits, cumulative recruits, detentions, releases, recruiters, mean grievance, mean opinion, the share
 * radicalized and the cost. Counting runs block by block and is summed in block order, so the figures do not
 * depend on the thread count.
 */
public final class Observer implements Steppable {

    private static final long serialVersionUID = 1L;

    /** The metric columns, globally and per region, in output order. */
    public static final List<String> METRICS = List.of("neutral", "sympathizer", "radicalized", "member", "detained",
            "disengaged", "recruiters", "new_recruits", "cumulative_recruits", "detentions", "releases",
            "mean_grievance", "mean_opinion", "share_radicalized", "cost", "cumulative_cost");

    private static final int STAGES = 6;
    private static final int RECRUITERS = 6;
    private static final int NEW = 7;
    private static final int CUMULATIVE = 8;
    private static final int DETENTIONS = 9;
    private static final int RELEASES = 10;
    private static final int GRIEVANCE = 11;
    private static final int OPINION = 12;
    private static final int SHARE = 13;
    private static final int COST = 14;
    private static final int CUMULATIVE_COST = 15;

    private final Population population;
    private final Membership membership;
    private final Tally tally;
    private final Blocks blocks;
    private final int regions;
    private final double[][] partial;
    private final double[] global = new double[METRICS.size()];
    private final double[][] regional;
    private transient TickSink sink;

    public Observer(Population population, Membership membership, Tally tally, Blocks blocks) {
        this.population = population;
        this.membership = membership;
        this.tally = tally;
        this.blocks = blocks;
        this.regions = population.regions();
        this.partial = new double[blocks.count()][regions * (STAGES + 2)];
        this.regional = new double[regions][METRICS.size()];
    }

    /** Where rows go; null to only keep the latest row (the GUI). */
    public void setSink(TickSink sink) {
        this.sink = sink;
    }

    /** The latest global row, in {@link #METRICS} order (read-only by convention). */
    public double[] latest() {
        return global;
    }

    /** The latest per-region rows. */
    public double[][] latestByRegion() {
        return regional;
    }

    @Override
    public void step(SimState state) {
        observe(state.schedule.getSteps() + 1);
    }

    /** Computes the row of {@code tick}, sends it to the sink and starts a new tally. */
    public void observe(long tick) {
        Population p = population;
        int width = STAGES + 2;
        blocks.forEach((start, end, rng) -> {
            double[] acc = partial[start / Blocks.BLOCK_SIZE];
            java.util.Arrays.fill(acc, 0);
            float[] x = p.opinion();
            float[] g = p.grievance;
            byte[] stage = p.stage;
            int[] count = new int[STAGES];
            // citizens are numbered region by region: a block holds one contiguous run per region, summed in
            // registers in citizen order (the same sums, bit for bit, as adding each citizen into acc)
            for (int from = start; from < end; ) {
                int r = p.region[from];
                int to = Math.min(end, p.regionStart[r + 1]);
                double grievance = 0;
                double opinion = 0;
                java.util.Arrays.fill(count, 0);
                for (int i = from; i < to; i++) {
                    count[stage[i]]++;
                    grievance += g[i];
                    opinion += x[i];
                }
                int base = r * width;
                for (int k = 0; k < STAGES; k++) {
                    acc[base + k] = count[k];
                }
                acc[base + STAGES] = grievance;
                acc[base + STAGES + 1] = opinion;
                from = to;
            }
        });
        java.util.Arrays.fill(global, 0);
        for (double[] row : regional) {
            java.util.Arrays.fill(row, 0);
        }
        for (double[] acc : partial) {
            for (int r = 0; r < regions; r++) {
                for (int s = 0; s < STAGES; s++) {
                    regional[r][s] += acc[r * width + s];
                }
                regional[r][GRIEVANCE] += acc[r * width + STAGES];
                regional[r][OPINION] += acc[r * width + STAGES + 1];
            }
        }
        for (Recruiter rc : membership.recruiters()) {
            regional[rc.region()][RECRUITERS]++;
        }
        for (int r = 0; r < regions; r++) {
            double[] row = regional[r];
            int size = p.regionStart[r + 1] - p.regionStart[r];
            row[NEW] = tally.recruits[r];
            row[CUMULATIVE] = tally.cumulativeRecruitsByRegion[r];
            row[DETENTIONS] = tally.detentions[r];
            row[RELEASES] = tally.releases[r];
            row[COST] = tally.cost[r];
            row[CUMULATIVE_COST] = tally.cumulativeCostByRegion[r];
            for (int m = 0; m < METRICS.size(); m++) {
                global[m] += row[m];
            }
            row[GRIEVANCE] = size == 0 ? 0 : row[GRIEVANCE] / size;
            row[OPINION] = size == 0 ? 0 : row[OPINION] / size;
            row[SHARE] = size == 0 ? 0 : row[Stage.RADICALIZED_CODE] / size;
        }
        global[GRIEVANCE] /= p.size;
        global[OPINION] /= p.size;
        global[SHARE] = global[Stage.RADICALIZED_CODE] / p.size;
        global[CUMULATIVE] = tally.cumulativeRecruits;
        global[CUMULATIVE_COST] = tally.cumulativeCost;
        tally.clearTick();
        if (sink != null) {
            try {
                sink.tick(tick, global, regional);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
