package org.radsim.core.classic.civilviolence;

import java.util.LinkedHashSet;

/**
 * Vision on a torus: every cell whose centre lies within Euclidean distance {@code v} of the own cell's centre,
 * own cell included (NetLogo's {@code patches in-radius}). Radius 1.7 gives the 8 Moore neighbours, radius 7
 * gives 148 cells. On a torus narrower than the vision a wrapped cell is counted once.
 */
public final class Neighbourhood {

    private Neighbourhood() {
    }

    /** For each cell {@code x + y·width}, the cells in vision (own cell first). */
    public static int[][] cells(int width, int height, double vision) {
        int r = (int) Math.floor(vision);
        double v2 = vision * vision;
        int[][] out = new int[width * height][];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                LinkedHashSet<Integer> set = new LinkedHashSet<>();
                set.add(x + y * width);
                for (int dy = -r; dy <= r; dy++) {
                    for (int dx = -r; dx <= r; dx++) {
                        if (dx * dx + dy * dy <= v2) {
                            set.add(Math.floorMod(x + dx, width) + Math.floorMod(y + dy, height) * width);
                        }
                    }
                }
                out[x + y * width] = set.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return out;
    }
}
