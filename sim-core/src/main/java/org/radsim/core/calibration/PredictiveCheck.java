package org.radsim.core.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.radsim.core.replication.RandomStream;
import org.radsim.core.replication.Seeds;

/**
 * The posterior predictive check: {@code draws} fresh simulations, each at a parameter set drawn by weight from the
 * posterior, with seeds derived from (calibration seed, −1, draw) — never a seed the calibration used — and for
 * every target the 5 % and 95 % quantiles of the simulated statistic and whether the observed value lies inside.
 */
public final class PredictiveCheck {

    /** The simulated statistics [draw][target] and the set each draw used. */
    public record Result(int[] sets, double[][] statistics, double[] low, double[] high, boolean[] inside) {
    }

    private PredictiveCheck() {
    }

    public static Result run(Calibration cal, Simulator sim, Generation posterior, int draws, int threads) throws IOException {
        int[] sets = new int[draws];
        double[] cum = new double[posterior.weights().length];
        double c = 0;
        for (int j = 0; j < cum.length; j++) {
            c += posterior.weights()[j];
            cum[j] = c;
        }
        for (int k = 0; k < draws; k++) {
            double u = RandomStream.of(Seeds.derive(cal.seed(), -1, k)).nextDouble() * c;
            int j = Arrays.binarySearch(cum, u);
            sets[k] = j >= 0 ? j : Math.min(cum.length - 1, -j - 1);
        }
        double[][] stats = new double[draws][];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<double[]>> fs = new ArrayList<>();
            for (int k = 0; k < draws; k++) {
                int kk = k;
                fs.add(pool.submit(() -> sim.simulate(posterior.particles().get(sets[kk]).theta(), Seeds.derive(cal.seed(), -1, kk, 1))));
            }
            for (int k = 0; k < draws; k++) {
                stats[k] = fs.get(k).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        int nt = cal.targets().size();
        double[] low = new double[nt];
        double[] high = new double[nt];
        boolean[] inside = new boolean[nt];
        for (int t = 0; t < nt; t++) {
            double[] v = new double[draws];
            for (int k = 0; k < draws; k++) {
                v[k] = stats[k][t];
            }
            Arrays.sort(v);
            low[t] = quantile(v, 0.05);
            high[t] = quantile(v, 0.95);
            double o = cal.targets().get(t).observed();
            inside[t] = o >= low[t] && o <= high[t];
        }
        return new Result(sets, stats, low, high, inside);
    }

    /** Linear-interpolation quantile of sorted values (type 7). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
