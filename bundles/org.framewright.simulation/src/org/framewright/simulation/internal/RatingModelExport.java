package org.framewright.simulation.internal;

import java.io.PrintStream;

import org.framewright.simulation.WeightPerturbation;

/**
 * Writes a compiled {@link RatingModel} as text for the C reference loop {@code releng/benchmarks/
 * simulate_rating_loop.c}, which evaluates it per draw as {@link RatingKernel} does, so a benchmark can report the
 * Java/C ratio and check that both count the same ranks and ratings. Whitespace-separated tokens, each section
 * introduced by its name; doubles as Java hexadecimal floating-point literals ({@link Double#toHexString}, which C's
 * {@code strtod} reads bit for bit), {@code NaN} for missing. The format (version 1) is described in
 * {@code releng/benchmarks/README.md}. Only what the C loop computes is exported: weights perturbed by a uniform
 * factor, one leaf variant, no method or policy drawn, no shifted thresholds, no imputation of a mean or median.
 */
public final class RatingModelExport {

    private RatingModelExport() {
    }

    /** Why the C loop cannot compute {@code model}'s draws, or null when it can. */
    static String refusal(RatingModel model, WeightPerturbation perturbation) {
        if (perturbation != WeightPerturbation.UNIFORM_FACTOR) {
            return "the C loop draws uniform weight factors only";
        }
        if (model.leafValues.length != 1 || model.methodChoices.length > 0 || model.policyChoices.length > 0
                || !model.thresholds.isEmpty()) {
            return "the C loop draws weights only (no normalisation, method, policy or threshold choice)";
        }
        for (int k = 0; k < model.nodes(); k++) {
            if (model.policy[k] == RatingModel.IMPUTE_MEAN || model.policy[k] == RatingModel.IMPUTE_MEDIAN) {
                return "node " + model.ids.get(k) + ": the C loop does not impute a mean or median";
            }
        }
        return null;
    }

    /**
     * Writes {@code model} with the random streams' definition (uniform factor {@code amount}, {@code seed}) and the
     * width of the level histograms ({@code ratingLevels}, the rating scale's size) and the baseline order every
     * draw's rank sort starts from ({@code anchor}: the kernel's baseline, which a C loop without the engine's
     * decimal arithmetic cannot always compute, e.g. CSCI's weighted means of exactly x.5).
     */
    static void write(RatingModel model, int ratingLevels, double amount, long seed, int[] anchor, PrintStream out) {
        int n = model.councils;
        out.println("framewright-rating-model 1");
        out.println("councils " + n);
        out.println("nodes " + model.nodes());
        out.println("seed " + seed);
        out.println("uniform-factor " + hex(amount));
        out.println("rank-sign " + hex(model.rankSign));
        out.println("levels " + model.levels());
        out.println("level-values " + hex(model.levelValue));
        out.println("rating-index " + ints(model.ratingIndex));
        out.println("rating-levels " + ratingLevels);
        out.println("anchor " + ints(anchor));
        out.println("weights " + model.baseWeights.length);
        out.println("base " + hex(model.baseWeights));
        out.println("perturb-base " + hex(model.perturbBase));
        out.println("groups " + model.groupStart.length);
        for (int g = 0; g < model.groupStart.length; g++) {
            out.println("group " + model.groupStart[g] + " " + model.groupEnd[g]);
        }
        double[][] leaves = model.leafValues[0];
        out.println("leaves " + leaves.length);
        for (double[] leaf : leaves) {
            out.println("leaf " + hex(leaf));
        }
        int[][] columns = model.staticLevels[0];
        out.println("static-levels " + columns.length);
        for (int[] column : columns) {
            out.println("column " + ints(column));
        }
        for (int k = 0; k < model.nodes(); k++) {
            node(model, k, out);
        }
        out.println("end");
    }

    private static void node(RatingModel model, int k, PrintStream out) {
        out.println("node " + model.ids.get(k));
        out.println("method " + model.method[k] + " perturbed-mean " + (model.perturbedMean[k] ? 1 : 0)
            + " policy " + model.policy[k] + " minimum " + model.minimum[k] + " maximum " + hex(model.maximum[k])
            + " lowest " + hex(model.lowest[k]) + " rounding " + model.rounding[k] + " decimals " + model.decimals[k]
            + " uses-level " + (model.usesLevel[k] ? 1 : 0));
        int from = model.inputStart[k];
        int to = model.inputStart[k + 1];
        StringBuilder inputs = new StringBuilder("inputs " + (to - from));
        for (int i = from; i < to; i++) {
            inputs.append(' ').append(model.inputSlot[i]).append(' ').append(model.inputWeight[i]);
        }
        out.println(inputs);
        out.println("direct " + hex(model.direct[k]));
        out.println("direct-level " + ints(model.directLevel[k]));
        StringBuilder bands = new StringBuilder("bands " + model.bandLow[k].length);
        for (int b = 0; b < model.bandLow[k].length; b++) {
            bands.append(' ').append(hex(model.bandLow[k][b])).append(' ').append(hex(model.bandHigh[k][b]))
                .append(' ').append(model.bandLevel[k][b]);
        }
        out.println(bands);
        StringBuilder scale = new StringBuilder("scale " + model.scaleValue[k].length);
        for (int i = 0; i < model.scaleValue[k].length; i++) {
            scale.append(' ').append(hex(model.scaleValue[k][i])).append(' ').append(model.scaleLevel[k][i]);
        }
        out.println(scale);
        boolean matrix = model.method[k] == RatingModel.MATRIX;
        out.println("matrix " + (matrix ? 1 : 0) + (matrix ? " " + model.matrixRow[k] + " " + model.matrixColumn[k]
            + " " + ints(model.matrixCell[k]) : ""));
        StringBuilder limiters = new StringBuilder("limiters " + model.limiterCap[k].length);
        for (int l = 0; l < model.limiterCap[k].length; l++) {
            limiters.append(' ').append(model.limiterCondition[k][l]).append(' ')
                .append(hex(model.limiterAtOrBelow[k][l])).append(' ').append(model.limiterCap[k][l]);
        }
        out.println(limiters);
    }

    private static String hex(double value) {
        return value != value ? "NaN" : Double.toHexString(value);
    }

    private static String hex(double[] values) {
        StringBuilder line = new StringBuilder();
        for (double value : values) {
            line.append(line.isEmpty() ? "" : " ").append(hex(value));
        }
        return line.toString();
    }

    private static String ints(int[] values) {
        StringBuilder line = new StringBuilder();
        for (int value : values) {
            line.append(line.isEmpty() ? "" : " ").append(value);
        }
        return line.toString();
    }
}
