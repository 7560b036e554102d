package org.radsim.core.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Raised when a scenario (or sweep) file cannot be used. It carries every problem found in the input, so a
 * user fixes them all at once; its message is meant to be shown to a user as it is, without a stack trace.
 */
public final class ScenarioException extends Exception {

    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(Where where, String message) {
        this(List.of(new Problem(where, "", message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        String head = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return head + " in the scenario:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
