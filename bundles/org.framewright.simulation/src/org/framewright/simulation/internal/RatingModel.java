package org.framewright.simulation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;

/**
 * A whole scheme compiled for the rating kernel: the nodes an uncertain input can change, in scoring order with
 * the overall result last, over leaf values read once from the engine (one set per normalisation choice). Each
 * node keeps everything the engine applies after collecting its inputs, as primitive arrays: method (or the
 * method choice), weights, missing-data policy, minimum inputs, direct values, rounding, banding or scale,
 * matrix and limiters. Built by {@link RatingModelBuilder}; evaluated by {@link RatingKernel} (doubles) and
 * {@link ExactRatings} (the engine's decimals, near ties). Input slots: {@code s >= 0} is leaf s, {@code s < 0}
 * is node {@code -s - 1}; level references the same with static level columns.
 */
final class RatingModel {

    /** Method codes. {@link #MEAN} ignores weights; {@link #WEIGHTED_MEAN} leaves out inputs without a weight. */
    static final int WEIGHTED_MEAN = 0;
    static final int MEAN = 1;
    static final int MEDIAN = 2;
    static final int MINIMUM = 3;
    static final int MAXIMUM = 4;
    static final int SUM = 5;
    static final int PERCENT_OF_MAXIMUM = 6;
    static final int MATRIX = 7;

    /** Missing-data policy codes. */
    static final int EXCLUDE = 0;
    static final int FAIL = 1;
    static final int IMPUTE_MEAN = 2;
    static final int IMPUTE_MEDIAN = 3;
    static final int IMPUTE_LOWEST = 4;

    /** Rounding codes (the engine's half up, half even, down = floor, up = ceiling). */
    static final int NO_ROUNDING = 0;
    static final int HALF_UP = 1;
    static final int HALF_EVEN = 2;
    static final int FLOOR = 3;
    static final int CEILING = 4;

    /** The widest grid of rounded values a node's level table covers (CQC's percents need 103 entries). */
    private static final double MAX_GRID = 1 << 16;

    int councils;
    /** [variant][leaf][council]: a static input's value as the consuming rule reads it; NaN = missing. */
    double[][][] leafValues;
    /** [leaf]: the perturbed banding a leaf's indicator is re-banded with per draw (its level value), -1: static. */
    int[] leafBanding;
    /** [variant][leaf][council]: a re-banded leaf's indicator score (NaN: none); null for static leaves. */
    double[][][] leafScores;
    /** [threshold][band]: each band's level index of a perturbed banding (-1: none). */
    int[][] thresholdLevel;
    /** [leaf]: the perturbed target RAG rule a leaf's indicator is rated with per draw, -1: none. */
    int[] leafRag;
    /** [variant][leaf][council]: a RAG leaf's shortfall from the target (NaN: no value), as a double and exactly. */
    double[][][] leafShortfall;
    BigDecimal[][][] leafShortfallExact;
    /** [leaf]: a RAG leaf's |target|, as a double and exactly. */
    double[] leafTarget;
    BigDecimal[] leafTargetExact;
    /** [rag][band]: the Red, Amber and Green level indices of a perturbed target RAG rule. */
    int[][] ragLevel;
    /** The perturbed target RAG rules, in input order. */
    List<RagShifts> ragThresholds = List.of();
    /** [variant][column][council]: a static node's level index (-1 = none), for matrices and limiters. */
    int[][][] staticLevels;

    /** Every level of every scale, by index: its value, its index in the rating scale (-1 = not in it). */
    double[] levelValue;
    int[] ratingIndex;
    final Map<String, Integer> levelIndex = new LinkedHashMap<>();

    /** Per node (scoring order, overall last). */
    final List<AggregationRule> rules = new ArrayList<>();
    final List<String> ids = new ArrayList<>();
    int[] inputStart;
    int[] inputSlot;
    int[] inputWeight;
    /** Whether the node reads its dynamic children's level values (else their scores). */
    boolean[] usesLevel;
    int[] method;
    /** In draws a perturbed mean rule is a weighted mean of its drawn weights. */
    boolean[] perturbedMean;
    int[] methodInput;
    int[] policy;
    int[] minimum;
    double[] maximum;
    double[] lowest;
    /** [node][council]: the value given directly (NaN = none or not direct-first) and its level. */
    double[][] direct;
    int[][] directLevel;
    int[] rounding;
    int[] decimals;
    /** [node][band]: smallest and largest doubles in the band (as the engine compares decimals), and its level. */
    double[][] bandLow;
    double[][] bandHigh;
    int[][] bandLevel;
    /** [node][level]: a scale's level values and indices (when the node has no banding). */
    double[][] scaleValue;
    int[][] scaleLevel;
    /**
     * [node][units - roundedFirst[node]]: the level of the rounded value with those units of 10^-decimals (as
     * {@link #levelOf} finds it), so a rounded value's band is one array read; null where the node is not rounded,
     * its bands are drawn or its grid is too wide ({@link #indexRoundedLevels}).
     */
    int[][] roundedLevel;
    long[] roundedFirst;
    int[] matrixRow;
    int[] matrixColumn;
    /** [node][rowLevel * levels + columnLevel]: the cell's level, -1 = none. */
    int[][] matrixCell;
    int[][] limiterCondition;
    double[][] limiterAtOrBelow;
    int[][] limiterCap;

    /** Weights: perturbed groups first (contiguous, in input order), then the fixed weights; NaN = no weight. */
    double[] baseWeights;
    double[] perturbBase;
    int[] groupStart;
    int[] groupEnd;
    /** Per method input: the codes to draw from. */
    int[][] methodChoices;
    /** Per node: the index of its banding among the perturbed bandings, -1 when its thresholds are fixed. */
    int[] bandingInput;
    /** Per node: its missing-data policy input, -1 when fixed; per policy input the policy codes to draw from. */
    int[] policyInput;
    int[][] policyChoices;
    /** The perturbed bandings, in input order. */
    List<BandShifts> thresholds = List.of();
    List<String> inputNames = new ArrayList<>();
    /** The input names with every weight and every band boundary its own input. */
    List<String> perInputNames = new ArrayList<>();
    /** Per weight of the perturbed groups, in weight order: {@code weight of PART in RULE}. */
    final List<String> weightNames = new ArrayList<>();
    /** -1: highest overall value first; 1: lowest first. */
    double rankSign = -1;

    int nodes() {
        return ids.size();
    }

    int levels() {
        return levelValue.length;
    }

    static int methodCode(AggregationMethod method) {
        return switch (method) {
            case WEIGHTED_MEAN -> WEIGHTED_MEAN;
            case MEAN -> MEAN;
            case MEDIAN -> MEDIAN;
            case MINIMUM -> MINIMUM;
            case MAXIMUM -> MAXIMUM;
            case SUM -> SUM;
            case PERCENT_OF_MAXIMUM -> PERCENT_OF_MAXIMUM;
            case MATRIX -> MATRIX;
        };
    }

    static int policyCode(MissingDataPolicy policy) {
        return switch (policy) {
            case FAIL -> FAIL;
            case IMPUTE_MEAN -> IMPUTE_MEAN;
            case IMPUTE_MEDIAN -> IMPUTE_MEDIAN;
            case IMPUTE_LOWEST -> IMPUTE_LOWEST;
            // unspecified behaves as exclude and re-weight in the engine
            default -> EXCLUDE;
        };
    }

    static int roundingCode(org.framewright.model.Rounding rounding) {
        if (rounding == null) {
            return NO_ROUNDING;
        }
        return switch (rounding.getMode()) {
            case HALF_UP -> HALF_UP;
            case HALF_EVEN -> HALF_EVEN;
            case DOWN -> FLOOR;
            case UP -> CEILING;
            default -> NO_ROUNDING;
        };
    }

    /** The index of {@code level} (by id; a scenario's copy holds copies of the levels), added on first use. */
    int level(ScaleLevel level) {
        if (level == null) {
            return -1;
        }
        Integer index = levelIndex.get(level.getId());
        if (index == null) {
            throw new IllegalStateException("level " + level.getId() + " was not registered");
        }
        return index;
    }

    /** Compiles the banding of node {@code k}: per band the doubles it contains, decided as the engine decides. */
    void banding(int k, Banding banding) {
        List<Band> bands = banding.getBands();
        bandLow[k] = new double[bands.size()];
        bandHigh[k] = new double[bands.size()];
        bandLevel[k] = new int[bands.size()];
        double[] lower = new double[bands.size()];
        double[] upper = new double[bands.size()];
        for (int b = 0; b < bands.size(); b++) {
            lower[b] = bands.get(b).getLower();
            upper[b] = bands.get(b).getUpper();
            bandLevel[k][b] = level(bands.get(b).getLevel());
        }
        edges(banding.getStep(), lower, upper, bandLow[k], bandHigh[k]);
    }

    /**
     * Per band with bounds {@code lower} and {@code upper} (as the model stores them), the smallest and largest
     * doubles the engine's decimal comparison puts in it (a drawn banding's too: the kernel recompiles its edges).
     */
    static void edges(double stepValue, double[] lower, double[] upper, double[] low, double[] high) {
        BigDecimal step = BigDecimal.valueOf(stepValue);
        for (int b = 0; b < lower.length; b++) {
            low[b] = smallestAtLeast(BigDecimal.valueOf(lower[b]));
            BigDecimal bound = BigDecimal.valueOf(upper[b]);
            high[b] = step.signum() > 0 ? largestBelow(bound.add(step)) : largestAtMost(bound);
        }
    }

    void scale(int k, Scale scale) {
        int size = scale == null ? 0 : scale.getLevels().size();
        scaleValue[k] = new double[size];
        scaleLevel[k] = new int[size];
        for (int i = 0; i < size; i++) {
            scaleValue[k][i] = scale.getLevels().get(i).getValue();
            scaleLevel[k][i] = level(scale.getLevels().get(i));
        }
    }

    /** The smallest double whose decimal ({@link BigDecimal#valueOf(double)}) is at least {@code bound}. */
    static double smallestAtLeast(BigDecimal bound) {
        double d = bound.doubleValue();
        while (BigDecimal.valueOf(d).compareTo(bound) < 0) {
            d = Math.nextUp(d);
        }
        while (BigDecimal.valueOf(Math.nextDown(d)).compareTo(bound) >= 0) {
            d = Math.nextDown(d);
        }
        return d;
    }

    /** The largest double whose decimal is below {@code bound}. */
    static double largestBelow(BigDecimal bound) {
        double d = bound.doubleValue();
        while (BigDecimal.valueOf(d).compareTo(bound) >= 0) {
            d = Math.nextDown(d);
        }
        while (BigDecimal.valueOf(Math.nextUp(d)).compareTo(bound) < 0) {
            d = Math.nextUp(d);
        }
        return d;
    }

    /** The largest double whose decimal is at most {@code bound}. */
    static double largestAtMost(BigDecimal bound) {
        double d = bound.doubleValue();
        while (BigDecimal.valueOf(d).compareTo(bound) > 0) {
            d = Math.nextDown(d);
        }
        while (BigDecimal.valueOf(Math.nextUp(d)).compareTo(bound) <= 0) {
            d = Math.nextUp(d);
        }
        return d;
    }

    /** Fills {@link #roundedLevel}: per rounded node with fixed bands or scale, the level of every grid value in reach. */
    void indexRoundedLevels() {
        roundedLevel = new int[nodes()][];
        roundedFirst = new long[nodes()];
        for (int k = 0; k < nodes(); k++) {
            boolean fixed = method[k] != MATRIX && rounding[k] != NO_ROUNDING && bandingInput[k] < 0;
            double[] edges = bandLow[k].length > 0 ? concat(bandLow[k], bandHigh[k]) : scaleValue[k];
            if (!fixed || edges.length == 0 || decimals[k] < 0 || decimals[k] > 6) {
                continue;
            }
            double scale = Math.pow(10, decimals[k]);
            double first = Math.floor(Arrays.stream(edges).min().getAsDouble() * scale) - 1;
            double last = Math.ceil(Arrays.stream(edges).max().getAsDouble() * scale) + 1;
            if (!(last - first < MAX_GRID)) {
                continue;
            }
            roundedFirst[k] = (long) first;
            roundedLevel[k] = new int[(int) (last - first) + 1];
            for (int i = 0; i < roundedLevel[k].length; i++) {
                double x = RatingArithmetic.fromUnits(first + i, decimals[k]);
                roundedLevel[k][i] = levelOf(k, x, true, bandLow[k], bandHigh[k]);
            }
        }
    }

    /** The level of node k's value {@code x} rounded to {@code units} of 10^-decimals (its table, else a search). */
    int roundedLevelOf(int k, double units, double x, double[] low, double[] high) {
        int[] table = roundedLevel[k];
        if (table != null) {
            long i = (long) units - roundedFirst[k];
            if (i >= 0 && i < table.length) {
                return table[(int) i];
            }
        }
        return levelOf(k, x, true, low, high);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The level of a level reference for council {@code c}: a node's current level or a static column's. */
    int levelAt(int ref, int c, int variant, int[][] level) {
        return ref < 0 ? level[-ref - 1][c] : staticLevels[variant][ref][c];
    }

    /** The level after node k's limiters (each caps when its condition node is at or below its threshold). */
    int limit(int k, int c, int found, int variant, int[][] level) {
        int result = found;
        for (int l = 0; l < limiterCap[k].length; l++) {
            int condition = levelAt(limiterCondition[k][l], c, variant, level);
            int cap = limiterCap[k][l];
            if (condition >= 0 && levelValue[condition] <= limiterAtOrBelow[k][l]
                    && levelValue[result] > levelValue[cap]) {
                result = cap;
            }
        }
        return result;
    }

    /**
     * The level index of {@code x} for node k with band edges {@code low} and {@code high} (the node's own or this
     * draw's), -1 for none, -2 when too near a boundary to decide.
     */
    int levelOf(int k, double x, boolean sure, double[] low, double[] high) {
        if (low.length > 0) {
            for (int b = 0; b < low.length; b++) {
                if (!sure && (RatingArithmetic.near(x, low[b]) || RatingArithmetic.near(x, high[b]))) {
                    return -2;
                }
                if (x >= low[b] && x <= high[b]) {
                    return bandLevel[k][b];
                }
            }
            return -1;
        }
        double[] values = scaleValue[k];
        for (int i = 0; i < values.length; i++) {
            if (!sure && RatingArithmetic.near(x, values[i])) {
                return -2;
            }
            if (x == values[i]) {
                return scaleLevel[k][i];
            }
        }
        return -1;
    }
}
