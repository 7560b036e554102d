package org.radsim.core.calibration;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.radsim.core.output.AtomicFile;
import org.radsim.core.output.Csv;
import org.radsim.core.output.Manifest;
import org.radsim.core.run.ToolVersion;

/**
 * Runs a calibration into its folder: copies the calibration file (calibration.yaml), keeps the manifest's status
 * ({@code running}, then {@code completed} with the stop reason), runs (or resumes) {@link AbcSmc} with the folder as
 * its particle store, writes the tables and the posterior predictive check ({@code predictive.csv}). Charts and
 * report are added by the caller (analysis), then {@link #finish} records every file.
 */
public final class CalibrationRunner {

    /** Posterior predictive draws. */
    public static final int PREDICTIVE_DRAWS = 100;

    private final Calibration cal;
    private final CalibrationFolder folder;
    private final Manifest manifest;
    private final long started = System.currentTimeMillis();

    public CalibrationRunner(Calibration cal, Path dir, String command) throws IOException {
        this.cal = cal;
        this.folder = new CalibrationFolder(dir, cal);
        Path copy = dir.resolve("calibration.yaml");
        String text = Files.readString(cal.file(), StandardCharsets.UTF_8);
        if (!Files.isRegularFile(copy) || !Files.readString(copy, StandardCharsets.UTF_8).equals(text)) {
            AtomicFile.writeString(copy, text);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "calibration");
        m.put("tool_version", ToolVersion.version());
        m.put("git_commit", ToolVersion.gitCommit().orElse(null));
        m.put("status", "running");
        m.put("name", cal.name());
        m.put("calibration_sha256", CalibrationFolder.sha256(text.getBytes(StandardCharsets.UTF_8)));
        m.put("base", cal.base());
        m.put("set", cal.set());
        m.put("seed", cal.seed());
        m.put("method", cal.method());
        m.put("particles", cal.particles());
        m.put("parameters", cal.parameters().stream().map(p -> Map.of("name", p.name(), "path", p.path(),
                "prior", p.prior().kind(), "min", p.prior().min(), "max", p.prior().max())).toList());
        m.put("targets", cal.targetNames());
        m.put("resume_command", command);
        m.put("started", Instant.ofEpochMilli(started).toString());
        m.put("java", System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        manifest = Manifest.create(dir, m);
        manifest.write();
    }

    public CalibrationFolder folder() {
        return folder;
    }

    /** Runs or resumes the calibration, then the predictive check; writes the tables. */
    public Outcome run(Simulator sim, int threads, AbcSmc.Listener listener) throws IOException {
        AbcSmc.Result r = new AbcSmc(cal, sim, folder, threads).run(listener);
        folder.writeTables(r);
        PredictiveCheck.Result pc = null;
        if (!r.generations().isEmpty()) {
            pc = PredictiveCheck.run(cal, sim, r.posterior(), PREDICTIVE_DRAWS, threads);
            writePredictive(pc);
        }
        folder.describe();
        manifest.put("stop_reason", r.stopReason());
        manifest.put("generations", r.generations().size());
        manifest.put("simulations", r.simulations());
        if (pc != null) {
            List<Map<String, Object>> checks = new ArrayList<>();
            for (int t = 0; t < cal.targets().size(); t++) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("target", cal.targets().get(t).name());
                c.put("observed", cal.targets().get(t).observed());
                c.put("low_5", pc.low()[t]);
                c.put("high_95", pc.high()[t]);
                c.put("inside", pc.inside()[t]);
                checks.add(c);
            }
            manifest.put("predictive_check", checks);
        }
        manifest.write();
        return new Outcome(r, pc);
    }

    /** The calibration's result and its predictive check (null when no generation completed). */
    public record Outcome(AbcSmc.Result result, PredictiveCheck.Result predictive) {
    }

    private void writePredictive(PredictiveCheck.Result pc) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = Csv.printer(w)) {
            List<String> head = new ArrayList<>(List.of("draw", "particle"));
            head.addAll(cal.targetNames());
            p.printRecord(head);
            for (int k = 0; k < pc.sets().length; k++) {
                List<Object> row = new ArrayList<>(List.of(k, pc.sets()[k]));
                for (double x : pc.statistics()[k]) {
                    row.add(Csv.num(x));
                }
                p.printRecord(row);
            }
        }
        AtomicFile.writeString(folder.dir().resolve(CalibrationFolder.PREDICTIVE), w.toString());
    }

    /** Marks the folder completed and records every file's size and SHA-256, the end time and wall time. */
    public void finish() throws IOException {
        long end = System.currentTimeMillis();
        manifest.put("status", "completed");
        manifest.put("ended", Instant.ofEpochMilli(end).toString());
        manifest.put("wall_seconds", (end - started) / 1000.0);
        manifest.put("files", folder.files());
        manifest.write();
    }

    /** Records a failure. */
    public void failed(String error) throws IOException {
        manifest.put("status", "failed");
        manifest.put("error", error);
        manifest.write();
    }
}
