package org.radsim.core.optimisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The hypervolume indicator (Zitzler &amp; Thiele 1998) of a set of points under minimization: the volume of the
 * region they dominate up to a reference point. Exact for two objectives (a sweep over the points sorted by the
 * first objective) and for three (slices along the third objective, each a two-objective area, as in the HSO
 * algorithm of While et al. 2006). Points not strictly better than the reference in every objective add nothing.
 */
public final class Hypervolume {

    private Hypervolume() {
    }

    /** The hypervolume of {@code points} (each of length 2 or 3) against {@code reference}. */
    public static double of(List<double[]> points, double[] reference) {
        List<double[]> in = new ArrayList<>();
        for (double[] p : points) {
            boolean inside = true;
            for (int i = 0; i < reference.length; i++) {
                inside &= p[i] < reference[i];
            }
            if (inside) {
                in.add(p);
            }
        }
        return switch (reference.length) {
            case 2 -> area(in, reference[0], reference[1]);
            case 3 -> volume(in, reference);
            default -> throw new IllegalArgumentException("hypervolume is computed for 2 or 3 objectives, not "
                    + reference.length);
        };
    }

    private static double area(List<double[]> points, double rx, double ry) {
        double[][] p = points.toArray(new double[0][]);
        Arrays.sort(p, Comparator.comparingDouble(a -> a[0]));
        // between consecutive x values the dominated height is ry minus the lowest y seen so far
        double area = 0;
        double lowest = ry;
        for (int i = 0; i < p.length; i++) {
            lowest = Math.min(lowest, p[i][1]);
            double next = i + 1 < p.length ? p[i + 1][0] : rx;
            area += (next - p[i][0]) * (ry - lowest);
        }
        return area;
    }

    private static double volume(List<double[]> points, double[] r) {
        double[][] p = points.toArray(new double[0][]);
        Arrays.sort(p, Comparator.comparingDouble(a -> a[2]));
        double v = 0;
        List<double[]> slice = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            slice.add(p[i]);
            double top = i + 1 < p.length ? p[i + 1][2] : r[2];
            if (top > p[i][2]) {
                v += area(slice, r[0], r[1]) * (top - p[i][2]);
            }
        }
        return v;
    }
}
