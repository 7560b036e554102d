package org.radsim.core.classic.civilviolence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class NeighbourhoodTest {

    @Test
    void vision17IsTheMooreNeighbourhoodPlusOwnCell() {
        int[][] hood = Neighbourhood.cells(40, 40, 1.7);
        assertEquals(9, hood[0].length);
        // cell (0,0) on a torus: neighbours wrap to x = 39 and y = 39
        int[] sorted = hood[0].clone();
        Arrays.sort(sorted);
        assertEquals("[0, 1, 39, 40, 41, 79, 1560, 1561, 1599]", Arrays.toString(sorted));
    }

    @Test
    void vision7Is148CellsPlusOwnCell() {
        int[][] hood = Neighbourhood.cells(40, 40, 7);
        for (int[] h : hood) {
            assertEquals(149, h.length);
        }
    }

    @Test
    void aWrappedCellOfASmallTorusCountsOnce() {
        int[][] hood = Neighbourhood.cells(5, 5, 7);
        assertEquals(25, hood[12].length);
        assertEquals(25, Arrays.stream(hood[12]).distinct().count());
    }
}
