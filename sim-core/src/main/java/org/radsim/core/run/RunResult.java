package org.radsim.core.run;

import java.nio.file.Path;

/**
 * What a run produced: the results folder, its final status, counts, why a sequential run stopped, and whether a
 * {@code --resume} found the folder already complete (nothing was run).
 */
public record RunResult(Path folder, String status, int completed, int failed, String stopReason,
                        boolean alreadyComplete) {
}
