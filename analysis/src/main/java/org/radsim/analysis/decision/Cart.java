package org.radsim.analysis.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A classification and regression tree (Breiman, Friedman, Olshen &amp; Stone 1984, <i>Classification and
 * Regression Trees</i>): recursive binary splits {@code x_j < t} of the factor space, each chosen to reduce the
 * impurity most. For a 0/1 outcome the impurity of a node with share {@code p} of ones is the Gini index
 * {@code 2p(1 − p)}; for any other outcome it is the variance (least squares), Breiman et al. ch. 4 and 8.
 * Thresholds are midpoints between consecutive distinct values.
 *
 * <p>Growth stops at the maximum depth, where a child would hold fewer than the minimum leaf size, or where the
 * best split lowers the tree's total impurity {@code Σ n_node · impurity} by less than {@code cp} times that of
 * the root (the complexity parameter of rpart, Therneau &amp; Atkinson, "An introduction to recursive
 * partitioning", §4: a split that does not pay {@code cp} is not attempted).
 */
public final class Cart {

    /**
     * @param maxDepth largest number of splits from the root to a leaf
     * @param minLeaf  smallest number of points in a leaf
     * @param cp       complexity parameter: smallest impurity decrease of a split as a share of the root's
     */
    public record Settings(int maxDepth, int minLeaf, double cp) {
        public Settings {
            if (maxDepth < 1 || minLeaf < 1 || !(cp >= 0)) {
                throw new IllegalArgumentException("CART needs depth ≥ 1, leaf ≥ 1 and cp ≥ 0");
            }
        }

        /** Depth 4, leaves of at least 20 points, cp 0.01 (rpart's default). */
        public static Settings defaults() {
            return new Settings(4, 20, 0.01);
        }
    }

    /**
     * A node of the tree: a leaf when {@code factor < 0}.
     *
     * @param factor    index of the split factor, −1 for a leaf
     * @param threshold the split: {@code x < threshold} goes left
     * @param count     points in the node
     * @param mean      mean outcome (share of ones for a selection)
     * @param left      points below the threshold
     * @param right     the others
     */
    public record Node(int factor, double threshold, int count, double mean, Node left, Node right) {
        public boolean leaf() {
            return factor < 0;
        }
    }

    /**
     * A grown tree.
     *
     * @param factors factor names
     * @param root    the root node
     */
    public record Tree(String[] factors, Node root) {

        /** The factors the tree splits on. */
        public Set<String> splitFactors() {
            Set<String> s = new TreeSet<>();
            collect(root, s);
            return s;
        }

        private void collect(Node node, Set<String> s) {
            if (!node.leaf()) {
                s.add(factors[node.factor()]);
                collect(node.left(), s);
                collect(node.right(), s);
            }
        }

        /** The tree as indented lines, e.g. {@code unemployment < 0.2: mean 0.10 (n = 400)}. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(String.format(Locale.ROOT, "all: mean %.3f (n = %d)", root.mean(), root.count()));
            write(root, "  ", out);
            return out;
        }

        private void write(Node node, String indent, List<String> out) {
            if (node.leaf()) {
                return;
            }
            String f = factors[node.factor()];
            String t = Prim.fmt(node.threshold());
            out.add(String.format(Locale.ROOT, "%s%s < %s: mean %.3f (n = %d)", indent, f, t, node.left().mean(),
                    node.left().count()));
            write(node.left(), indent + "  ", out);
            out.add(String.format(Locale.ROOT, "%s%s ≥ %s: mean %.3f (n = %d)", indent, f, t, node.right().mean(),
                    node.right().count()));
            write(node.right(), indent + "  ", out);
        }
    }

    private final double[][] x;
    private final double[] y;
    private final boolean binary;
    private final Settings settings;
    private double minDecrease;

    private Cart(double[][] x, double[] y, Settings settings) {
        this.x = x;
        this.y = y;
        this.settings = settings;
        this.binary = Arrays.stream(y).allMatch(v -> v == 0 || v == 1);
    }

    /** Grows the tree on points {@code x[i]} with outcome {@code y[i]}. */
    public static Tree grow(String[] factors, double[][] x, double[] y, Settings settings) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("need as many points as outcomes, and at least one");
        }
        Cart cart = new Cart(x, y, settings);
        int[] all = new int[y.length];
        Arrays.setAll(all, i -> i);
        double s = 0;
        double ss = 0;
        for (double v : y) {
            s += v;
            ss += v * v;
        }
        cart.minDecrease = settings.cp() * cart.loss(y.length, s, ss);
        return new Tree(factors.clone(), cart.node(all, 0));
    }

    private Node node(int[] rows, int depth) {
        int m = rows.length;
        double s = 0;
        double ss = 0;
        for (int i : rows) {
            s += y[i];
            ss += y[i] * y[i];
        }
        double mean = s / m;
        if (depth >= settings.maxDepth() || m < 2 * settings.minLeaf()) {
            return new Node(-1, Double.NaN, m, mean, null, null);
        }
        double parent = loss(m, s, ss);
        double bestGain = Double.NEGATIVE_INFINITY;
        int bestFactor = -1;
        double bestThreshold = Double.NaN;
        Integer[] order = new Integer[m];
        for (int j = 0; j < x[0].length; j++) {
            final int f = j;
            for (int i = 0; i < m; i++) {
                order[i] = rows[i];
            }
            Arrays.sort(order, (a, b) -> Double.compare(x[a][f], x[b][f]));
            double ls = 0;
            double lss = 0;
            for (int i = 0; i < m - 1; i++) {
                double v = y[order[i]];
                ls += v;
                lss += v * v;
                int nl = i + 1;
                int nr = m - nl;
                double here = x[order[i]][f];
                double next = x[order[i + 1]][f];
                if (nl < settings.minLeaf() || nr < settings.minLeaf() || here == next) {
                    continue;
                }
                double gain = parent - loss(nl, ls, lss) - loss(nr, s - ls, ss - lss);
                if (gain > bestGain) {
                    bestGain = gain;
                    bestFactor = f;
                    bestThreshold = (here + next) / 2;
                }
            }
        }
        if (bestFactor < 0 || bestGain < minDecrease || bestGain <= 0) {
            return new Node(-1, Double.NaN, m, mean, null, null);
        }
        final int f = bestFactor;
        final double t = bestThreshold;
        int[] left = Arrays.stream(rows).filter(i -> x[i][f] < t).toArray();
        int[] right = Arrays.stream(rows).filter(i -> !(x[i][f] < t)).toArray();
        return new Node(f, t, m, mean, node(left, depth + 1), node(right, depth + 1));
    }

    /** {@code n · impurity}: {@code 2·s·(n − s)/n} (Gini) for a 0/1 outcome, else the sum of squared deviations. */
    private double loss(int n, double s, double ss) {
        if (n == 0) {
            return 0;
        }
        return binary ? 2 * s * (n - s) / n : ss - s * s / n;
    }
}
