package org.radsim.core.optimisation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A validated optimisation file. Exactly one of {@code base} (a scenario file, absolute, or a built-in name) and
 * {@code problem} (a {@link TestProblem}) is set.
 *
 * @param source       the file as given
 * @param set          fixed overrides applied to the base
 * @param replications K: replications of each candidate, seeds shared by all candidates (common random numbers)
 * @param budget       the cost cap, 0 = none
 * @param compare      shipped packages to place on the chart (scenario files, absolute, or built-in names)
 */
public record Optimisation(String name, String description, Path source, String base, TestProblem problem,
                           int variables, List<String> set, long seed, int replications, double budget,
                           String costMetric, Algorithm algorithm, List<Lever> levers, List<Objective> objectives,
                           List<String> compare) {

    /**
     * The search settings.
     *
     * @param type        {@code nsga2} or {@code eps_nsga2}
     * @param population  population size
     * @param generations generations; evaluations = population × generations
     * @param epsilon     ε of the archive for {@code eps_nsga2}, and for {@code nsga2} with {@code archive}
     * @param archive     {@code nsga2}: keep an ε-box archive of every candidate evaluated as the result
     */
    public record Algorithm(String type, int population, int generations, double epsilon, boolean archive) {
    }

    public Optimisation {
        set = List.copyOf(set);
        levers = List.copyOf(levers);
        objectives = List.copyOf(objectives);
        compare = List.copyOf(compare);
    }

    /** Decision variables of the model problem. */
    public int decisionVariables() {
        return levers.stream().mapToInt(Lever::variables).sum();
    }

    /** The package for decision values {@code x} (each in [0, 1]), one setting per lever. */
    public List<Lever.Setting> decode(double[] x) {
        List<Lever.Setting> out = new ArrayList<>();
        int i = 0;
        for (Lever l : levers) {
            out.add(l.decode(x, i));
            i += l.variables();
        }
        return out;
    }

    /** The {@code --set} overrides that make the base scenario run {@code pkg}. */
    public List<String> overrides(List<Lever.Setting> pkg) {
        List<String> o = new ArrayList<>(set);
        StringBuilder sb = new StringBuilder("interventions=[");
        boolean first = true;
        for (Lever.Setting s : pkg) {
            if (!s.off()) {
                sb.append(first ? "" : ", ").append(s.yaml());
                first = false;
            }
        }
        o.add(sb.append(']').toString());
        return o;
    }

    /** The package in words: the settings of the levers that are on, or "no intervention". */
    public static String words(List<Lever.Setting> pkg) {
        List<String> on = pkg.stream().filter(s -> !s.off()).map(Lever.Setting::words).toList();
        return on.isEmpty() ? "no intervention" : String.join("; ", on);
    }
}
