package org.radsim.core.output;

/**
 * A results or compare folder that cannot be used as asked: it exists without --resume/--force, belongs to another
 * scenario or other run options, is being written by another process, is incomplete, or a file in it is damaged.
 * The message names the folder or file (and line) and what is wrong; the command line shows it with exit code 2.
 */
public final class ResultsFolderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ResultsFolderException(String message) {
        super(message);
    }
}
