package org.framewright.simulation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.framewright.model.AggregationRule;
import org.framewright.model.ScaleLevel;
import org.framewright.scoring.internal.Aggregation;
import org.framewright.scoring.internal.Bands;
import org.framewright.scoring.internal.Decimals;
import org.framewright.scoring.internal.Rounder;

/**
 * A draw of a {@link RatingModel} in the engine's own decimal arithmetic: every double enters as its decimal
 * ({@link BigDecimal#valueOf(double)}), aggregation, rounding and band look-up are the engine's
 * ({@link Aggregation}, {@link Rounder}, {@link Bands}), and each node's result is the double of its decimal, as
 * the engine stores it. The rating kernel runs it only for draws with a value too near a boundary to decide in
 * binary, so its allocations do not matter.
 */
final class ExactRatings {

    private static final Aggregation[] AGGREGATIONS = {Aggregation.WEIGHTED_MEAN, Aggregation.MEAN, Aggregation.MEDIAN,
        Aggregation.MINIMUM, Aggregation.MAXIMUM, Aggregation.SUM, Aggregation.PERCENT_OF_MAXIMUM};

    private final RatingModel model;
    private final double[][][] leaves;
    private final double[][] value;
    private final int[][] level;
    private int[] policies;
    private ThresholdDraw thresholds;

    /**
     * Reads the kernel worker's {@code leaves} (its indicator levels re-banded for the draw) and writes into its
     * {@code value} and {@code level} arrays.
     */
    ExactRatings(RatingModel model, double[][][] leaves, double[][] value, int[][] level) {
        this.model = model;
        this.leaves = leaves;
        this.value = value;
        this.level = level;
    }

    /**
     * Scores every node for every council with leaf variant {@code variant}, drawn weights, methods, missing-data
     * policies and band bounds.
     */
    void score(int variant, double[] weights, int[] methods, int[] policies, ThresholdDraw thresholds) {
        this.policies = policies;
        this.thresholds = thresholds;
        for (int k = 0; k < model.nodes(); k++) {
            Double[] imputed = imputations(k, variant);
            for (int c = 0; c < model.councils; c++) {
                node(k, c, variant, weights, methods[k], imputed);
            }
        }
    }

    private void node(int k, int c, int variant, double[] weights, int method, Double[] imputed) {
        double direct = model.direct[k][c];
        if (direct == direct) {
            set(k, c, direct, model.directLevel[k][c]);
            return;
        }
        if (method == RatingModel.MATRIX) {
            int row = model.levelAt(model.matrixRow[k], c, variant, level);
            int col = model.levelAt(model.matrixColumn[k], c, variant, level);
            int cell = row < 0 || col < 0 ? -1 : model.matrixCell[k][row * model.levels() + col];
            int capped = cell < 0 ? -1 : model.limit(k, c, cell, variant, level);
            set(k, c, capped < 0 ? Double.NaN : model.levelValue[capped], capped);
            return;
        }
        List<BigDecimal> values = new ArrayList<>();
        List<BigDecimal> inputWeights = new ArrayList<>();
        int missing = 0;
        for (int i = model.inputStart[k]; i < model.inputStart[k + 1]; i++) {
            double v = input(k, i, c, variant);
            if (v != v && imputed != null) {
                Double replacement = imputed[i - model.inputStart[k]];
                v = replacement == null ? Double.NaN : replacement;
            } else if (v != v && policies[k] == RatingModel.IMPUTE_LOWEST) {
                v = model.lowest[k];
            }
            double w = method == RatingModel.WEIGHTED_MEAN ? weights[model.inputWeight[i]] : 1;
            if (v != v || w != w) {
                missing++;
                continue;
            }
            values.add(BigDecimal.valueOf(v));
            inputWeights.add(BigDecimal.valueOf(w));
        }
        Aggregation aggregation = AGGREGATIONS[method];
        if (missing > 0 && policies[k] == RatingModel.FAIL
                || aggregation.impossible(inputWeights, model.maximum[k]) != null || values.size() < model.minimum[k]) {
            set(k, c, Double.NaN, -1);
            return;
        }
        AggregationRule rule = model.rules.get(k);
        BigDecimal rounded = Rounder.round(aggregation.aggregate(values, inputWeights, model.maximum[k]),
            rule.getRounding());
        int t = model.bandingInput[k];
        ScaleLevel found = t >= 0 ? Bands.levelFor(rule.getBanding(), thresholds.lower[t], thresholds.upper[t], rounded)
            : rule.getBanding() != null ? Bands.levelFor(rule.getBanding(), rounded)
            : Bands.levelWithValue(rule.getScale(), rounded);
        int index = found == null ? -1 : model.limit(k, c, model.level(found), variant, level);
        set(k, c, rounded.doubleValue(), index);
    }

    private double input(int k, int i, int c, int variant) {
        int slot = model.inputSlot[i];
        if (slot >= 0) {
            return leaves[variant][slot][c];
        }
        if (model.usesLevel[k]) {
            int l = level[-slot - 1][c];
            return l < 0 ? Double.NaN : model.levelValue[l];
        }
        return value[-slot - 1][c];
    }

    /** Per input, the engine's imputed value (mean or median of the input's values across councils), or null. */
    private Double[] imputations(int k, int variant) {
        int policy = policies[k];
        if (policy != RatingModel.IMPUTE_MEAN && policy != RatingModel.IMPUTE_MEDIAN) {
            return null;
        }
        Double[] imputed = new Double[model.inputStart[k + 1] - model.inputStart[k]];
        for (int i = model.inputStart[k]; i < model.inputStart[k + 1]; i++) {
            List<BigDecimal> values = new ArrayList<>();
            for (int c = 0; c < model.councils; c++) {
                double v = input(k, i, c, variant);
                if (v == v) {
                    values.add(BigDecimal.valueOf(v));
                }
            }
            if (!values.isEmpty()) {
                imputed[i - model.inputStart[k]] = (policy == RatingModel.IMPUTE_MEAN ? Decimals.mean(values)
                    : Decimals.median(values)).doubleValue();
            }
        }
        return imputed;
    }

    private void set(int k, int c, double v, int l) {
        value[k][c] = v;
        level[k][c] = l;
    }
}
