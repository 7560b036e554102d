package org.radsim.analysis.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVPrinter;
import org.radsim.core.output.ComparisonFolder;
import org.radsim.analysis.stats.ReplicationStats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.radsim.core.output.Csv;

/**
 * Writes results folders in the format of {@code radsim run} (COMMON_BRIEF "Results folder") with made-up but
 * plausible-looking dynamics, for tests of the analysis. Replication {@code k} draws its noise from
 * {@code new Random(seed_k)}, so two scenarios written with the same master seed share their noise exactly as
 * common random numbers would.
 */
public final class SyntheticResults {

    public static final List<String> METRICS = List.of("neutral", "sympathizer", "radicalized", "member", "detained",
            "disengaged", "recruiters", "new_recruits", "cumulative_recruits", "detentions", "releases",
            "mean_grievance", "mean_opinion", "share_radicalized", "cost", "cumulative_cost");
    public static final List<String> REGIONS = List.of("border-east", "capital", "diaspora");
    private static final double[] REGION_SHARE = {0.5, 0.35, 0.15};

    /**
     * A scenario to write.
     *
     * @param radicalization multiplier on radicalized counts (1 = baseline)
     * @param recruitment    multiplier on members and recruits (1 = baseline)
     * @param costPerTick    cost per tick
     * @param interventions  intervention "type/target" pairs recorded in the scenario tree
     */
    public record Spec(String name, String description, double radicalization, double recruitment,
                       double costPerTick, List<String> interventions) {
    }

    private SyntheticResults() {
    }

    /** Writes {@code spec} with {@code replications} replications of {@code ticks} ticks into {@code dir}. */
    public static Path write(Path dir, Spec spec, long masterSeed, int replications, int ticks) {
        try {
            Files.createDirectories(dir);
            int pop = 20_000;
            ObjectMapper json = new ObjectMapper();
            ObjectNode m = json.createObjectNode();
            m.put("tool", "radsim");
            m.put("version", "0.1.0-test");
            m.put("status", "completed");
            m.put("scenario_name", spec.name());
            m.put("model", "radicalization");
            m.put("master_seed", masterSeed);
            ArrayNode reps = m.putArray("replications");
            ObjectNode sc = m.putObject("scenario");
            sc.put("name", spec.name());
            sc.put("description", spec.description());
            sc.put("ticks", ticks);
            sc.put("ticks_per_year", 52);
            sc.putObject("population").put("size", pop);
            ArrayNode regions = sc.putArray("regions");
            for (int r = 0; r < REGIONS.size(); r++) {
                regions.addObject().put("name", REGIONS.get(r)).put("share", REGION_SHARE[r]);
            }
            ArrayNode iv = sc.putArray("interventions");
            for (String i : spec.interventions()) {
                String[] p = i.split("/");
                iv.addObject().put("type", p[0]).put("target", p[1]).put("coverage", 0.25);
            }
            List<String> summaryHeader = new ArrayList<>(List.of("replication", "seed"));
            for (String x : METRICS) {
                summaryHeader.add("final_" + x);
            }
            for (String x : METRICS) {
                summaryHeader.add("peak_" + x);
            }
            for (String x : METRICS) {
                summaryHeader.add("peak_tick_" + x);
            }
            List<String> tsHeader = new ArrayList<>(List.of("replication", "tick"));
            tsHeader.addAll(METRICS);
            List<String> rgHeader = new ArrayList<>(List.of("replication", "tick", "region"));
            rgHeader.addAll(METRICS);
            try (CSVPrinter sum = Csv.printer(dir.resolve("summary.csv"), summaryHeader);
                 CSVPrinter ts = Csv.printer(dir.resolve("timeseries.csv"), tsHeader);
                 CSVPrinter rg = Csv.printer(dir.resolve("regions.csv"), rgHeader)) {
                for (int k = 0; k < replications; k++) {
                    long seed = masterSeed * 31 + k * 1_000_003L;
                    reps.addObject().put("index", k).put("seed", seed).put("status", "completed");
                    Random rng = new Random(seed);
                    double a = rng.nextGaussian();
                    double b = rng.nextGaussian();
                    double[] fin = new double[METRICS.size()];
                    double[] peak = new double[METRICS.size()];
                    long[] peakTick = new long[METRICS.size()];
                    java.util.Arrays.fill(peak, Double.NEGATIVE_INFINITY);
                    double cumRec = 0;
                    double cumCost = 0;
                    for (int t = 0; t <= ticks; t++) {
                        double grow = 1 - Math.exp(-t / 40.0);
                        double rad = Math.round(pop * 0.04 * spec.radicalization() * (1 + 0.15 * a) * grow
                                * (1 + 0.1 * Math.sin(t / 15.0)) + 3 * rng.nextGaussian());
                        rad = Math.max(0, rad);
                        double sym = Math.max(0, Math.round(rad * 3 + 10 * rng.nextGaussian()));
                        // members follow the recruitment factor alone, so each factor is the scenario's relative effect
                        double mem = Math.max(0, Math.round(pop * 0.04 * 0.08 * spec.recruitment() * (1 + 0.2 * b) * grow));
                        double newRec = Math.max(0, Math.round(mem * 0.03 + 0.5 * rng.nextGaussian()));
                        cumRec += newRec;
                        double cost = t == 0 ? 0 : spec.costPerTick();
                        cumCost += cost;
                        double det = Math.round(mem * 0.2);
                        double dis = Math.round(cumRec * 0.3);
                        double[] v = {pop - sym - rad - mem - det - dis, sym, rad, mem, det, dis, Math.round(mem * 0.1),
                                newRec, cumRec, Math.round(mem * 0.01), Math.round(mem * 0.005),
                                0.2 + 0.01 * a, 0.05 * grow, rad / pop, cost, cumCost};
                        List<Object> row = new ArrayList<>(List.of(k, t));
                        for (int i = 0; i < v.length; i++) {
                            row.add(Csv.num(v[i]));
                            fin[i] = v[i];
                            if (v[i] > peak[i]) {
                                peak[i] = v[i];
                                peakTick[i] = t;
                            }
                        }
                        ts.printRecord(row);
                        for (int r = 0; r < REGIONS.size(); r++) {
                            List<Object> rr = new ArrayList<>(List.of(k, t, REGIONS.get(r)));
                            for (int i = 0; i < v.length; i++) {
                                boolean share = i >= 11 && i <= 13;
                                rr.add(Csv.num(share ? v[i] : Math.round(v[i] * REGION_SHARE[r])));
                            }
                            rg.printRecord(rr);
                        }
                    }
                    List<Object> srow = new ArrayList<>(List.of(k, seed));
                    for (double x : fin) {
                        srow.add(Csv.num(x));
                    }
                    for (double x : peak) {
                        srow.add(Csv.num(x));
                    }
                    for (long x : peakTick) {
                        srow.add(x);
                    }
                    sum.printRecord(srow);
                }
            }
            Files.writeString(dir.resolve("manifest.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(m));
            Files.writeString(dir.resolve("scenario.yaml"), "name: synthetic\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A compare folder: baseline plus alternatives with the same master seed, laid out as radsim compare does. */
    public static Path compareFolder(Path dir, Spec baseline, List<Spec> alternatives, int replications, int ticks) {
        List<String> names = new ArrayList<>();
        names.add(baseline.name());
        alternatives.forEach(s -> names.add(s.name()));
        List<String> folders = ComparisonFolder.folderNames(names);
        write(dir.resolve(folders.get(0)), baseline, 42, replications, ticks);
        for (int i = 0; i < alternatives.size(); i++) {
            write(dir.resolve(folders.get(i + 1)), alternatives.get(i), 42, replications, ticks);
        }
        new ComparisonFolder(folders.get(0), folders.subList(1, folders.size()), 42,
                replications).write(dir);
        return dir;
    }

    /** The scenarios used by most tests: a baseline and three alternatives, one per direction-check family. */
    public static Path standardCompare(Path dir, int replications, int ticks) {
        return compareFolder(dir,
                new Spec("baseline", "Four illustrative regions; no intervention.", 1, 1, 0, List.of()),
                List.of(new Spec("counter-narrative", "Counter-narratives in every region.", 0.8, 0.9, 2000,
                                List.of("counter_narrative/all")),
                        new Spec("jobs-high-risk", "Jobs for the high-risk unemployed.", 0.95, 0.7, 5000,
                                List.of("jobs/high_risk")),
                        new Spec("governance", "Procedural justice.", 1.02, 1.05, 1000,
                                List.of("governance/all"))),
                replications, ticks);
    }
}
