package org.radsim.core.calibration;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.radsim.core.output.Csv;
import org.radsim.core.replication.RandomStream;
import org.radsim.core.replication.Seeds;
import org.radsim.core.scenario.Node;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.scenario.ScenarioLoader;
import org.radsim.core.scenario.Where;

/**
 * A calibrated posterior as an input: the last generation of a {@code posterior.csv} — N weighted parameter sets,
 * each a list of scenario key paths and values. Used by {@code radsim run --ensemble}, by comparisons and by the
 * GUI (step through set k of N).
 *
 * <pre>
 * Posterior post = Posterior.read(Path.of("results/cal/posterior.csv"));
 * int k = post.draw(seed);                  // a set drawn by weight, deterministically from the seed
 * List&lt;String&gt; o = post.overrides(k);       // ["opinion.mu=0.23", "recruiters.join_probability=0.41"]
 * Scenario s = post.apply(tree, List.of(), k); // a raw scenario tree with set k applied, validated
 * </pre>
 */
public final class Posterior {

    private final Path file;
    private final int generation;
    private final List<String> paths;
    private final List<String> names;
    private final List<double[]> sets;
    private final double[] weights;

    private Posterior(Path file, int generation, List<String> names, List<String> paths, List<double[]> sets, double[] weights) {
        this.file = file;
        this.generation = generation;
        this.names = List.copyOf(names);
        this.paths = List.copyOf(paths);
        this.sets = List.copyOf(sets);
        this.weights = weights;
    }

    /**
     * Reads the last generation of a posterior.csv. The parameters' key paths are read from the calibration.yaml
     * beside it (columns are parameter names); without one, the column names are taken as the paths.
     *
     * @throws ScenarioException naming the file and line when it is not a posterior table
     */
    public static Posterior read(Path posteriorCsv) throws ScenarioException {
        Path f = posteriorCsv;
        if (Files.isDirectory(f)) {
            f = f.resolve(CalibrationFolder.POSTERIOR);
        }
        if (!Files.isRegularFile(f)) {
            throw new ScenarioException(Where.file(posteriorCsv.toString()), "no such posterior file (give DIR/posterior.csv of a calibration)");
        }
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
             CSVParser p = Csv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            List<String> head = p.getHeaderNames();
            List<String> fixed = List.of("generation", "particle", "weight", "distance", "attempts");
            if (head.size() <= fixed.size() || !head.subList(0, fixed.size()).equals(fixed)) {
                throw new ScenarioException(new Where(f.toString(), 1, 1), "not a posterior.csv: the header must start with "
                        + String.join(",", fixed) + " followed by the parameters");
            }
            List<String> names = head.subList(fixed.size(), head.size());
            List<CSVRecord> rows = p.getRecords();
            int last = -1;
            for (CSVRecord row : rows) {
                last = Math.max(last, Integer.parseInt(row.get(0)));
            }
            List<double[]> sets = new ArrayList<>();
            List<Double> w = new ArrayList<>();
            for (CSVRecord row : rows) {
                if (Integer.parseInt(row.get(0)) != last) {
                    continue;
                }
                double[] th = new double[names.size()];
                for (int k = 0; k < th.length; k++) {
                    th[k] = Double.parseDouble(row.get(fixed.size() + k));
                }
                sets.add(th);
                w.add(Double.parseDouble(row.get(2)));
            }
            if (sets.isEmpty()) {
                throw new ScenarioException(new Where(f.toString(), 2, 1), "the posterior holds no particle");
            }
            List<String> paths = pathsOf(f.getParent(), names);
            return new Posterior(f, last, names, paths, sets, w.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException || e instanceof IOException || e instanceof IndexOutOfBoundsException) {
                throw new ScenarioException(Where.file(f.toString()), "cannot be read as a posterior table: " + e.getMessage());
            }
            throw (RuntimeException) e;
        }
    }

    private static List<String> pathsOf(Path dir, List<String> names) throws ScenarioException {
        Path cal = dir == null ? null : dir.resolve("calibration.yaml");
        if (cal == null || !Files.isRegularFile(cal)) {
            return names;
        }
        Node n = org.radsim.core.scenario.YamlReader.readFile(cal);
        List<String> out = new ArrayList<>(names);
        if (n instanceof Node.Mapping m && m.entries().get("parameters") instanceof Node.Sequence s) {
            for (Node item : s.items()) {
                if (item instanceof Node.Mapping im && im.entries().get("path") instanceof Node.Scalar ps) {
                    String name = im.entries().get("name") instanceof Node.Scalar ns ? ns.text() : ps.text();
                    int k = names.indexOf(name);
                    if (k >= 0) {
                        out.set(k, ps.text());
                    }
                }
            }
        }
        return out;
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** The generation read (the last of the file). */
    public int generation() {
        return generation;
    }

    /** Number of parameter sets N. */
    public int size() {
        return sets.size();
    }

    /** Parameter names (posterior.csv columns). */
    public List<String> names() {
        return names;
    }

    /** Scenario key paths, in {@link #names()} order. */
    public List<String> paths() {
        return paths;
    }

    /** Set k's values, in {@link #names()} order (a copy). */
    public double[] set(int k) {
        return sets.get(k).clone();
    }

    /** Set k's normalised importance weight. */
    public double weight(int k) {
        return weights[k];
    }

    /** The set a replication with {@code seed} uses: drawn by weight from a stream derived from the seed only. */
    public int draw(long seed) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = RandomStream.of(Seeds.derive(seed, 0x0E5E_AB1EL)).nextDouble() * total;
        double c = 0;
        for (int k = 0; k < weights.length; k++) {
            c += weights[k];
            if (u < c) {
                return k;
            }
        }
        return weights.length - 1;
    }

    /** Set k as {@code path=value} overrides. */
    public List<String> overrides(int k) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < paths.size(); p++) {
            out.add(paths.get(p) + "=" + Csv.num(sets.get(k)[p]));
        }
        return out;
    }

    /**
     * A raw scenario tree (fresh from {@link ScenarioLoader#readTree}; it is modified) with {@code overrides} and
     * then set k applied, validated.
     */
    public Scenario apply(Node.Mapping tree, List<String> overrides, int k) throws ScenarioException {
        List<String> all = new ArrayList<>(overrides);
        all.addAll(overrides(k));
        return ScenarioLoader.resolve(tree, all);
    }
}
