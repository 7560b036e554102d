package org.radsim.core.output;

/** A results folder that cannot be used as asked (exists without --resume/--force, belongs to another scenario). */
public final class ResultsFolderException extends Exception {

    private static final long serialVersionUID = 1L;

    public ResultsFolderException(String message) {
        super(message);
    }
}
