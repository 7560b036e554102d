package org.radsim.core.network;

import java.util.Arrays;

/** A growable list of undirected edges as two int arrays, used while generating a network. */
final class EdgeList {
    int[] a;
    int[] b;
    int size;

    EdgeList(int capacity) {
        a = new int[Math.max(16, capacity)];
        b = new int[Math.max(16, capacity)];
    }

    void add(int x, int y) {
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
            b = Arrays.copyOf(b, size * 2);
        }
        a[size] = x;
        b[size] = y;
        size++;
    }
}
