package org.radsim.core.run;

import java.util.Map;

/**
 * What one replication produced: its summary when it completed, or the reason it failed.
 *
 * @param replication replication index
 * @param summary     summary values in column order; null when it failed
 * @param error       why it failed; null when it completed
 */
record ReplicationResult(int replication, Map<String, Double> summary, String error) {

    static ReplicationResult completed(int replication, Map<String, Double> summary) {
        return new ReplicationResult(replication, summary, null);
    }

    static ReplicationResult failed(int replication, String error) {
        return new ReplicationResult(replication, null, error);
    }

    boolean isFailed() {
        return error != null;
    }
}
