package org.radsim.analysis.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * CART on {@link KnownBox}: it must split only on the two factors that define the box (at the default settings it
 * did so for each of data seeds 1–30).
 */
class CartTest {

    private final KnownBox data = new KnownBox(20261202L);

    @Test
    void splitsOnlyOnTheTwoRealFactors() {
        Cart.Tree tree = Cart.grow(KnownBox.FACTORS, data.x, data.y, Cart.Settings.defaults());
        assertEquals(Set.of("x1", "x2"), tree.splitFactors());
    }

    @Test
    void giniSplitOfATwoClassLineIsAtTheBoundary() {
        double[][] x = {{0.1}, {0.2}, {0.3}, {0.7}, {0.8}, {0.9}};
        double[] y = {0, 0, 0, 1, 1, 1};
        Cart.Tree tree = Cart.grow(new String[] {"a"}, x, y, new Cart.Settings(2, 1, 0.0));
        assertEquals(0.5, tree.root().threshold(), 1e-12);
        assertTrue(tree.root().left().leaf() && tree.root().right().leaf());
        assertEquals(0.0, tree.root().left().mean());
        assertEquals(1.0, tree.root().right().mean());
    }
}
