package org.radsim.core.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The record written beside a completed shard: which plan it belongs to and how many runs it has and failed. */
public record ShardInfo(String planHash, int shard, int shards, long runs, long failed) {

    void write(Path file) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan_hash", planHash);
        m.put("shard", shard);
        m.put("shards", shards);
        m.put("runs", runs);
        m.put("failed", failed);
        Plan.writeAtomically(file, Plan.json(m) + "\n");
    }

    static ShardInfo read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new SweepFolderException("missing " + file + " (the shard did not finish cleanly; delete its .csv and rerun it)");
        }
        try {
            Map<?, ?> m = new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .readValue(file.toFile(), Map.class);
            return new ShardInfo((String) java.util.Objects.requireNonNull(m.get("plan_hash"), "plan_hash"),
                    ((Number) m.get("shard")).intValue(), ((Number) m.get("shards")).intValue(),
                    ((Number) m.get("runs")).longValue(), ((Number) m.get("failed")).longValue());
        } catch (com.fasterxml.jackson.core.JacksonException | RuntimeException e) {
            throw new SweepFolderException(file + " is damaged (" + (e instanceof com.fasterxml.jackson.core.JacksonException
                    ? "not valid JSON" : "a key is missing or has the wrong type") + "); delete it and the shard's .csv, "
                    + "then rerun the shard");
        }
    }
}
