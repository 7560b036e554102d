package org.radsim.core.scenario;

/** One thing wrong with a scenario: where, which key (a dotted path, may be empty) and what. */
public record Problem(Where where, String key, String message) {

    @Override
    public String toString() {
        String at = where.toString();
        return key.isEmpty() ? at + ": " + message : at + ": " + key + ": " + message;
    }
}
