package org.radsim.core.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.radsim.core.output.AtomicFile;
import org.radsim.core.output.Csv;
import org.radsim.core.output.FormulaEscape;
import org.radsim.core.replication.MetricLayout;
import org.radsim.core.replication.TickSink;
import org.radsim.core.output.FileTrees;

/**
 * The per-tick series of a sweep's runs, when the sweep asks for them ({@code outputs: [summary, timeseries,
 * regions]}): each run streams its rows into {@code series/run-NNNNNNNNN.partial/}, renamed when the run is
 * complete and before its result row is recorded; the merge joins them, in run order, into the sweep folder's
 * {@code timeseries.csv} ({@code run,point,replication,tick,<metrics>}) and {@code regions.csv}
 * ({@code run,point,replication,tick,region,<metrics>}). A failed run has no series.
 */
final class SeriesParts {

    /** Folder of the parts inside the sweep folder. */
    static final String DIR = "series";
    static final String TIMESERIES = "timeseries.csv";
    static final String REGIONS = "regions.csv";

    private final Path dir;
    private final boolean timeseries;
    private final boolean regions;

    SeriesParts(Path sweepDir, boolean timeseries, boolean regions) {
        this.dir = sweepDir.resolve(DIR);
        this.timeseries = timeseries;
        this.regions = regions;
    }

    /** Whether any series is recorded. */
    boolean any() {
        return timeseries || regions;
    }

    private static String name(long run) {
        return String.format(java.util.Locale.ROOT, "run-%09d", run);
    }

    /** A run's writer of rows; {@link Run#commit} when the run is complete. */
    Run open(long run, int point, int replication) throws IOException {
        Path partial = dir.resolve(name(run) + ".partial");
        FileTrees.delete(partial);
        FileTrees.delete(dir.resolve(name(run)));
        Files.createDirectories(partial);
        return new Run(run, point, replication, partial);
    }

    /** The rows of one run. */
    final class Run implements AutoCloseable {
        private final long run;
        private final int point;
        private final int replication;
        private final Path partial;
        private CSVPrinter ts;
        private CSVPrinter rg;
        private MetricLayout layout;

        private Run(long run, int point, int replication, Path partial) {
            this.run = run;
            this.point = point;
            this.replication = replication;
            this.partial = partial;
        }

        /** The sink of the run's rows, for a model with this layout. */
        TickSink sink(MetricLayout l) throws IOException {
            this.layout = l;
            List<String> key = List.of("run", "point", "replication", "tick");
            if (timeseries) {
                List<String> h = new ArrayList<>(key);
                h.addAll(l.global());
                ts = new CSVPrinter(writer(partial.resolve(TIMESERIES)), Csv.FORMAT.builder().setHeader(h.toArray(String[]::new)).get());
            }
            if (regions) {
                List<String> h = new ArrayList<>(key);
                h.add("region");
                h.addAll(l.regional());
                rg = new CSVPrinter(writer(partial.resolve(REGIONS)), Csv.FORMAT.builder().setHeader(h.toArray(String[]::new)).get());
            }
            return this::tick;
        }

        private void tick(long tick, double[] global, double[][] regional) throws IOException {
            List<String> head = List.of(Long.toString(run), Integer.toString(point), Integer.toString(replication),
                    Long.toString(tick));
            if (ts != null) {
                List<String> row = new ArrayList<>(head);
                for (double v : global) {
                    row.add(Csv.num(v));
                }
                ts.printRecord(row);
            }
            if (rg != null) {
                for (int g = 0; g < layout.regionNames().size() && g < regional.length; g++) {
                    List<String> row = new ArrayList<>(head);
                    row.add(FormulaEscape.escape(layout.regionNames().get(g)));
                    for (double v : regional[g]) {
                        row.add(Csv.num(v));
                    }
                    rg.printRecord(row);
                }
            }
        }

        /** Closes the files and marks the run's series complete. */
        void commit() throws IOException {
            close();
            Files.move(partial, dir.resolve(name(run)), StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public void close() throws IOException {
            if (ts != null) {
                ts.close();
                ts = null;
            }
            if (rg != null) {
                rg.close();
                rg = null;
            }
        }
    }

    /** Joins the complete runs' series, in run order, into {@code sweepDir}'s tables. */
    void join(Path sweepDir, long runs) throws IOException {
        for (String table : List.of(TIMESERIES, REGIONS)) {
            if ((table.equals(TIMESERIES) && !timeseries) || (table.equals(REGIONS) && !regions)) {
                continue;
            }
            try (AtomicFile f = AtomicFile.create(sweepDir.resolve(table))) {
                OutputStream out = f.stream();
                boolean headerWritten = false;
                for (long r = 0; r < runs; r++) {
                    Path part = dir.resolve(name(r)).resolve(table);
                    if (!Files.isRegularFile(part)) {
                        continue;
                    }
                    Csv.appendRows(Files.readAllBytes(part), headerWritten, out);
                    headerWritten = true;
                }
                f.commit();
            }
        }
    }

    private static Writer writer(Path p) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16);
    }

}
