package org.radsim.core.optimisation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

import org.moeaframework.algorithm.EpsilonNSGAII;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.Epsilons;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.population.EpsilonBoxDominanceArchive;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.parallel.DistributedProblem;
import org.moeaframework.problem.Problem;
import org.radsim.core.output.AtomicFile;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * Runs an optimisation: NSGA-II (Deb, Pratap, Agarwal &amp; Meyarivan 2002) or ε-NSGA-II (Kollat &amp; Reed 2006)
 * from the MOEA Framework, one generation per step, with
 * <ul>
 *   <li><b>reproducibility</b>: the search's random generator is seeded from the file's seed and is the only
 *       randomness of the search; evaluations use their own seeds ({@link PackageProblem});</li>
 *   <li><b>threads</b>: a generation's candidates are evaluated in parallel ({@link DistributedProblem}); an
 *       evaluation is a pure function of the candidate, so the front does not depend on the thread count;</li>
 *   <li><b>resume</b>: after every generation the algorithm's state and the generator's state are written to the
 *       checkpoint file (atomically); a run started with an existing checkpoint continues from it and ends as an
 *       uninterrupted run would.</li>
 * </ul>
 * The MOEA Framework's generator is process-wide, so one optimisation runs at a time in a JVM.
 */
public final class Optimiser {

    /**
     * A point of the front.
     *
     * @param variables  decision values in [0, 1]
     * @param pkg        the package (null for a test problem)
     * @param objectives the objective values (minimized)
     * @param values     per objective, the K per-replication values (null for a test problem)
     * @param cost       the cost metric per replication (null for a test problem)
     * @param feasible   whether it meets the budget
     */
    public record Candidate(double[] variables, List<Lever.Setting> pkg, double[] objectives, double[][] values,
                            double[] cost, boolean feasible) {
    }

    /**
     * What a run produced.
     *
     * @param front       the non-dominated feasible candidates, sorted by the first objective
     * @param evaluations candidate evaluations (each K model replications for the model)
     * @param generations generations completed
     * @param resumedAt   the generation the run resumed from (0 for a fresh run)
     */
    public record Result(List<Candidate> front, int evaluations, int generations, int resumedAt) {
    }

    private static final String MAGIC = "radsim-optimisation-checkpoint-1";

    private Optimiser() {
    }

    /**
     * Runs (or resumes) the optimisation.
     *
     * @param checkpoint file of the per-generation checkpoint, or null for none
     * @param fileHash   hash of the optimisation file; a checkpoint of another file is refused
     * @param progress   called with each completed generation
     */
    public static Result run(Optimisation opt, int threads, Path checkpoint, String fileHash, IntConsumer progress) {
        Random random = new Random(opt.seed());
        PRNG.setRandom(random);
        Problem base = opt.problem() != null ? opt.problem().create(opt.variables()) : new PackageProblem(opt);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "radsim-optimise");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            Problem problem = pool != null ? new DistributedProblem(base, pool) : base;
            NSGAII algorithm = algorithm(opt, problem);
            int done = 0;
            if (checkpoint != null && Files.isRegularFile(checkpoint)) {
                State s = load(checkpoint, fileHash, algorithm);
                random = s.random();
                PRNG.setRandom(random);
                done = s.generation();
            }
            int resumedAt = done;
            while (done < opt.algorithm().generations()) {
                algorithm.step();
                done++;
                if (checkpoint != null) {
                    save(checkpoint, fileHash, done, random, algorithm);
                }
                progress.accept(done);
            }
            return new Result(front(opt, algorithm.getResult()), algorithm.getNumberOfEvaluations(), done, resumedAt);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static NSGAII algorithm(Optimisation opt, Problem problem) {
        NSGAII a;
        if (opt.algorithm().type().equals("eps_nsga2")) {
            a = new EpsilonNSGAII(problem);
            a.setArchive(new EpsilonBoxDominanceArchive(new Epsilons(opt.algorithm().epsilon())));
        } else {
            a = new NSGAII(problem);
            if (opt.algorithm().archive()) {
                a.setArchive(new EpsilonBoxDominanceArchive(new Epsilons(opt.algorithm().epsilon())));
            }
        }
        a.setInitialPopulationSize(opt.algorithm().population());
        return a;
    }

    private static List<Candidate> front(Optimisation opt, NondominatedPopulation result) {
        List<Candidate> out = new ArrayList<>();
        for (Solution s : result) {
            if (!s.isFeasible()) {
                continue;
            }
            double[] x = RealVariable.getReal(s);
            double[][] values = null;
            double[] cost = null;
            List<Lever.Setting> pkg = null;
            if (opt.problem() == null) {
                pkg = opt.decode(x);
                values = new double[opt.objectives().size()][];
                for (int i = 0; i < values.length; i++) {
                    values[i] = (double[]) s.getAttribute(PackageProblem.VALUES + i);
                }
                cost = (double[]) s.getAttribute(PackageProblem.COST);
            }
            out.add(new Candidate(x, pkg, s.getObjectiveValues(), values, cost, true));
        }
        out.sort((p, q) -> {
            for (int i = 0; i < p.objectives().length; i++) {
                int c = Double.compare(p.objectives()[i], q.objectives()[i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        return out;
    }

    private record State(int generation, Random random) {
    }

    private static void save(Path file, String hash, int generation, Random random, NSGAII algorithm) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeUTF(MAGIC);
                out.writeUTF(hash);
                out.writeInt(generation);
                out.writeObject(random);
                algorithm.saveState(out);
            }
            AtomicFile.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static State load(Path file, String hash, NSGAII algorithm) {
        try (InputStream in = Files.newInputStream(file); ObjectInputStream o = new ObjectInputStream(in)) {
            if (!MAGIC.equals(o.readUTF())) {
                throw new IllegalArgumentException(file + " is not an optimisation checkpoint");
            }
            if (!hash.equals(o.readUTF())) {
                throw new IllegalArgumentException(file + " is the checkpoint of another optimisation file (or of "
                        + "this file before it changed); use a new --out folder or --force");
            }
            int generation = o.readInt();
            Random random = (Random) o.readObject();
            algorithm.loadState(o);
            return new State(generation, random);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalArgumentException(file + " is damaged (" + e.getMessage() + "); use a new --out folder "
                    + "or --force", e);
        }
    }

    /**
     * A scenario (file or built-in name, with the optimisation's {@code set:} overrides) with the optimisation's K
     * seeds, e.g. a shipped package to place beside the front.
     */
    public static Evaluation evaluate(Optimisation opt, String scenario) throws ScenarioException {
        return PackageProblem.run(opt, ScenarioLoader.resolve(ScenarioLoader.readTree(scenario), opt.set()));
    }

    /** The base scenario with no intervention: the reference that recruits averted are counted from. */
    public static Evaluation evaluateBase(Optimisation opt) {
        return PackageProblem.evaluate(opt, opt.overrides(List.of()));
    }

    /** The cheapest package the levers allow: every coverage at its minimum. */
    public static Evaluation evaluateCheapest(Optimisation opt) {
        return PackageProblem.evaluate(opt, opt.overrides(opt.decode(new double[opt.decisionVariables()])));
    }

    /** The hypervolume of a front against {@code (r, …, r)}, for comparison with a test problem's analytic front. */
    public static double hypervolume(Result result, double r) {
        List<double[]> pts = result.front().stream().map(Candidate::objectives).toList();
        double[] ref = new double[pts.isEmpty() ? 2 : pts.get(0).length];
        java.util.Arrays.fill(ref, r);
        return Hypervolume.of(pts, ref);
    }
}
