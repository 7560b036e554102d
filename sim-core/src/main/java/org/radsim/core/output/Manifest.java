package org.radsim.core.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The {@code manifest.json} of a results folder: tool version, git commit, the resolved scenario and its hash,
 * master and per-replication seeds, JVM and OS, start and end time, wall time, status. Written atomically
 * (temporary file, then rename) whenever it changes, so an interrupted run always leaves a readable manifest.
 */
public final class Manifest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final LinkedHashMap<String, Object> root;

    private Manifest(Path file, LinkedHashMap<String, Object> root) {
        this.file = file;
        this.root = root;
    }

    /** A new manifest (not yet written). */
    public static Manifest create(Path folder, Map<String, Object> fields) {
        return new Manifest(folder.resolve("manifest.json"), new LinkedHashMap<>(fields));
    }

    /** Reads the manifest of an existing results folder. */
    @SuppressWarnings("unchecked")
    public static Manifest read(Path folder) throws IOException {
        Path f = folder.resolve("manifest.json");
        return new Manifest(f, JSON.readValue(f.toFile(), LinkedHashMap.class));
    }

    public synchronized Object get(String key) {
        return root.get(key);
    }

    public synchronized void put(String key, Object value) {
        root.put(key, value);
    }

    /** The per-replication records (index, seed, status, error). */
    @SuppressWarnings("unchecked")
    public synchronized List<Map<String, Object>> replications() {
        return (List<Map<String, Object>>) root.computeIfAbsent("replications", k -> new ArrayList<>());
    }

    public synchronized Map<String, Object> asMap() {
        return new LinkedHashMap<>(root);
    }

    public synchronized void write() throws IOException {
        Path tmp = file.resolveSibling("manifest.json.tmp");
        JSON.writeValue(tmp.toFile(), root);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
