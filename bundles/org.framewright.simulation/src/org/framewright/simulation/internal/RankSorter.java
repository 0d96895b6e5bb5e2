package org.framewright.simulation.internal;

/**
 * Ranks councils by a primitive key array without allocating. Every draw starts from the anchor order (the
 * baseline's, see {@link #anchor()}): perturbed draws stay close to it, so an insertion sort finishes in
 * O(n + displacements). When the displacements exceed a budget of 2 n log2 n moves, a stable bottom-up merge sort
 * takes over, so the worst case stays O(n log n). Ties share the best rank (1, 2, 2, 4); NaN keys (unscored
 * councils) sort last and get rank 0. The ranks never depend on the starting order. Not thread-safe: one per
 * worker.
 */
public final class RankSorter {

    private static final int INSERTION_RUN = 24;

    private final int[] order;
    private final int[] buffer;
    private final int[] anchor;
    private final long budget;

    /** A sorter for {@code size} items, starting from the identity order. */
    public RankSorter(int size) {
        order = new int[size];
        buffer = new int[size];
        anchor = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
            anchor[i] = i;
        }
        budget = 2L * size * (64 - Long.numberOfLeadingZeros(Math.max(1, size)));
    }

    /** Makes the order of the last {@link #rank} the starting order of every later one. */
    public void anchor() {
        System.arraycopy(order, 0, anchor, 0, order.length);
    }

    /**
     * Writes into {@code ranks} the 1-based rank of each item by {@code keys} ascending (negate keys for highest
     * first); equal keys share the best rank, NaN keys get 0.
     */
    public void rank(double[] keys, int[] ranks) {
        int n = order.length;
        System.arraycopy(anchor, 0, order, 0, n);
        if (!insertionSortWithin(order, keys, budget)) {
            mergeSort(keys);
        }
        int previousRank = 0;
        double previousKey = Double.NaN;
        for (int position = 0; position < n; position++) {
            int item = order[position];
            double key = keys[item];
            if (key != key) {
                ranks[item] = 0;
            } else {
                // ties (equal keys, including -0.0 == 0.0) share the best rank
                previousRank = position > 0 && key == previousKey ? previousRank : position + 1;
                previousKey = key;
                ranks[item] = previousRank;
            }
        }
    }

    /** The item at {@code position} of the last {@link #rank}'s order (ascending keys, NaN last). */
    public int at(int position) {
        return order[position];
    }

    /** Insertion sort of the whole order; gives up (false) after {@code budget} moves. */
    private static boolean insertionSortWithin(int[] a, double[] keys, long budget) {
        long moves = 0;
        for (int i = 1; i < a.length; i++) {
            int item = a[i];
            double key = keys[item];
            int j = i - 1;
            while (j >= 0 && before(key, keys[a[j]])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = item;
            moves += i - 1 - j;
            if (moves > budget) {
                return false;
            }
        }
        return true;
    }

    private void mergeSort(double[] keys) {
        int n = order.length;
        int[] a = order;
        for (int lo = 0; lo < n; lo += INSERTION_RUN) {
            insertionSort(a, keys, lo, Math.min(lo + INSERTION_RUN, n));
        }
        int[] from = a;
        int[] to = buffer;
        for (int width = INSERTION_RUN; width < n; width <<= 1) {
            for (int lo = 0; lo < n; lo += width << 1) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + (width << 1), n);
                merge(from, to, keys, lo, mid, hi);
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != order) {
            System.arraycopy(from, 0, order, 0, n);
        }
    }

    private static boolean before(double x, double y) {
        // NaN sorts after every number; numbers compare with <
        return x < y || (y != y && x == x);
    }

    private static void insertionSort(int[] a, double[] keys, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            int item = a[i];
            double key = keys[item];
            int j = i - 1;
            while (j >= lo && before(key, keys[a[j]])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = item;
        }
    }

    private static void merge(int[] from, int[] to, double[] keys, int lo, int mid, int hi) {
        if (mid >= hi || !before(keys[from[mid]], keys[from[mid - 1]])) {
            System.arraycopy(from, lo, to, lo, hi - lo);
            return;
        }
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && !before(keys[from[j]], keys[from[i]]))) {
                to[k] = from[i++];
            } else {
                to[k] = from[j++];
            }
        }
    }
}
