package org.radsim.core.run;

import java.nio.file.Path;

/** What a run produced: the results folder, its final status, counts, and why a sequential run stopped. */
public record RunResult(Path folder, String status, int completed, int failed, String stopReason) {
}
