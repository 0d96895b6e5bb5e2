package org.framewright.simulation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.framewright.scoring.internal.Aggregation;

/**
 * Makes a comparative node's inputs compare across councils as the engine's do. The engine stores each node's value
 * as the double of its exact decimal result, and a comparative method (Copeland) asks only whether one council's
 * input is above, equal to or below another's; the kernel's binary weighted means can be an ulp off the engine's, so
 * two councils the engine finds equal could differ here (and the reverse). Per input of the node, the councils are
 * kept sorted by value (an insertion sort from the last draw's order, nearly sorted already); only the councils whose
 * value is within a relative 1e-9 of a neighbour's get their value recomputed in the engine's decimal arithmetic
 * ({@link Aggregation}, allocating; a rare case outside ties of identical inputs). One per kernel worker.
 */
final class ComparativeTies {

    private static final double NEAR = 1e-9;
    private static final Aggregation[] BY_CODE = {Aggregation.WEIGHTED_MEAN, Aggregation.MEDIAN, Aggregation.MINIMUM,
        Aggregation.MAXIMUM};

    private final CompositeKernel kernel;
    private final double[][] nodeValues;
    private final double[][] nodePresent;
    private final double[] weights;
    private final int[] methods;
    private final int[][] order;
    private final int[] marked;
    private double[][] leafValues;
    private double[][] leafPresent;
    private int stamp;
    private long recomputed;

    /**
     * For {@code kernel}'s comparative nodes, whose widest has {@code inputs} inputs, over a worker's arrays of node
     * values and presence, drawn weights and method codes.
     */
    ComparativeTies(CompositeKernel kernel, int inputs, double[][] nodeValues, double[][] nodePresent,
            double[] weights, int[] methods) {
        this.kernel = kernel;
        this.nodeValues = nodeValues;
        this.nodePresent = nodePresent;
        this.weights = weights;
        this.methods = methods;
        order = new int[inputs][kernel.councils()];
        for (int[] councils : order) {
            for (int c = 0; c < councils.length; c++) {
                councils[c] = c;
            }
        }
        marked = new int[kernel.councils()];
    }

    /**
     * Replaces near-tied values of node {@code k}'s computed inputs in {@code across} (input-major, NaN missing)
     * by the engine's doubles; leaves ({@code leafValues}, {@code leafPresent} of the draw) are the engine's already.
     */
    void settle(int k, double[] across, int inputs, double[][] leafValues, double[][] leafPresent) {
        this.leafValues = leafValues;
        this.leafPresent = leafPresent;
        for (int i = 0; i < inputs; i++) {
            int slot = kernel.inputSlot[kernel.inputStart[k] + i];
            if (slot < kernel.leaves || !exactable(methods[slot - kernel.leaves])) {
                continue;
            }
            stamp++;
            if (markNearTies(order[i], across, i)) {
                for (int c = 0; c < marked.length; c++) {
                    if (marked[c] == stamp) {
                        across[i * marked.length + c] = exact(slot, c);
                    }
                }
            }
        }
    }

    /** Sorts {@code councils} by input i (missing last) and marks councils near a neighbour; true if any. */
    private boolean markNearTies(int[] councils, double[] across, int i) {
        int row = i * councils.length;
        for (int p = 1; p < councils.length; p++) {
            int moving = councils[p];
            double key = key(across[row + moving]);
            int q = p - 1;
            while (q >= 0 && key(across[row + councils[q]]) > key) {
                councils[q + 1] = councils[q];
                q--;
            }
            councils[q + 1] = moving;
        }
        boolean any = false;
        for (int p = 1; p < councils.length; p++) {
            double a = across[row + councils[p - 1]];
            double b = across[row + councils[p]];
            if (b != b) {
                break;
            }
            if (b - a <= NEAR * Math.max(Math.abs(a), Math.abs(b))) {
                marked[councils[p - 1]] = stamp;
                marked[councils[p]] = stamp;
                any = true;
            }
        }
        return any;
    }

    private static double key(double value) {
        return value == value ? value : Double.POSITIVE_INFINITY;
    }

    private static boolean exactable(int method) {
        return method >= 0 && method < BY_CODE.length;
    }

    /** The engine's double of the value at {@code slot} for council {@code c} (NaN when it has none). */
    private double exact(int slot, int c) {
        if (slot < kernel.leaves) {
            return leafPresent[slot][c] > 0 ? leafValues[slot][c] : Double.NaN;
        }
        int k = slot - kernel.leaves;
        if (nodePresent[k][c] == 0) {
            return Double.NaN;
        }
        if (!exactable(methods[k])) {
            return nodeValues[k][c];
        }
        int present = 0;
        int only = -1;
        for (int i = kernel.inputStart[k]; i < kernel.inputStart[k + 1]; i++) {
            if (present(kernel.inputSlot[i], c)) {
                present++;
                only = i;
            }
        }
        if (present == 1) {
            // the engine's mean, median, minimum or maximum of one value is that value: no decimals needed
            return exact(kernel.inputSlot[only], c);
        }
        List<BigDecimal> values = new ArrayList<>();
        List<BigDecimal> inputWeights = new ArrayList<>();
        for (int i = kernel.inputStart[k]; i < kernel.inputStart[k + 1]; i++) {
            double value = exact(kernel.inputSlot[i], c);
            if (value == value) {
                values.add(BigDecimal.valueOf(value));
                inputWeights.add(BigDecimal.valueOf(weights[kernel.inputWeight[i]]));
            }
        }
        recomputed++;
        return BY_CODE[methods[k]].aggregate(values, inputWeights, 0).doubleValue();
    }

    private boolean present(int slot, int c) {
        return slot < kernel.leaves ? leafPresent[slot][c] > 0 : nodePresent[slot - kernel.leaves][c] > 0;
    }

    /** How many values were recomputed in decimals so far (for tests and benchmarks). */
    long recomputed() {
        return recomputed;
    }
}
