package org.radsim.core.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The {@code manifest.json} of a results folder: tool version, git commit, the resolved scenario and its hash,
 * master and per-replication seeds, the run options that shape the outputs, JVM and OS, start and end time, wall
 * time, status, and the size and SHA-256 of every file of the folder ({@link FolderVerifier}). Written atomically
 * ({@link AtomicFile}) whenever it changes, so an interrupted run always leaves a readable manifest. The same class
 * keeps {@code compare.json}, the manifest of a compare folder.
 */
public final class Manifest {

    /** File name of the manifest of a results folder. */
    public static final String FILE = "manifest.json";

    // a duplicated key is damage, not a value to pick silently
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Path file;
    private final LinkedHashMap<String, Object> root;

    private Manifest(Path file, LinkedHashMap<String, Object> root) {
        this.file = file;
        this.root = root;
    }

    /** A new manifest (not yet written). */
    public static Manifest create(Path folder, Map<String, Object> fields) {
        return createFile(folder.resolve(FILE), fields);
    }

    /** A new manifest kept in {@code file} (not yet written). */
    public static Manifest createFile(Path file, Map<String, Object> fields) {
        return new Manifest(file, new LinkedHashMap<>(fields));
    }

    /** Reads the manifest of an existing results folder. */
    public static Manifest read(Path folder) throws IOException {
        return readFile(folder.resolve(FILE));
    }

    /**
     * Reads a manifest file.
     *
     * @throws ResultsFolderException when it is missing or not a JSON object (message names the file and where)
     */
    @SuppressWarnings("unchecked")
    public static Manifest readFile(Path f) throws IOException {
        try {
            Object v = JSON.readValue(f.toFile(), Object.class);
            if (!(v instanceof Map)) {
                throw new ResultsFolderException(f + ": not a JSON object (damaged; it is rewritten only by radsim)");
            }
            return new Manifest(f, new LinkedHashMap<>((Map<String, Object>) v));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ResultsFolderException(f + ": not valid JSON" + where + " (damaged or cut short)");
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new ResultsFolderException(f + ": missing");
        }
    }

    public Path file() {
        return file;
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
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.write(file, JSON.writeValueAsBytes(root));
    }
}
