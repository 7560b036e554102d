package org.radsim.app.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.radsim.core.sweep.ShardRunner;

/**
 * Progress of a shard on stderr: runs done and failed, runs per minute and time left. On a terminal one line is
 * rewritten in place; otherwise ({@code --plain-progress}, cluster logs) a plain line at most every 30 s.
 */
final class SweepProgress implements ShardRunner.Progress {

    private final PrintStream err;
    private final boolean plain;
    private final String label;
    private double lastShown = -1;

    SweepProgress(PrintStream err, boolean plain, String label) {
        this.err = err;
        this.plain = plain;
        this.label = label;
    }

    @Override
    public void update(long done, long failed, long total, long ranNow, double seconds) {
        boolean last = done == total;
        double every = plain ? 30 : 0.5;
        if (!last && lastShown >= 0 && seconds - lastShown < every) {
            return;
        }
        lastShown = seconds;
        double perMinute = seconds > 0 ? ranNow / seconds * 60 : 0;
        double eta = perMinute > 0 ? (total - done) / perMinute * 60 : Double.NaN;
        String line = String.format(Locale.ROOT, "%s: %d/%d runs, %d failed, %.1f runs/min, %s left", label, done, total,
                failed, perMinute, Double.isNaN(eta) ? "?" : SweepFiles.duration(eta));
        if (plain) {
            err.println(line);
        } else {
            err.print("\r" + line + "   ");
            if (last) {
                err.println();
            }
        }
        err.flush();
    }
}
