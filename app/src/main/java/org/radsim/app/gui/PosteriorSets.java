package org.radsim.app.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.radsim.core.calibration.Posterior;
import org.radsim.core.output.Csv;
import org.radsim.core.scenario.ScenarioException;

/**
 * The parameter sets of a calibrated posterior as a GUI steps through them: set k (shown as "parameter set k of
 * N", counted from 1; it is particle k − 1 of the last generation in {@code posterior.csv}) is the session the
 * posterior was opened on with set k's values applied after its own settings, exactly what
 * {@code radsim run SCENARIO --set …} does with {@link Posterior#overrides(int) set k's overrides}. A comparison
 * gives both sides the same set (common random numbers extended to the parameters: B keeps A's seed). Every set
 * is validated against the scenario(s) when the posterior is opened, so stepping never meets a value the loader
 * refuses.
 */
public final class PosteriorSets {

    private final Posterior posterior;
    private final ScenarioSession originA;
    private final ScenarioSession originB;
    private int current;

    private PosteriorSets(Posterior posterior, ScenarioSession a, ScenarioSession b) {
        this.posterior = posterior;
        this.originA = a;
        this.originB = b;
    }

    /**
     * Reads a {@code posterior.csv} (or its calibration folder) for session {@code a} (and side B {@code b} of a
     * comparison, or null) and checks every set against both scenarios.
     *
     * @throws ScenarioException naming the file (and the set) when the posterior cannot be read or does not fit
     */
    public static PosteriorSets open(Path posteriorCsv, ScenarioSession a, ScenarioSession b) throws ScenarioException {
        return of(Posterior.read(posteriorCsv), a, b);
    }

    /** As {@link #open}, on a posterior already read. */
    public static PosteriorSets of(Posterior posterior, ScenarioSession a, ScenarioSession b) throws ScenarioException {
        PosteriorSets sets = new PosteriorSets(posterior, a, b);
        for (int k = 0; k < posterior.size(); k++) {
            sets.sessionA(k);
            if (b != null) {
                sets.sessionB(k);
            }
        }
        return sets;
    }

    /** The posterior read. */
    Posterior posterior() {
        return posterior;
    }

    /** Number of parameter sets N. */
    public int size() {
        return posterior.size();
    }

    /** The set shown, counted from 0. */
    int current() {
        return current;
    }

    /** Makes set k (counted from 0) the one shown. */
    void select(int k) {
        if (k < 0 || k >= size()) {
            throw new IllegalArgumentException("no parameter set " + (k + 1) + " of " + size());
        }
        current = k;
    }

    /** The set after the shown one (the first after the last). */
    int next() {
        return (current + 1) % size();
    }

    /** The set before the shown one (the last before the first). */
    int previous() {
        return (current + size() - 1) % size();
    }

    /** The session of side 0 (A) or 1 (B, null for a single run) without any set applied. */
    ScenarioSession origin(int side) {
        return side == 0 ? originA : originB;
    }

    /** Copies which interventions are switched on from one session to another of the same scenario shape. */
    static void keepSwitches(ScenarioSession from, ScenarioSession to) {
        int n = from.scenario().interventions().size();
        if (n == to.scenario().interventions().size()) {
            for (int k = 0; k < n; k++) {
                to.setInterventionOn(k, from.interventionOn(k));
            }
        }
    }

    /** Session A with set k applied. */
    ScenarioSession sessionA(int k) throws ScenarioException {
        return apply(originA, k, "");
    }

    /** Session B of a comparison with set k applied (and A's seed, which the origin B already carries). */
    ScenarioSession sessionB(int k) throws ScenarioException {
        if (originB == null) {
            throw new IllegalStateException("not a comparison");
        }
        ScenarioSession b = apply(originB, k, " (side B)");
        ScenarioSession a = sessionA(k);
        try {
            CompareGui.checkTwins(a.scenario(), b.scenario());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(org.radsim.core.scenario.Where.file(posterior.file().toString()),
                    "parameter set " + (k + 1) + " of " + size() + ": " + e.getMessage());
        }
        return b;
    }

    private ScenarioSession apply(ScenarioSession origin, int k, String side) throws ScenarioException {
        try {
            return origin.with(posterior.overrides(k));
        } catch (ScenarioException e) {
            throw e.in("parameter set " + (k + 1) + " of " + size() + side + " of " + posterior.file());
        }
    }

    /** "parameter set k of N" for the shown set (counted from 1, as a user counts). */
    public String title() {
        return String.format(Locale.ROOT, "parameter set %d of %d", current + 1, size());
    }

    /** The shown set's values as {@code key.path=value, …} (e.g. {@code opinion.mu=0.21, exit.rate=0.1}). */
    String values() {
        double[] th = posterior.set(current);
        List<String> out = new ArrayList<>();
        for (int p = 0; p < th.length; p++) {
            out.add(posterior.paths().get(p) + "=" + Csv.num(th[p]));
        }
        return String.join(", ", out);
    }

    /** The title, the set's particle and weight, and its values: one line for the Model tab. */
    String describe() {
        return String.format(Locale.ROOT, "%s (particle %d of generation %d, weight %.4g): %s", title(), current,
                posterior.generation(), posterior.weight(current), values());
    }
}
