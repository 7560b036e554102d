package org.radsim.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.radsim.core.output.ResultsFolderException;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.sweep.SweepFolderException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into one clear message on stderr and an exit code: 2 for bad input (scenario, arguments, a
 * results or sweep folder that cannot be used as asked),
 * 1 for a failure while running (disk full, I/O). A stack trace is printed only with RADSIM_DEBUG=1.
 */
final class UserErrors implements IExecutionExceptionHandler {

    /** Exit code for bad input. */
    static final int BAD_INPUT = 2;
    /** Exit code for a run that failed. */
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        try {
            return report(ex, cl);
        } finally {
            cl.getErr().flush();
        }
    }

    private static int report(Exception thrown, CommandLine cl) {
        if ("1".equals(System.getenv("RADSIM_DEBUG"))) {
            thrown.printStackTrace();
        }
        // a damaged sweep folder found deep inside a reader arrives wrapped
        Exception ex = thrown instanceof UncheckedIOException u && u.getCause() instanceof SweepFolderException sf ? sf : thrown;
        if (ex instanceof ScenarioException se) {
            cl.getErr().println("radsim: " + se.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof ResultsFolderException || ex instanceof SweepFolderException) {
            // a results or sweep folder that cannot be used as asked: bad input, not a failed run
            cl.getErr().println("radsim: " + ex.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof BadInput bi) {
            cl.getErr().println("radsim: " + bi.getMessage());
            return BAD_INPUT;
        }
        Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (io instanceof IOException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (msg.contains("No space left")) {
                msg = "the disk is full (" + msg + "); results written so far are kept";
            }
            cl.getErr().println("radsim: cannot write: " + msg);
            return FAILED;
        }
        cl.getErr().println("radsim: " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
                + " (set RADSIM_DEBUG=1 for details)");
        return FAILED;
    }
}
