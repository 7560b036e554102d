package org.radsim.app.cli;

import java.nio.file.Path;

import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.sweep.Plan;
import org.radsim.core.sweep.Sweep;
import org.radsim.core.sweep.SweepLoader;

/** What the sweep commands share: loading a sweep file and its default results folder. */
final class SweepFiles {

    private SweepFiles() {
    }

    static Plan plan(Path sweepFile) throws ScenarioException {
        Sweep sweep = SweepLoader.load(sweepFile);
        return Plan.of(sweep);
    }

    /** {@code --out}, or {@code results/sweep-<name>} in the working directory. */
    static Path out(Path out, Plan plan) {
        FolderNames.checkOut(out, "--out");
        return (out != null ? out : Path.of("results", "sweep-" + FolderNames.safe(plan.sweep().name())))
                .toAbsolutePath().normalize();
    }

    /**
     * A rough duration of one run in seconds on one thread: citizens × ticks at the model's throughput measured in
     * docs/readme-sweeps.md; test functions take microseconds.
     */
    static double secondsPerRun(Plan plan) throws ScenarioException {
        if (plan.sweep().model() != null) {
            return 2e-6;
        }
        var s = org.radsim.core.scenario.ScenarioLoader.resolve(
                org.radsim.core.scenario.ScenarioLoader.readTree(plan.sweep().base()), plan.sweep().set());
        return 0.05 + (double) s.population().size() * (s.ticks() + 1) / AGENT_TICKS_PER_SECOND;
    }

    /** Agent-ticks per second of one replication on one thread (measured, see docs/readme-sweeps.md). */
    static final double AGENT_TICKS_PER_SECOND = 1e7;

    static String duration(double seconds) {
        return ConsoleProgress.duration(seconds);
    }
}
