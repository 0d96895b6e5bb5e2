package org.framewright.diagram.server.layout;

import java.util.Arrays;

/** A binary min-heap of int values by double keys, without boxing (the route search pushes many thousands). */
final class MinHeap {

    private double[] keys = new double[256];
    private int[] values = new int[256];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    void push(double key, int value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        int i = size++;
        while (i > 0 && keys[(i - 1) / 2] > key) {
            keys[i] = keys[(i - 1) / 2];
            values[i] = values[(i - 1) / 2];
            i = (i - 1) / 2;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** The smallest key (of the value {@link #pop()} returns next). */
    double minKey() {
        return keys[0];
    }

    /** Removes and returns the value of the smallest key. */
    int pop() {
        int top = values[0];
        double key = keys[--size];
        int value = values[size];
        int i = 0;
        while (2 * i + 1 < size) {
            int child = 2 * i + 1;
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (keys[child] >= key) {
                break;
            }
            keys[i] = keys[child];
            values[i] = values[child];
            i = child;
        }
        keys[i] = key;
        values[i] = value;
        return top;
    }
}
