package org.radsim.core.population;

import java.util.List;

import org.radsim.core.replication.BlockLoop;
import org.radsim.core.replication.RandomStream;
import org.radsim.core.replication.Workers;
import org.radsim.core.scenario.Scenario;

/**
 * Draws the citizens at the start of a run (MODEL.md section 2): region by share (contiguous ids), youth by
 * {@code population.youth_share}, education around the region's mean, employment from the region's unemployment,
 * base hardship {@code h ~ U(0, population.hardship)}, legitimacy around {@code L_r}, risk aversion
 * {@code R ~ U(0,1)}, isolation {@code I = U^k} with mean {@code population.isolation}, opinion
 * {@code x ~ N(opinion.initial_mean, opinion.initial_spread)} clamped to [−1, 1], uncertainty
 * {@code opinion.uncertainty}, stage from the opinion thresholds.
 */
public final class InitialPopulation {

    private InitialPopulation() {
    }

    /** Region sizes by share, largest remainders first, summing to {@code n}. */
    public static int[] regionStarts(int n, List<Scenario.Region> regions) {
        int k = regions.size();
        int[] sizes = new int[k];
        double[] rem = new double[k];
        int used = 0;
        for (int r = 0; r < k; r++) {
            double exact = regions.get(r).share() * n;
            sizes[r] = (int) Math.floor(exact);
            rem[r] = exact - sizes[r];
            used += sizes[r];
        }
        while (used < n) {
            int best = 0;
            for (int r = 1; r < k; r++) {
                if (rem[r] > rem[best]) {
                    best = r;
                }
            }
            sizes[best]++;
            rem[best] = -1;
            used++;
        }
        int[] start = new int[k + 1];
        for (int r = 0; r < k; r++) {
            start[r + 1] = start[r] + sizes[r];
        }
        return start;
    }

    /**
     * Draws the population of {@code s} from {@code seed}, in blocks of {@link BlockLoop#BLOCK_SIZE} citizens on
     * {@code workers}; block b draws from stream b of {@link RandomStream#split(long, int)}, so the result
     * is the same on any number of threads.
     */
    public static Population draw(Scenario s, long seed, Workers workers) {
        int n = s.population().size();
        Population pop = new Population(n, regionStarts(n, s.regions()));
        RandomStream[] streams = RandomStream.split(seed, BlockLoop.count(n));
        workers.forEach(streams.length, b -> {
            int start = b * BlockLoop.BLOCK_SIZE;
            draw(s, pop, start, Math.min(n, start + BlockLoop.BLOCK_SIZE), streams[b]);
        });
        return pop;
    }

    private static void draw(Scenario s, Population pop, int start, int end, RandomStream rng) {
        Scenario.Population p = s.population();
        Scenario.Opinion o = s.opinion();
        double isoExponent = (1.0 - p.isolation()) / p.isolation();
        float[] opinion = pop.opinion();
        float[] uncertainty = pop.uncertainty();
        for (int i = start; i < end; i++) {
            Scenario.Region reg = s.regions().get(pop.region[i]);
            boolean youth = rng.nextDouble() < p.youthShare();
            pop.set(i, Population.YOUTH, youth);
            pop.age[i] = (byte) (youth ? 15 + rng.nextInt(15) : 30 + rng.nextInt(35));
            pop.education[i] = (float) clamp01(reg.education() + p.educationSpread() * rng.nextGaussian());
            pop.set(i, Population.EMPLOYED, rng.nextDouble() >= reg.unemployment());
            pop.baseHardship[i] = (float) (p.hardship() * rng.nextDouble());
            pop.legitimacy[i] = (float) clamp01(reg.legitimacy() + p.legitimacySpread() * rng.nextGaussian());
            pop.risk[i] = (float) rng.nextDouble();
            pop.isolation[i] = (float) Math.pow(rng.nextDouble(), isoExponent);
            double x = o.initialMean() + o.initialSpread() * rng.nextGaussian();
            opinion[i] = (float) Math.max(-1.0, Math.min(1.0, x));
            uncertainty[i] = (float) o.uncertainty();
            pop.grievance[i] = (float) (pop.hardship(i, p.unemployedHardship()) * (1.0 - pop.legitimacy[i]));
            pop.stage[i] = opinionStage(opinion[i], o);
        }
    }

    /** The opinion-pyramid stage of opinion {@code x}. */
    public static byte opinionStage(double x, Scenario.Opinion o) {
        if (x >= o.radicalizedAt()) {
            return Stage.RADICALIZED_CODE;
        }
        return x >= o.sympathizerAt() ? Stage.SYMPATHIZER_CODE : Stage.NEUTRAL_CODE;
    }

    private static double clamp01(double v) {
        return v < 0 ? 0 : (v > 1 ? 1 : v);
    }
}
