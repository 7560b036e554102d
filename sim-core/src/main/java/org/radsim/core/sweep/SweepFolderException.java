package org.radsim.core.sweep;

/**
 * A sweep folder cannot be used as asked: it holds another plan, or its shards cannot be merged (missing, from
 * another plan, with runs missing or repeated). The message is meant for the user as it is.
 */
public final class SweepFolderException extends Exception {

    public SweepFolderException(String message) {
        super(message);
    }
}
