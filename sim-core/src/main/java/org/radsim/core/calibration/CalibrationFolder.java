package org.radsim.core.calibration;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVPrinter;
import org.radsim.core.output.AtomicFile;
import org.radsim.core.output.Csv;
import org.radsim.core.output.DataPackage;
import org.radsim.core.output.DataPackage.Field;
import org.radsim.core.run.DataDictionary;

/**
 * A calibration folder: {@code parts/} (each accepted particle as found, for resume), then {@code posterior.csv}
 * (every generation's particles with their weights and distances), {@code statistics.csv} (the simulated target
 * statistics of every accepted particle), {@code generations.csv} (per generation: tolerance, simulations,
 * acceptance, ESS, posterior mean and SD of each parameter), {@code targets.csv}, {@code predictive.csv}, their data
 * dictionary {@code datapackage.json} ({@link #describe}) and {@code manifest.json}. Tables are RFC 4180 with
 * radsim's number format, written atomically, and the same bytes on any thread count.
 */
public final class CalibrationFolder implements ParticleStore {

    public static final String POSTERIOR = "posterior.csv";
    public static final String STATISTICS = "statistics.csv";
    public static final String GENERATIONS = "generations.csv";
    public static final String TARGETS = "targets.csv";
    public static final String PREDICTIVE = "predictive.csv";

    /** What one row of each table is, and its primary key (the calibration folder's data dictionary). */
    private static final Map<String, DataDictionary.Kind> TABLES = Map.of(
            POSTERIOR, new DataDictionary.Kind("One row per accepted particle of every generation: its weight, "
                    + "distance, attempts and parameter values; the last generation is the posterior.",
                    List.of("generation", "particle")),
            STATISTICS, new DataDictionary.Kind("One row per accepted particle of every generation: the simulated "
                    + "value of each target statistic.", List.of("generation", "particle")),
            GENERATIONS, new DataDictionary.Kind("One row per generation: tolerance, simulations, acceptance, "
                    + "effective sample size, and each parameter's weighted posterior mean and SD.",
                    List.of("generation")),
            TARGETS, new DataDictionary.Kind("One row per target pattern: the statistic, its observed value and the "
                    + "scale and weight its error has in the distance.", List.of("target")),
            PREDICTIVE, new DataDictionary.Kind("One row per posterior predictive draw: the particle drawn (by weight) "
                    + "from the last generation and the target statistics of a fresh simulation at it.",
                    List.of("draw")));

    /** The fixed columns of the calibration tables, by table ("" for every table). */
    private static final Map<String, Field> COLUMNS = Map.ofEntries(
            Map.entry("generation", Field.of("generation", "integer", "Generation index (0-based); the last is the "
                    + "posterior.")),
            Map.entry("particle", Field.of("particle", "integer", "Particle index within its generation (0-based).")),
            Map.entry("weight", Field.of("weight", "number", "Normalized importance weight of the particle within "
                    + "its generation.")),
            Map.entry("distance", Field.of("distance", "number", "Distance of the particle's simulated statistics to "
                    + "the observed ones (weighted, scaled).")),
            Map.entry("attempts", Field.of("attempts", "integer", "Simulations tried until this particle was "
                    + "accepted.")),
            Map.entry("epsilon", Field.of("epsilon", "number", "Tolerance of the generation: the largest accepted "
                    + "distance.")),
            Map.entry("particles", Field.of("particles", "integer", "Particles accepted in the generation.")),
            Map.entry("simulations", Field.of("simulations", "integer", "Simulations run in the generation.")),
            Map.entry("acceptance", Field.of("acceptance", "number", "Particles accepted over simulations run.")),
            Map.entry("ess", Field.of("ess", "number", "Effective sample size of the weights (Kish).")),
            Map.entry("target", Field.of("target", "string", "Name of the target pattern.")),
            Map.entry("statistic", Field.of("statistic", "string", "Statistic of the run the target compares: one of "
                    + String.join(", ", Target.STATISTICS) + ".")),
            Map.entry("metric", Field.of("metric", "string", "Metric the statistic is computed from.")),
            Map.entry("region", Field.of("region", "string", "Region of the metric; empty for the global metric.")),
            Map.entry("from", new Field("from", "integer", "First tick of the window the statistic covers.", "tick")),
            Map.entry("to", new Field("to", "integer", "Last tick of the window the statistic covers.", "tick")),
            Map.entry("observed", Field.of("observed", "number", "Observed value of the statistic (unit of the "
                    + "metric).")),
            Map.entry("scale", Field.of("scale", "number", "Scale the target's error is divided by in the distance.")),
            Map.entry("draw", Field.of("draw", "integer", "Index of the posterior predictive draw (0-based).")));

    private final Path dir;
    private final Calibration cal;

    public CalibrationFolder(Path dir, Calibration cal) throws IOException {
        this.dir = dir;
        this.cal = cal;
        Files.createDirectories(dir.resolve("parts"));
    }

    public Path dir() {
        return dir;
    }

    private Path part(int generation, int index) {
        return dir.resolve("parts").resolve(String.format("g%03d", generation)).resolve(String.format("p%06d.csv", index));
    }

    @Override
    public Particle load(int generation, int index) throws IOException {
        Path f = part(generation, index);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        String[] v = Files.readString(f, StandardCharsets.UTF_8).strip().split(",");
        int np = cal.parameters().size();
        int nt = cal.targets().size();
        if (v.length != 2 + np + nt) {
            throw new IOException(f + " is damaged (" + v.length + " fields, expected " + (2 + np + nt) + ")");
        }
        double[] theta = new double[np];
        double[] stats = new double[nt];
        for (int p = 0; p < np; p++) {
            theta[p] = Double.parseDouble(v[2 + p]);
        }
        for (int t = 0; t < nt; t++) {
            stats[t] = Double.parseDouble(v[2 + np + t]);
        }
        return new Particle(index, theta, stats, Double.parseDouble(v[1]), Long.parseLong(v[0]));
    }

    @Override
    public void save(int generation, Particle p) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(p.attempts()).append(',').append(Double.toString(p.distance()));
        for (double x : p.theta()) {
            sb.append(',').append(Double.toString(x));
        }
        for (double x : p.statistics()) {
            sb.append(',').append(Double.toString(x));
        }
        Path f = part(generation, p.index());
        Files.createDirectories(f.getParent());
        AtomicFile.writeString(f, sb.append('\n').toString());
    }

    /** Writes the tables of a finished (or stopped) calibration. */
    public void writeTables(AbcSmc.Result r) throws IOException {
        List<String> pn = cal.parameterNames();
        List<String> tn = cal.targetNames();
        List<String> head = new ArrayList<>(List.of("generation", "particle", "weight", "distance", "attempts"));
        head.addAll(pn);
        List<List<Object>> rows = new ArrayList<>();
        List<String> shead = new ArrayList<>(List.of("generation", "particle", "weight"));
        shead.addAll(tn);
        List<List<Object>> srows = new ArrayList<>();
        for (Generation g : r.generations()) {
            for (int i = 0; i < g.particles().size(); i++) {
                Particle p = g.particles().get(i);
                List<Object> row = new ArrayList<>(List.of(g.index(), i, Csv.num(g.weights()[i]), Csv.num(p.distance()), p.attempts()));
                for (double x : p.theta()) {
                    row.add(Csv.num(x));
                }
                rows.add(row);
                List<Object> srow = new ArrayList<>(List.of(g.index(), i, Csv.num(g.weights()[i])));
                for (double x : p.statistics()) {
                    srow.add(Csv.num(x));
                }
                srows.add(srow);
            }
        }
        AtomicFile.writeString(dir.resolve(POSTERIOR), table(head, rows));
        AtomicFile.writeString(dir.resolve(STATISTICS), table(shead, srows));
        List<String> ghead = new ArrayList<>(List.of("generation", "epsilon", "particles", "simulations", "acceptance", "ess"));
        for (String p : pn) {
            ghead.add("mean_" + p);
            ghead.add("sd_" + p);
        }
        List<List<Object>> grows = new ArrayList<>();
        for (Generation g : r.generations()) {
            List<Object> row = new ArrayList<>(List.of(g.index(), Csv.num(g.epsilon()), g.particles().size(), g.simulations(),
                    Csv.num(g.acceptance()), Csv.num(g.ess())));
            for (int p = 0; p < pn.size(); p++) {
                row.add(Csv.num(g.mean(p)));
                row.add(Csv.num(g.sd(p)));
            }
            grows.add(row);
        }
        AtomicFile.writeString(dir.resolve(GENERATIONS), table(ghead, grows));
        List<List<Object>> trows = new ArrayList<>();
        for (Target t : cal.targets()) {
            trows.add(List.of(t.name(), t.statistic(), t.metric(), t.region() == null ? "" : t.region(), t.from(), t.to(),
                    Csv.num(t.observed()), Csv.num(t.scale()), Csv.num(t.weight())));
        }
        AtomicFile.writeString(dir.resolve(TARGETS), table(List.of("target", "statistic", "metric", "region", "from", "to",
                "observed", "scale", "weight"), trows));
    }

    /**
     * Writes the folder's data dictionary ({@code datapackage.json}) for the tables present: the fixed columns from
     * {@link #COLUMNS}, parameter and target columns from the calibration file.
     */
    public void describe() {
        List<String> pn = cal.parameterNames();
        List<String> tn = cal.targetNames();
        DataDictionary.describe(dir, DataDictionary.name(dir), "radsim calibration folder " + cal.name(), TABLES,
                (file, c) -> {
                    if (file.equals(PREDICTIVE) && c.equals("particle")) {
                        return Field.of(c, "integer", "Index of the drawn particle in the last generation of "
                                + POSTERIOR + ".");
                    }
                    if (file.equals(TARGETS) && c.equals("weight")) {
                        return Field.of(c, "number", "Weight of the target's error in the distance.");
                    }
                    if ((file.equals(POSTERIOR)) && pn.contains(c)) {
                        return Field.of(c, "number", "Value of the calibrated parameter " + c + " ("
                                + cal.parameters().get(pn.indexOf(c)).path() + ").");
                    }
                    if ((file.equals(STATISTICS) || file.equals(PREDICTIVE)) && tn.contains(c)) {
                        Target t = cal.targets().get(tn.indexOf(c));
                        return Field.of(c, "number", "Simulated value of target " + c + ": the " + t.statistic()
                                + " of " + t.metric() + (t.region() == null ? "" : " in " + t.region()) + ".");
                    }
                    if (file.equals(GENERATIONS)) {
                        for (String p : pn) {
                            if (c.equals("mean_" + p)) {
                                return Field.of(c, "number", "Weighted posterior mean of parameter " + p + ".");
                            }
                            if (c.equals("sd_" + p)) {
                                return Field.of(c, "number", "Weighted posterior standard deviation of parameter "
                                        + p + ".");
                            }
                        }
                    }
                    Field f = COLUMNS.get(c);
                    if (f == null) {
                        // no fall-back to the results folders' columns: every calibration column is described here
                        throw new DataPackage.UndescribedColumnException(dir.resolve(file) + ": column '" + c
                                + "' has no description (add it to " + CalibrationFolder.class.getSimpleName()
                                + ".COLUMNS)");
                    }
                    return f;
                });
    }

    private static String table(List<String> head, List<List<Object>> rows) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = Csv.printer(w)) {
            p.printRecord(head);
            for (List<Object> r : rows) {
                p.printRecord(r);
            }
        }
        return w.toString();
    }

    /** Size and SHA-256 of every file of the folder except the manifest, parts/ and the lock. */
    public Map<String, Object> files() throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
            for (Path f : files) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (rel.equals("manifest.json") || rel.startsWith("parts/") || rel.startsWith(".") || rel.endsWith(".tmp")) {
                    continue;
                }
                byte[] b = Files.readAllBytes(f);
                out.put(rel, Map.of("size", b.length, "sha256", sha256(b)));
            }
        }
        return out;
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
