package org.radsim.core.scenario;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Raised when a scenario (or sweep) file cannot be used. It carries every problem found in the input, so a
 * user fixes them all at once; its message is meant to be shown to a user as it is, without a stack trace.
 */
public final class ScenarioException extends Exception {

    private final List<Problem> problems;

    /** Every problem of a scenario, each reported once. */
    public ScenarioException(List<Problem> problems) {
        this(problems, "the scenario");
    }

    /**
     * Every problem of an input, each reported once.
     *
     * @param subject what the problems are in, for the message's first line ("the scenario", "the sweep file")
     */
    public ScenarioException(List<Problem> problems, String subject) {
        this(distinct(problems), subject, true);
    }

    private ScenarioException(List<Problem> distinct, String subject, boolean unused) {
        super(render(distinct, subject));
        this.problems = distinct;
    }

    public ScenarioException(Where where, String message) {
        this(List.of(new Problem(where, "", message)));
    }

    /** The same problems, reported as problems of {@code subject}. */
    public ScenarioException in(String subject) {
        return new ScenarioException(problems, subject);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static List<Problem> distinct(List<Problem> problems) {
        return List.copyOf(new LinkedHashSet<>(problems));
    }

    private static String render(List<Problem> problems, String subject) {
        String head = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return head + " in " + subject + ":\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
