package org.framewright.simulation.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.framewright.scoring.ScoringResult;
import org.framewright.simulation.WeightPerturbation;

/**
 * The fast path for schemes with levels: evaluates a {@link RatingModel} per draw in double arithmetic over
 * primitive arrays, allocating nothing. Every decision the engine makes on an exact decimal (rounding, band and
 * level look-ups, rank order) is checked against a guard: when a value computed in binary floating point lies
 * within {@link RatingArithmetic#TOLERANCE} (relative) of a decision boundary, where binary and decimal arithmetic could decide
 * differently (a weighted mean of exactly 2.5 in decimal is 2.4999999999999996 in binary), the whole draw is
 * recomputed with the engine's decimal arithmetic ({@link ExactRatings}). Values known to equal the engine's
 * exactly (leaves, direct values, rounded values k / 10^d, level values, minima and maxima of exact values) need
 * no guard. So kernel and engine give identical levels and ranks for every draw. Over 400 lines for a reason:
 * the per-council and the per-column pass share one worker's scratch arrays, which keeps a draw allocation-free.
 */
public final class RatingKernel implements DrawModel {


    private final RatingModel model;
    private final ScoringResult baseline;
    private final WeightPerturbation perturbation;
    private final double amount;
    private final int councils;
    private final int nodes;
    private final int maxInputs;
    private final boolean perWeight;

    RatingKernel(RatingModel model, ScoringResult baseline, WeightPerturbation perturbation, double amount) {
        this(model, baseline, perturbation, amount, false);
    }

    private RatingKernel(RatingModel model, ScoringResult baseline, WeightPerturbation perturbation, double amount,
            boolean perWeight) {
        this.perWeight = perWeight;
        this.model = model;
        this.baseline = baseline;
        this.perturbation = perturbation;
        this.amount = amount;
        this.councils = model.councils;
        this.nodes = model.nodes();
        int widest = 0;
        for (int k = 0; k < nodes; k++) {
            widest = Math.max(widest, model.inputStart[k + 1] - model.inputStart[k]);
        }
        this.maxInputs = widest;
    }

    @Override
    public int councils() {
        return councils;
    }

    @Override
    public List<String> inputNames() {
        return perWeight ? model.perInputNames : model.inputNames;
    }

    @Override
    public DrawModel perWeight() {
        return new RatingKernel(model, baseline, perturbation, amount, true);
    }

    @Override
    public int levelCount() {
        return baseline.scheme().getRatingScale() == null ? 0 : baseline.scheme().getRatingScale().getLevels().size();
    }

    @Override
    public DrawWorker newWorker() {
        return new Worker();
    }

    /** Why the C reference loop cannot compute this kernel's draws ({@link RatingModelExport}), or null. */
    public String refusalForC() {
        return perWeight ? "the C loop draws one stream per weight group" : RatingModelExport.refusal(model,
            perturbation);
    }

    /**
     * Writes the compiled model and the random streams of a run seeded {@code seed} for the C reference loop
     * ({@link RatingModelExport}); only when {@link #refusalForC()} is null.
     */
    public void writeForC(long seed, PrintStream out) {
        // the baseline order every draw's sort starts from; the kernel's baseline may need the decimal path
        Worker worker = new Worker();
        int[] anchor = new int[councils];
        for (int p = 0; p < councils; p++) {
            anchor[p] = worker.sorter.at(p);
        }
        RatingModelExport.write(model, levelCount(), amount, seed, anchor, out);
    }

    /** Counts how often draws were recomputed exactly (for tests and benchmarks). */
    public long exactDraws(DrawWorker worker) {
        return ((Worker) worker).exactDraws;
    }

    final class Worker implements DrawWorker {
        private final DrawRandom random = new DrawRandom(0);
        private final double[] weights = model.baseWeights.clone();
        private final int[] methods = model.method.clone();
        private final int[] policies = model.policy.clone();
        private final ThresholdDraw thresholds = new ThresholdDraw(model.thresholds, model.ragThresholds, perWeight);
        // per node, the band edges of this draw (the model's own where its thresholds are fixed)
        private final double[][] low = model.bandLow.clone();
        private final double[][] high = model.bandHigh.clone();
        // per perturbed banding, this draw's band edges; the leaves with this worker's re-banded indicator levels
        private final double[][] thresholdLow = new double[model.thresholds.size()][];
        private final double[][] thresholdHigh = new double[model.thresholds.size()][];
        private final double[][][] leaves = IndicatorLevels.workerLeaves(model);
        private final double[][] value = new double[nodes][councils];
        private final boolean[][] exact = new boolean[nodes][councils];
        private final int[][] level = new int[nodes][councils];
        // per node, its level's value per council (NaN without a level): what a parent reading level values reads
        private final double[][] levelValue = new double[nodes][councils];
        private final double[] sums = new double[councils];
        private final double[] totals = new double[councils];
        private final double[] counts = new double[councils];
        private final double[] inputs = new double[maxInputs];
        private final double[] inputWeights = new double[maxInputs];
        private final double[] imputed = new double[maxInputs];
        private final double[] column = new double[councils];
        private final double[] keys = new double[councils];
        private final RankSorter sorter = new RankSorter(councils);
        private final ExactRatings exactRatings = new ExactRatings(model, leaves, value, level);
        private long exactDraws;

        Worker() {
            for (int k = 0; k < nodes; k++) {
                if (model.bandingInput[k] >= 0) {
                    low[k] = low[k].clone();
                    high[k] = high[k].clone();
                }
            }
            for (int t = 0; t < thresholdLow.length; t++) {
                thresholdLow[t] = new double[model.thresholds.get(t).bands()];
                thresholdHigh[t] = new double[model.thresholds.get(t).bands()];
            }
            int[] ranks = new int[councils];
            int[] levels = new int[councils];
            score(0, ranks, levels);
            sorter.anchor();
        }

        @Override
        public void baseline(int[] ranks, int[] levels) {
            // the engine's own baseline: the kernel's draws are measured against exactly what the engine scored
            EngineDrawModel.read(baseline, baseline.scheme().getRatingScale(), sorter, keys, ranks, levels);
        }

        @Override
        public void evaluate(long[] inputSeeds, int[] ranks, int[] levels) {
            int input = 0;
            for (int g = 0; g < model.groupStart.length; g++) {
                if (perWeight) {
                    perturbation.perturbEach(model.perturbBase, model.groupStart[g], model.groupEnd[g], amount, random,
                        inputSeeds, input, weights);
                    input += model.groupEnd[g] - model.groupStart[g];
                } else {
                    random.reseed(inputSeeds[input++]);
                    perturbation.perturb(model.perturbBase, model.groupStart[g], model.groupEnd[g], amount, random,
                        weights);
                }
            }
            for (int k = 0; k < nodes; k++) {
                methods[k] = model.perturbedMean[k] ? RatingModel.WEIGHTED_MEAN : model.method[k];
            }
            for (int m = 0; m < model.methodChoices.length; m++) {
                random.reseed(inputSeeds[input++]);
                int choice = model.methodChoices[m][random.nextInt(model.methodChoices[m].length)];
                for (int k = 0; k < nodes; k++) {
                    if (model.methodInput[k] == m) {
                        methods[k] = choice;
                    }
                }
            }
            int variant = 0;
            if (model.leafValues.length > 1) {
                random.reseed(inputSeeds[input++]);
                variant = 1 + random.nextInt(model.leafValues.length - 1);
            }
            input = thresholds.draw(inputSeeds, input, random);
            for (int t = 0; t < thresholdLow.length; t++) {
                RatingModel.edges(model.thresholds.get(t).banding().getStep(), thresholds.lower[t],
                    thresholds.upper[t], thresholdLow[t], thresholdHigh[t]);
            }
            for (int k = 0; k < nodes; k++) {
                int t = model.bandingInput[k];
                if (t >= 0) {
                    System.arraycopy(thresholdLow[t], 0, low[k], 0, low[k].length);
                    System.arraycopy(thresholdHigh[t], 0, high[k], 0, high[k].length);
                }
            }
            IndicatorLevels.reband(model, variant, thresholdLow, thresholdHigh, thresholds.ragTolerance, leaves);
            System.arraycopy(model.policy, 0, policies, 0, nodes);
            for (int m = 0; m < model.policyChoices.length; m++) {
                random.reseed(inputSeeds[input++]);
                int choice = model.policyChoices[m][random.nextInt(model.policyChoices[m].length)];
                for (int k = 0; k < nodes; k++) {
                    if (model.policyInput[k] == m) {
                        policies[k] = choice;
                    }
                }
            }
            score(variant, ranks, levels);
        }

        private void score(int variant, int[] ranks, int[] levels) {
            if (!fast(variant, ranks)) {
                exactDraws++;
                exactRatings.score(variant, weights, methods, policies, thresholds);
                Arrays.fill(exact[nodes - 1], true);
                rank(ranks);
            }
            int[] overall = level[nodes - 1];
            for (int c = 0; c < councils; c++) {
                levels[c] = overall[c] < 0 ? -1 : model.ratingIndex[overall[c]];
            }
        }

        /** The draw in doubles; false when a value lies too near a boundary to decide in binary. */
        private boolean fast(int variant, int[] ranks) {
            for (int k = 0; k < nodes; k++) {
                boolean impute = policies[k] == RatingModel.IMPUTE_MEAN || policies[k] == RatingModel.IMPUTE_MEDIAN;
                if (impute) {
                    imputations(k, variant);
                }
                if (!impute && columnar(k)) {
                    if (!columns(k, variant)) {
                        return false;
                    }
                    continue;
                }
                for (int c = 0; c < councils; c++) {
                    if (!node(k, c, variant, impute)) {
                        return false;
                    }
                }
            }
            return rank(ranks);
        }

        private boolean rank(int[] ranks) {
            double[] overall = value[nodes - 1];
            for (int c = 0; c < councils; c++) {
                keys[c] = model.rankSign * overall[c];
            }
            sorter.rank(keys, ranks);
            boolean[] sure = exact[nodes - 1];
            for (int p = 1; p < councils; p++) {
                int a = sorter.at(p - 1);
                int b = sorter.at(p);
                if (keys[b] != keys[b]) {
                    break;
                }
                if ((!sure[a] || !sure[b]) && RatingArithmetic.near(keys[a], keys[b])) {
                    return false;
                }
            }
            return true;
        }

        private boolean node(int k, int c, int variant, boolean impute) {
            double direct = model.direct[k][c];
            if (direct == direct) {
                set(k, c, direct, true, model.directLevel[k][c]);
                return true;
            }
            if (model.method[k] == RatingModel.MATRIX) {
                int row = model.levelAt(model.matrixRow[k], c, variant, level);
                int col = model.levelAt(model.matrixColumn[k], c, variant, level);
                int cell = row < 0 || col < 0 ? -1 : model.matrixCell[k][row * model.levels() + col];
                if (cell < 0) {
                    set(k, c, Double.NaN, true, -1);
                } else {
                    int capped = model.limit(k, c, cell, variant, level);
                    set(k, c, model.levelValue[capped], true, capped);
                }
                return true;
            }
            int method = methods[k];
            int count = 0;
            int missing = 0;
            boolean allExact = true;
            for (int i = model.inputStart[k]; i < model.inputStart[k + 1]; i++) {
                int slot = model.inputSlot[i];
                double v;
                boolean sure = true;
                if (slot >= 0) {
                    v = leaves[variant][slot][c];
                } else if (model.usesLevel[k]) {
                    int l = level[-slot - 1][c];
                    v = l < 0 ? Double.NaN : model.levelValue[l];
                } else {
                    v = value[-slot - 1][c];
                    sure = exact[-slot - 1][c];
                }
                if (v != v) {
                    if (impute) {
                        v = imputed[i - model.inputStart[k]];
                        sure = false;
                    } else if (policies[k] == RatingModel.IMPUTE_LOWEST) {
                        v = model.lowest[k];
                    }
                }
                double w = method == RatingModel.WEIGHTED_MEAN ? weights[model.inputWeight[i]] : 1;
                if (v != v || w != w) {
                    missing++;
                    continue;
                }
                inputs[count] = v;
                inputWeights[count++] = w;
                allExact &= sure;
            }
            if (missing > 0 && policies[k] == RatingModel.FAIL || count < model.minimum[k]
                    || method == RatingModel.PERCENT_OF_MAXIMUM && model.maximum[k] <= 0) {
                set(k, c, Double.NaN, true, -1);
                return true;
            }
            double x = aggregate(method, count, k);
            if (x != x) {
                // weights of the inputs present sum to 0
                set(k, c, Double.NaN, true, -1);
                return true;
            }
            boolean sure = allExact && (method == RatingModel.MINIMUM || method == RatingModel.MAXIMUM
                || method == RatingModel.MEDIAN && count % 2 == 1);
            if (model.rounding[k] != RatingModel.NO_ROUNDING) {
                double rounded = RatingArithmetic.round(model.rounding[k], model.decimals[k], x, sure);
                if (rounded != rounded) {
                    // near a tie: decided in integers when the inputs allow it, else the whole draw exactly
                    rounded = RatingArithmetic.roundRational(inputs, method, count, model.maximum[k], model.rounding[k],
                        model.decimals[k]);
                }
                if (rounded != rounded) {
                    return false;
                }
                x = rounded;
                sure = true;
            }
            int found = model.levelOf(k, x, sure, low[k], high[k]);
            if (found == -2) {
                return false;
            }
            set(k, c, x, sure, found < 0 ? -1 : model.limit(k, c, found, variant, level));
            return true;
        }

        private void set(int k, int c, double v, boolean sure, int l) {
            value[k][c] = v;
            exact[k][c] = sure;
            level[k][c] = l;
            levelValue[k][c] = l < 0 ? Double.NaN : model.levelValue[l];
        }

        /** Whether node k's method this draw is a sum of inputs the column pass computes (no imputation). */
        private boolean columnar(int k) {
            int method = methods[k];
            return model.method[k] != RatingModel.MATRIX && (method == RatingModel.WEIGHTED_MEAN
                || method == RatingModel.MEAN || method == RatingModel.SUM || method == RatingModel.PERCENT_OF_MAXIMUM)
                && (policies[k] == RatingModel.EXCLUDE || policies[k] == RatingModel.FAIL);
        }

        /**
         * Node k for every council, input by input over council columns (branch-free sums of present values and
         * their weights), then rounding and level per council; a council too near a rounding boundary goes through
         * {@link #node} (integer rounding, or false for the exact draw).
         */
        private boolean columns(int k, int variant) {
            int method = methods[k];
            // the first weighted input sets the sums (no clearing pass); later ones add to them
            boolean first = true;
            for (int i = model.inputStart[k]; i < model.inputStart[k + 1]; i++) {
                int slot = model.inputSlot[i];
                double[] column = slot >= 0 ? leaves[variant][slot]
                    : model.usesLevel[k] ? levelValue[-slot - 1] : value[-slot - 1];
                double w = method == RatingModel.WEIGHTED_MEAN ? weights[model.inputWeight[i]] : 1;
                if (w != w) {
                    continue;
                }
                if (first) {
                    for (int c = 0; c < councils; c++) {
                        double v = column[c];
                        boolean present = v == v;
                        sums[c] = present ? w * v : 0;
                        totals[c] = present ? w : 0;
                        counts[c] = present ? 1 : 0;
                    }
                    first = false;
                    continue;
                }
                for (int c = 0; c < councils; c++) {
                    double v = column[c];
                    boolean present = v == v;
                    sums[c] += present ? w * v : 0;
                    totals[c] += present ? w : 0;
                    counts[c] += present ? 1 : 0;
                }
            }
            if (first) {
                Arrays.fill(sums, 0);
                Arrays.fill(totals, 0);
                Arrays.fill(counts, 0);
            }
            int inputs = model.inputStart[k + 1] - model.inputStart[k];
            boolean fail = policies[k] == RatingModel.FAIL;
            double maximum = model.maximum[k];
            int rounding = model.rounding[k];
            int decimals = model.decimals[k];
            double[] directs = model.direct[k];
            for (int c = 0; c < councils; c++) {
                double direct = directs[c];
                if (direct == direct) {
                    set(k, c, direct, true, model.directLevel[k][c]);
                    continue;
                }
                double n = counts[c];
                if (fail && n < inputs || n < model.minimum[k] || method == RatingModel.PERCENT_OF_MAXIMUM && maximum <= 0
                        || method == RatingModel.WEIGHTED_MEAN && totals[c] == 0) {
                    set(k, c, Double.NaN, true, -1);
                    continue;
                }
                double x = switch (method) {
                    case RatingModel.WEIGHTED_MEAN -> sums[c] / totals[c];
                    case RatingModel.MEAN -> sums[c] / n;
                    case RatingModel.SUM -> sums[c];
                    default -> 100 * sums[c] / (maximum * n);
                };
                boolean sure = rounding != RatingModel.NO_ROUNDING;
                int found;
                if (sure) {
                    double units = RatingArithmetic.roundUnits(rounding, decimals, x, false);
                    if (units != units) {
                        if (!node(k, c, variant, false)) {
                            return false;
                        }
                        continue;
                    }
                    x = RatingArithmetic.fromUnits(units, decimals);
                    found = model.roundedLevelOf(k, units, x, low[k], high[k]);
                } else {
                    found = model.levelOf(k, x, false, low[k], high[k]);
                    if (found == -2) {
                        return false;
                    }
                }
                set(k, c, x, sure, found < 0 ? -1 : model.limit(k, c, found, variant, level));
            }
            return true;
        }

        private double aggregate(int method, int count, int k) {
            switch (method) {
                case RatingModel.WEIGHTED_MEAN: {
                    double sum = 0;
                    double total = 0;
                    for (int i = 0; i < count; i++) {
                        sum += inputs[i] * inputWeights[i];
                        total += inputWeights[i];
                    }
                    return total == 0 ? Double.NaN : sum / total;
                }
                case RatingModel.MEAN:
                    return sum(count) / count;
                case RatingModel.SUM:
                    return sum(count);
                case RatingModel.PERCENT_OF_MAXIMUM:
                    return 100 * sum(count) / (model.maximum[k] * count);
                default:
                    Arrays.sort(inputs, 0, count);
                    return method == RatingModel.MINIMUM ? inputs[0] : method == RatingModel.MAXIMUM ? inputs[count - 1]
                        : count % 2 == 1 ? inputs[count / 2] : (inputs[count / 2 - 1] + inputs[count / 2]) / 2;
            }
        }

        private double sum(int count) {
            double sum = 0;
            for (int i = 0; i < count; i++) {
                sum += inputs[i];
            }
            return sum;
        }

        /** Mean or median of each input across councils (the engine imputes a missing input so). */
        private void imputations(int k, int variant) {
            for (int i = model.inputStart[k]; i < model.inputStart[k + 1]; i++) {
                int slot = model.inputSlot[i];
                int n = 0;
                for (int c = 0; c < councils; c++) {
                    double v = slot >= 0 ? leaves[variant][slot][c]
                        : model.usesLevel[k] ? (level[-slot - 1][c] < 0 ? Double.NaN : model.levelValue[level[-slot - 1][c]])
                        : value[-slot - 1][c];
                    if (v == v) {
                        column[n++] = v;
                    }
                }
                double result = Double.NaN;
                if (n > 0 && policies[k] == RatingModel.IMPUTE_MEAN) {
                    double sum = 0;
                    for (int j = 0; j < n; j++) {
                        sum += column[j];
                    }
                    result = sum / n;
                } else if (n > 0) {
                    Arrays.sort(column, 0, n);
                    result = n % 2 == 1 ? column[n / 2] : (column[n / 2 - 1] + column[n / 2]) / 2;
                }
                imputed[i - model.inputStart[k]] = result;
            }
        }

    }

}
