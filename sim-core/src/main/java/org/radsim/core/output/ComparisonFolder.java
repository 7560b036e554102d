package org.radsim.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The layout of a compare folder ({@code results/compare-<stamp>/}):
 * <pre>
 * compare.json          {"baseline": "00-baseline", "alternatives": ["01-jobs", …], "master_seed": …, "replications": …}
 * 00-baseline/          a normal results folder of `radsim run` (manifest.json, summary.csv, timeseries.csv, …)
 * 01-jobs/              one per alternative, same master seed → same per-replication seeds
 * comparison.csv, costs.csv, ranking.csv, direction-checks.csv, parameters.csv
 * charts/               PNG + SVG
 * report.html
 * </pre>
 * Written by {@code org.radsim.core.run.Comparison} (which runs the scenarios with {@code CommonRandomNumbers}),
 * checked by {@link FolderVerifier#verifyCompare}, read by the analysis. Subfolder names are the scenario names reduced to {@code [A-Za-z0-9._-]}, prefixed with their position so that
 * two scenarios with the same name never share a folder.
 *
 * @param baseline     subfolder of the baseline
 * @param alternatives subfolders of the alternatives, in command-line order
 * @param masterSeed   master seed shared by every scenario
 * @param replications replications requested per scenario
 */
public record ComparisonFolder(String baseline, List<String> alternatives, long masterSeed, int replications) {

    /** File name of the layout in a compare folder. */
    public static final String FILE = FolderVerifier.COMPARE_FILE;

    public ComparisonFolder {
        alternatives = List.copyOf(alternatives);
    }

    /** Subfolder names for scenarios with these names (baseline first). */
    public static List<String> folderNames(List<String> scenarioNames) {
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < scenarioNames.size(); i++) {
            String safe = scenarioNames.get(i).replaceAll("[^A-Za-z0-9._-]+", "_");
            if (safe.isEmpty() || safe.startsWith(".")) {
                safe = "scenario" + safe;
            }
            safe = safe.substring(0, Math.min(safe.length(), 60));
            String name = String.format(Locale.ROOT, "%02d-%s", i, safe);
            if (!used.add(name)) {
                throw new IllegalStateException("duplicate folder " + name);
            }
            out.add(name);
        }
        return out;
    }

    /** Whether {@code dir} holds a {@link #FILE}. */
    public static boolean isCompareFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    /** The layout recorded in {@code dir}. */
    public static ComparisonFolder read(Path dir) {
        try {
            JsonNode n = new ObjectMapper().readTree(dir.resolve(FILE).toFile());
            List<String> alts = new ArrayList<>();
            n.path("alternatives").forEach(a -> alts.add(a.asText()));
            if (!n.hasNonNull("baseline") || alts.isEmpty()) {
                throw new IllegalArgumentException(dir.resolve(FILE) + " names no baseline or no alternatives");
            }
            return new ComparisonFolder(n.get("baseline").asText(), alts, n.path("master_seed").asLong(),
                    n.path("replications").asInt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes this layout as {@code dir/compare.json} (atomically). */
    public void write(Path dir) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode n = json.createObjectNode();
        n.put("baseline", baseline);
        ArrayNode a = n.putArray("alternatives");
        alternatives.forEach(a::add);
        n.put("master_seed", masterSeed);
        n.put("replications", replications);
        try {
            Files.createDirectories(dir);
            AtomicFile.writeString(dir.resolve(FILE), json.writeValueAsString(n) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
