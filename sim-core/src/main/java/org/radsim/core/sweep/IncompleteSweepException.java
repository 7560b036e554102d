package org.radsim.core.sweep;

/** A sweep folder cannot be merged: shards missing, from another plan, or with runs missing or repeated. */
public final class IncompleteSweepException extends Exception {

    public IncompleteSweepException(String message) {
        super(message);
    }
}
