package org.radsim.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The exact command that resumes a {@code run} or {@code compare}: the user's own arguments without
 * {@code --force}, with {@code --resume} and the output folder, quoted for a POSIX shell. It is recorded in the
 * manifest (an incomplete folder names it), and {@link #announceOnInterrupt} prints it when Ctrl-C stops the run.
 */
final class ResumeCommand {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./=:,@%+-]+");

    private ResumeCommand() {
    }

    static String of(CommandSpec spec, Path folder) {
        List<String> args = new ArrayList<>(spec.root().commandLine().getParseResult().originalArgs());
        List<String> out = new ArrayList<>(List.of("radsim"));
        boolean hasOut = false;
        boolean hasResume = false;
        for (String a : args) {
            if (a.equals("--force")) {
                continue;
            }
            hasOut |= a.equals("--out") || a.startsWith("--out=");
            hasResume |= a.equals("--resume");
            out.add(a);
        }
        if (!hasOut) {
            out.add("--out");
            out.add(folder.toString());
        }
        if (!hasResume) {
            out.add("--resume");
        }
        return String.join(" ", out.stream().map(ResumeCommand::quote).toList());
    }

    static String quote(String a) {
        return PLAIN.matcher(a).matches() ? a : "'" + a.replace("'", "'\\''") + "'";
    }

    /**
     * Prints "interrupted … resume with: COMMAND" if the JVM is stopped (Ctrl-C, {@code kill}) before
     * {@link Thread#interrupt() close}; returns the hook to remove when the command ends normally.
     */
    static AutoCloseable announceOnInterrupt(String command, PrintWriter err) {
        Thread hook = new Thread(() -> {
            err.println();
            err.println("radsim: interrupted; finished replications are kept. Resume with: " + command);
            err.flush();
        }, "radsim-resume-notice");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting: the hook prints
            }
        };
    }
}
