package org.radsim.core.network;

import org.radsim.core.replication.RandomStream;

/**
 * An undirected social network in compressed sparse row form: the neighbours of citizen i are
 * {@code neighbours[offsets[i] .. offsets[i+1])}. A well-mixed network ({@code network.type: complete}) stores no
 * edges: every other citizen is a neighbour, and {@link #randomNeighbour} draws one uniformly.
 */
public final class SocialNetwork implements java.io.Serializable {

    private final int size;
    private final int[] offsets;
    private final int[] neighbours;
    private final boolean wellMixed;

    private SocialNetwork(int size, int[] offsets, int[] neighbours, boolean wellMixed) {
        this.size = size;
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.wellMixed = wellMixed;
    }

    /** A well-mixed population of {@code size} citizens (no stored edges). */
    public static SocialNetwork wellMixed(int size) {
        return new SocialNetwork(size, null, null, true);
    }

    /**
     * Builds the CSR arrays from an undirected edge list (each edge once; self-loops are dropped). A citizen's
     * neighbours are in edge-list order. Holds nothing but the edge list and the two CSR arrays: the offsets serve
     * as fill cursors and are shifted back afterwards.
     */
    public static SocialNetwork fromEdges(int size, int[] a, int[] b, int edges) {
        int[] offsets = new int[size + 1];
        for (int e = 0; e < edges; e++) {
            if (a[e] != b[e]) {
                offsets[a[e] + 1]++;
                offsets[b[e] + 1]++;
            }
        }
        for (int i = 0; i < size; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] nb = new int[offsets[size]];
        for (int e = 0; e < edges; e++) {
            int x = a[e];
            int y = b[e];
            if (x != y) {
                nb[offsets[x]++] = y;
                nb[offsets[y]++] = x;
            }
        }
        System.arraycopy(offsets, 0, offsets, 1, size);
        offsets[0] = 0;
        return new SocialNetwork(size, offsets, nb, false);
    }

    public int size() {
        return size;
    }

    public boolean isWellMixed() {
        return wellMixed;
    }

    public int degree(int i) {
        return wellMixed ? size - 1 : offsets[i + 1] - offsets[i];
    }

    /** The k-th neighbour of i (0 ≤ k &lt; degree(i)); not for well-mixed networks. */
    public int neighbour(int i, int k) {
        return neighbours[offsets[i] + k];
    }

    /** A uniformly random neighbour of i, or −1 when i has none. */
    public int randomNeighbour(int i, RandomStream rng) {
        if (wellMixed) {
            if (size < 2) {
                return -1;
            }
            int j = rng.nextInt(size - 1);
            return j >= i ? j + 1 : j;
        }
        int d = offsets[i + 1] - offsets[i];
        return d == 0 ? -1 : neighbours[offsets[i] + rng.nextInt(d)];
    }

    /** Number of undirected edges stored. */
    public long edges() {
        return wellMixed ? (long) size * (size - 1) / 2 : neighbours.length / 2;
    }

    /** Offsets array (length size + 1); null for well-mixed. Read-only by convention. */
    public int[] offsets() {
        return offsets;
    }

    /** Neighbour array; null for well-mixed. Read-only by convention. */
    public int[] neighbourArray() {
        return neighbours;
    }

    /** Bytes held by the CSR arrays. */
    public long bytes() {
        return wellMixed ? 0 : 4L * (offsets.length + neighbours.length);
    }
}
