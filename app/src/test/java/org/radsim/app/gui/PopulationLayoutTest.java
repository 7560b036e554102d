package org.radsim.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

import org.junit.jupiter.api.Test;

class PopulationLayoutTest {

    /** The baseline's regions: 6 000, 6 000, 3 000, 3 000 and 2 000 citizens. */
    private static final int[] BASELINE = {0, 6000, 12000, 15000, 18000, 20000};

    @Test
    void everyDotMapsBackToItsCitizen() {
        PopulationLayout layout = new PopulationLayout(BASELINE);
        for (int r = 0; r < 5; r++) {
            for (int i = BASELINE[r]; i < BASELINE[r + 1]; i++) {
                Point2D.Double p = layout.position(i, r);
                assertEquals(i, layout.citizenAt(p.x, p.y), "citizen " + i);
            }
        }
    }

    @Test
    void cardsStayInTheFieldAboveTheLegendAndDoNotOverlap() {
        PopulationLayout layout = new PopulationLayout(BASELINE);
        Rectangle2D.Double field = new Rectangle2D.Double(0, 0, PopulationLayout.WIDTH,
                PopulationLayout.HEIGHT - PopulationLayout.LEGEND + 1e-6);
        for (int r = 0; r < 5; r++) {
            Rectangle2D.Double c = layout.cell(r);
            assertTrue(field.contains(c), "card " + r + " " + c);
            Rectangle2D.Double d = layout.dots(r);
            assertTrue(c.contains(d), "dots of " + r + " inside their card");
            for (int q = r + 1; q < 5; q++) {
                Rectangle2D.Double o = layout.cell(q);
                Rectangle2D.Double overlap = c.createIntersection(o).getBounds2D() instanceof Rectangle2D.Double x ? x
                        : new Rectangle2D.Double();
                assertFalse(overlap.width > 1e-6 && overlap.height > 1e-6, "cards " + r + " and " + q + " overlap");
            }
        }
    }

    @Test
    void aRegionsAreaIsProportionalToItsPopulation() {
        PopulationLayout layout = new PopulationLayout(BASELINE);
        // same pitch and row length everywhere: rows = ceil(n / columns), so 6 000 citizens need twice the rows
        // of 3 000 up to one partly filled row
        int columns = layout.dotColumns();
        assertEquals((6000 + columns - 1) / columns, layout.dotRows(0));
        assertEquals((3000 + columns - 1) / columns, layout.dotRows(2));
        assertTrue(Math.abs(layout.dotRows(0) - 2 * layout.dotRows(2)) <= 1);
    }

    @Test
    void clicksOutsideTheDotsHitNobody() {
        PopulationLayout layout = new PopulationLayout(BASELINE);
        assertEquals(-1, layout.citizenAt(PopulationLayout.WIDTH - 1, PopulationLayout.HEIGHT - 1));
        Rectangle2D.Double c = layout.cell(0);
        assertEquals(-1, layout.citizenAt(c.x + 2, c.y + 2), "the title strip is not a citizen");
    }

    @Test
    void oneRegionFillsTheFieldAndTinyPopulationsKeepSmallDots() {
        PopulationLayout one = new PopulationLayout(new int[] {0, 50_000});
        assertEquals(0, one.cell(0).x);
        PopulationLayout tiny = new PopulationLayout(new int[] {0, 3});
        assertTrue(tiny.pitch() <= 24);
    }
}
