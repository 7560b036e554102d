package org.radsim.core.run;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.radsim.core.output.AtomicFile;
import org.radsim.core.output.Csv;
import org.radsim.core.output.FolderVerifier;
import org.radsim.core.output.FormulaEscape;
import org.radsim.core.output.ResultsFolderException;
import org.radsim.core.replication.MetricLayout;
import org.radsim.core.replication.Replication;
import org.radsim.core.replication.Seeds;
import org.radsim.core.replication.TickSink;
import org.radsim.core.scenario.Scenario;

/**
 * The per-replication parts of a results folder ({@code parts/rNNNNNN/}): each replication streams its rows into
 * {@code rNNNNNN.partial/}, renamed to {@code rNNNNNN/} when complete (the rename is the done marker); the parts are
 * joined, in replication order, into the folder's tables, and split back into parts when a completed run is
 * extended.
 */
final class ReplicationParts {

    private final Scenario scenario;
    private final Path folder;
    private final Path parts;
    private final RunOptions.Ensemble ensemble;

    ReplicationParts(Scenario scenario, Path folder, RunOptions.Ensemble ensemble) {
        this.scenario = scenario;
        this.ensemble = ensemble;
        this.folder = folder;
        this.parts = folder.resolve("parts");
    }

    /** The folder of the parts. */
    Path dir() {
        return parts;
    }

    /** Whether replication {@code r} has a finished part. */
    boolean isDone(int r) {
        return Files.isDirectory(parts.resolve(name(r)));
    }

    /** Removes replication {@code r}'s part. */
    void delete(int r) throws IOException {
        RunFolder.deleteTree(parts.resolve(name(r)));
    }

    /** The folder name of replication {@code r}'s part: {@code rNNNNNN}. */
    static String name(int r) {
        return String.format(java.util.Locale.ROOT, "r%06d", r);
    }

    /** Runs replication {@code r} into its partial folder, renamed to its part when complete. */
    ReplicationResult run(int r, int innerThreads) {
        Path partial = parts.resolve(name(r) + ".partial");
        long seed = Seeds.replication(scenario.seed(), r);
        try {
            RunFolder.deleteTree(partial);
            Files.createDirectories(partial);
            Scenario sc = ensemble == null ? scenario : ensemble.scenario(r, seed);
            Replication rep = Models.create(sc, seed, innerThreads);
            MetricLayout layout = rep.layout();
            Map<String, Double> summary;
            try (Writer ts = writer(partial.resolve("timeseries.csv"));
                 Writer rg = writer(partial.resolve("regions.csv"));
                 CSVPrinter tsp = Csv.printer(ts);
                 CSVPrinter rgp = Csv.printer(rg)) {
                RowWriter rows = new RowWriter(r, layout, tsp, rgp);
                SummaryAccumulator acc = new SummaryAccumulator(layout, rows);
                rep.run(acc);
                summary = acc.summary(rep.extraSummary());
                if (ensemble != null) {
                    ensemble.values(r, seed).forEach((k, v) -> summary.put("ensemble_" + k, v));
                }
            }
            writeSummary(partial, r, seed, summary);
            Files.move(partial, parts.resolve(name(r)), StandardCopyOption.ATOMIC_MOVE);
            return ReplicationResult.completed(r, summary);
        } catch (IOException | UncheckedIOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            return ReplicationResult.failed(r, "I/O: " + msg);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return ReplicationResult.failed(r, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Writer writer(Path p) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Streams rows of one replication. */
    private record RowWriter(int replication, MetricLayout layout, CSVPrinter timeseries, CSVPrinter regions)
            implements TickSink {
        @Override
        public void tick(long tick, double[] global, double[][] regional) throws IOException {
            List<String> row = new ArrayList<>(global.length + 2);
            row.add(Integer.toString(replication));
            row.add(Long.toString(tick));
            for (double v : global) {
                row.add(Csv.num(v));
            }
            timeseries.printRecord(row);
            for (int g = 0; g < layout.regionNames().size() && g < regional.length; g++) {
                List<String> rr = new ArrayList<>(regional[g].length + 3);
                rr.add(Integer.toString(replication));
                rr.add(Long.toString(tick));
                rr.add(FormulaEscape.escape(layout.regionNames().get(g)));
                for (double v : regional[g]) {
                    rr.add(Csv.num(v));
                }
                regions.printRecord(rr);
            }
        }
    }

    private void writeSummary(Path dir, int r, long seed, Map<String, Double> summary) throws IOException {
        List<String> header = new ArrayList<>(List.of("replication", "seed"));
        header.addAll(summary.keySet());
        List<String> row = new ArrayList<>(List.of(Integer.toString(r), Long.toString(seed)));
        summary.values().forEach(v -> row.add(Csv.num(v)));
        try (Writer w = writer(dir.resolve("summary.csv")); CSVPrinter p = Csv.printer(w)) {
            p.printRecord(header);
            p.printRecord(row);
        }
    }

    /** The summary of a finished part; a damaged one is named, never silently rerun or skipped. */
    Map<String, Double> summary(int r) throws IOException {
        Path file = parts.resolve(name(r)).resolve("summary.csv");
        List<List<String>> lines = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try (CSVParser p = Csv.rows(file)) {
                p.forEach(rec -> lines.add(rec.toList()));
            } catch (UncheckedIOException e) {
                throw new ResultsFolderException(file + ": not readable as CSV (" + e.getMessage() + ")");
            }
        }
        if (lines.size() != 2) {
            throw new ResultsFolderException(file + ": " + (lines.isEmpty() ? "missing or empty" : lines.size() + " lines")
                    + ", a finished replication has a header and one row (damaged; move the part away to rerun it)");
        }
        List<String> h = lines.get(0);
        List<String> v = lines.get(1);
        if (h.size() != v.size() || h.size() < 2) {
            throw new ResultsFolderException(file + " line 2: " + v.size() + " fields, the header has " + h.size());
        }
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        for (int i = 2; i < h.size(); i++) {
            try {
                out.put(h.get(i), Csv.number(v.get(i)));
            } catch (NumberFormatException e) {
                throw new ResultsFolderException(file + " line 2, column " + h.get(i) + ": '" + v.get(i)
                        + "' is not a number");
            }
        }
        return out;
    }

    /** Joins the parts into the final tables, in replication order; returns the rows of each replication. */
    Map<Integer, long[]> join(List<Integer> completed) throws IOException {
        Replication probe = Models.create(scenario, scenario.seed(), 1);
        MetricLayout layout = probe.layout();
        List<String> ts = new ArrayList<>(List.of("replication", "tick"));
        ts.addAll(layout.global());
        List<String> rg = new ArrayList<>(List.of("replication", "tick", "region"));
        rg.addAll(layout.regional());
        Map<Integer, long[]> rows = new TreeMap<>();
        for (int r : completed) {
            rows.put(r, new long[2]);
        }
        joinInto("timeseries.csv", Csv.headerLine(ts), completed, false, rows, 0);
        joinInto("regions.csv", Csv.headerLine(rg), completed, false, rows, 1);
        String summaryHeader = completed.isEmpty()
                ? Csv.headerLine(List.of("replication", "seed"))
                : Files.readAllLines(parts.resolve(name(completed.get(0))).resolve("summary.csv")).get(0) + Csv.EOL;
        joinInto("summary.csv", summaryHeader, completed, true, rows, -1);
        return rows;
    }

    private void joinInto(String name, String header, List<Integer> completed, boolean skipHeader,
                          Map<Integer, long[]> rows, int count) throws IOException {
        try (AtomicFile f = AtomicFile.create(folder.resolve(name))) {
            OutputStream out = f.stream();
            out.write(header.getBytes(StandardCharsets.UTF_8));
            for (int r : completed) {
                Path part = parts.resolve(name(r)).resolve(name);
                byte[] all = Files.readAllBytes(part);
                Csv.appendRows(all, skipHeader, out);
                if (count >= 0) {
                    long lines = 0;
                    for (byte b : all) {
                        if (b == '\n') {
                            lines++;
                        }
                    }
                    rows.get(r)[count] = lines;
                }
            }
            f.commit();
        }
    }

    /**
     * Extending a completed run: gives every replication in the joined tables its part back (the exact bytes it
     * had there), so that the join after the new replications is the join of a fresh run.
     */
    void split(List<Integer> done) throws IOException {
        Files.createDirectories(parts);
        Map<Integer, Map<String, ByteArrayOutputStream>> byRep = new TreeMap<>();
        for (String table : FolderVerifier.TABLES) {
            Path file = folder.resolve(table);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                byte[] header = line(in);
                for (byte[] l; (l = line(in)) != null; ) {
                    int r = Integer.parseInt(new String(l, 0, indexOf(l, (byte) ','), StandardCharsets.UTF_8));
                    ByteArrayOutputStream b = byRep.computeIfAbsent(r, k -> new TreeMap<>())
                            .computeIfAbsent(table, k -> new ByteArrayOutputStream());
                    if (table.equals("summary.csv") && b.size() == 0) {
                        b.write(header);
                    }
                    b.write(l);
                }
            }
        }
        for (int r : done) {
            if (Files.isDirectory(parts.resolve(name(r)))) {
                continue;
            }
            Path partial = parts.resolve(name(r) + ".partial");
            RunFolder.deleteTree(partial);
            Files.createDirectories(partial);
            Map<String, ByteArrayOutputStream> tables = byRep.getOrDefault(r, Map.of());
            for (String table : FolderVerifier.TABLES) {
                ByteArrayOutputStream b = tables.get(table);
                Files.write(partial.resolve(table), b == null ? new byte[0] : b.toByteArray());
            }
            Files.move(partial, parts.resolve(name(r)), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static int indexOf(byte[] b, byte c) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return b.length;
    }

    /** The next line with its line end, or null at the end. */
    private static byte[] line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(256);
        for (int c; (c = in.read()) >= 0; ) {
            b.write(c);
            if (c == '\n') {
                break;
            }
        }
        return b.size() == 0 ? null : b.toByteArray();
    }

}
