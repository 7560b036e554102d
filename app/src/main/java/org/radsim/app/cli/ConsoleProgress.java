package org.radsim.app.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.radsim.core.run.Progress;

/**
 * Progress on stderr for long work: nothing during the first two seconds; then, on a terminal, one line redrawn in
 * place ("12/20 runs done, 0 failed, ETA 8 s"); in plain mode (cluster logs, pipes) a line at most every 10 s.
 */
final class ConsoleProgress implements Progress {

    private static final long QUIET_NANOS = 2_000_000_000L;

    private final PrintStream err;
    private final boolean inPlace;
    private final String unit;
    private final long start = System.nanoTime();
    private long lastPrint;
    private boolean printed;
    private int baseline = -1;

    ConsoleProgress(PrintStream err, boolean plain, String unit) {
        this.err = err;
        this.inPlace = !plain && System.console() != null;
        this.unit = unit;
    }

    /** Progress for a command: none with --quiet. */
    static Progress of(boolean quiet, boolean plain, String unit) {
        return quiet ? Progress.NONE : new ConsoleProgress(System.err, plain, unit);
    }

    @Override
    public synchronized void update(int done, int failed, int total) {
        if (baseline < 0) {
            baseline = done + failed;
        }
        long now = System.nanoTime();
        if (now - start < QUIET_NANOS) {
            return;
        }
        long gap = inPlace ? 200_000_000L : 10_000_000_000L;
        if (printed && now - lastPrint < gap && done + failed < total) {
            return;
        }
        lastPrint = now;
        printed = true;
        int finished = done + failed - baseline;
        String eta = "";
        if (finished > 0 && done + failed < total) {
            double perRun = (now - start) / 1e9 / finished;
            eta = String.format(Locale.ROOT, ", ETA %s", duration(perRun * (total - done - failed)));
        }
        String line = String.format(Locale.ROOT, "%d/%d %s done, %d failed%s", done, total, unit, failed, eta);
        if (inPlace) {
            err.print("\r" + line + "   ");
        } else {
            err.println(line);
        }
    }

    @Override
    public synchronized void finish() {
        if (printed && inPlace) {
            err.println();
        }
    }

    static String duration(double seconds) {
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 5400) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
