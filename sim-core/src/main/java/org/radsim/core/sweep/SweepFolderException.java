package org.radsim.core.sweep;

/**
 * A sweep folder cannot be used as asked: it holds another plan, one of its files is damaged (named with the line
 * and what is wrong), or its shards cannot be merged (missing, from another plan, with runs missing or repeated).
 * The message is meant for the user as it is; it is bad input (exit 2), never a failed write. It is an
 * {@link java.io.IOException} so that every reader of a sweep folder can raise it.
 */
public final class SweepFolderException extends java.io.IOException {

    public SweepFolderException(String message) {
        super(message);
    }
}
