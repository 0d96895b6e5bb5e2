package org.framewright.simulation.internal;

import java.util.List;

import org.framewright.model.AggregationMethod;
import org.framewright.scoring.PrimitiveAggregation;
import org.framewright.scoring.PrimitiveComparativeAggregation;
import org.framewright.simulation.WeightPerturbation;

/**
 * The fast path: evaluates a {@link CompositeModel} draw by draw over primitive arrays. Per draw it perturbs the
 * weights of the perturbed groups, picks methods and the leaf variant, recomputes the nodes for every council,
 * and ranks the overall scores; nothing is allocated per draw. A comparative node (a plugin's method computed across
 * councils, e.g. Copeland) gets every council's inputs at once in an input-major scratch array.
 */
public final class CompositeKernel implements DrawModel {

    private final CompositeModel model;
    private final WeightPerturbation perturbation;
    private final double amount;
    final int councils;
    final int leaves;
    private final int nodes;
    private final double[][][] leafValues;
    private final double[][][] leafPresent;
    final int[] inputStart;
    final int[] inputSlot;
    final int[] inputWeight;
    private final int[] nodeMethod;
    private final PrimitiveAggregation[] nodePrimitive;
    private final PrimitiveComparativeAggregation[] nodeComparative;
    /** The most inputs of any comparative node (0 when there is none): the size of its per-council scratch. */
    private final int comparativeInputs;
    private final int[] nodeMethodInput;
    private final double[] baseWeights;
    private final int[] perturbedGroupStart;
    private final int[] perturbedGroupEnd;
    private final AggregationMethod[][] methodChoices;
    private boolean perWeight;

    /** A kernel for {@code model} whose perturbed weight groups are perturbed by {@code perturbation}. */
    public CompositeKernel(CompositeModel model, WeightPerturbation perturbation, double amount) {
        this.model = model;
        this.perturbation = perturbation;
        this.amount = amount;
        councils = model.councils;
        leaves = model.leaves;
        nodes = model.nodeSlots.size();
        if (nodes == 0 || model.leafVariants.isEmpty()) {
            throw new IllegalArgumentException("a composite needs leaves and at least one node");
        }
        // column-major leaves: missing values as 0 with a 0/1 presence column, so the weighted mean is branch-free
        int variants = model.leafVariants.size();
        leafValues = new double[variants][leaves][councils];
        leafPresent = new double[variants][leaves][councils];
        for (int v = 0; v < variants; v++) {
            for (int j = 0; j < leaves; j++) {
                for (int c = 0; c < councils; c++) {
                    double value = model.leafScore(v, c, j);
                    leafValues[v][j][c] = value == value ? value : 0;
                    leafPresent[v][j][c] = value == value ? 1 : 0;
                }
            }
        }
        inputStart = new int[nodes + 1];
        for (int k = 0; k < nodes; k++) {
            inputStart[k + 1] = inputStart[k] + model.nodeSlots.get(k).length;
        }
        inputSlot = new int[inputStart[nodes]];
        inputWeight = new int[inputStart[nodes]];
        nodeMethod = new int[nodes];
        nodePrimitive = new PrimitiveAggregation[nodes];
        nodeComparative = new PrimitiveComparativeAggregation[nodes];
        nodeMethodInput = new int[nodes];
        int widest = 0;
        for (int k = 0; k < nodes; k++) {
            System.arraycopy(model.nodeSlots.get(k), 0, inputSlot, inputStart[k], model.nodeSlots.get(k).length);
            System.arraycopy(model.nodeWeights.get(k), 0, inputWeight, inputStart[k], model.nodeWeights.get(k).length);
            nodeMethod[k] = NodeArithmetic.code(model.nodeMethods.get(k));
            nodePrimitive[k] = model.nodePrimitives.get(k);
            nodeComparative[k] = model.nodeComparatives.get(k);
            nodeMethodInput[k] = model.nodeMethodInputs.get(k);
            if (nodeComparative[k] != null) {
                widest = Math.max(widest, inputStart[k + 1] - inputStart[k]);
            }
        }
        comparativeInputs = widest;
        baseWeights = model.baseWeights.stream().mapToDouble(Double::doubleValue).toArray();
        int groups = model.groupNames.size();
        int perturbedGroups = (int) model.groupPerturbed.stream().filter(b -> b).count();
        perturbedGroupStart = new int[perturbedGroups];
        perturbedGroupEnd = new int[perturbedGroups];
        for (int g = 0, p = 0; g < groups; g++) {
            if (model.groupPerturbed.get(g)) {
                perturbedGroupStart[p] = model.groupStarts.get(g);
                perturbedGroupEnd[p++] = g + 1 < groups ? model.groupStarts.get(g + 1) : baseWeights.length;
            }
        }
        methodChoices = model.methodChoices.toArray(AggregationMethod[][]::new);
    }

    @Override
    public int councils() {
        return councils;
    }

    @Override
    public List<String> inputNames() {
        List<String> names = model.inputNames();
        if (!perWeight) {
            return names;
        }
        List<String> weights = new java.util.ArrayList<>();
        for (int g = 0; g < model.groupNames.size(); g++) {
            if (model.groupPerturbed.get(g)) {
                for (String part : model.groupParts.get(g).keySet()) {
                    weights.add("weight of " + part + " in " + model.groupNames.get(g));
                }
            }
        }
        weights.addAll(names.subList(perturbedGroupStart.length, names.size()));
        return weights;
    }

    @Override
    public DrawModel perWeight() {
        CompositeKernel copy = new CompositeKernel(model, perturbation, amount);
        copy.perWeight = true;
        return copy;
    }

    @Override
    public int levelCount() {
        return 0;
    }

    @Override
    public DrawWorker newWorker() {
        return new Worker();
    }

    /** How many input values of comparative nodes {@code worker} recomputed in decimals (for tests and benchmarks). */
    public long recomputedValues(DrawWorker worker) {
        ComparativeTies ties = ((Worker) worker).ties;
        return ties == null ? 0 : ties.recomputed();
    }

    private final class Worker implements DrawWorker {
        private final DrawRandom random = new DrawRandom(0);
        private final double[] weights = baseWeights.clone();
        private final int[] methods = new int[nodes];
        // node-major: per node, its value with missing as 0 and its presence (1 or 0), one entry per council
        private final double[][] nodeValues = new double[nodes][councils];
        private final double[][] nodePresent = new double[nodes][councils];
        private final double[] sums = new double[councils];
        private final double[] totals = new double[councils];
        private final double[] keys = new double[councils];
        private final double[] scratch = new double[inputSlot.length];
        private final double[] weightScratch = new double[inputSlot.length];
        private final RankSorter sorter = new RankSorter(councils);
        private final double[] across = new double[councils * comparativeInputs];
        private final double[] acrossResults = new double[comparativeInputs > 0 ? councils : 0];
        private final double[] acrossScratch = new double[acrossResults.length];
        private final ComparativeTies ties = comparativeInputs == 0 ? null
            : new ComparativeTies(CompositeKernel.this, comparativeInputs, nodeValues, nodePresent, weights, methods);

        Worker() {
            // every draw's sort starts from the baseline order, which perturbed draws stay close to
            baseline(new int[councils], null);
            sorter.anchor();
        }

        @Override
        public void baseline(int[] ranks, int[] levels) {
            System.arraycopy(baseWeights, 0, weights, 0, weights.length);
            System.arraycopy(nodeMethod, 0, methods, 0, nodes);
            score(0, ranks, levels);
        }

        @Override
        public void evaluate(long[] inputSeeds, int[] ranks, int[] levels) {
            int input = 0;
            for (int p = 0; p < perturbedGroupStart.length; p++) {
                if (perWeight) {
                    perturbation.perturbEach(baseWeights, perturbedGroupStart[p], perturbedGroupEnd[p], amount, random,
                        inputSeeds, input, weights);
                    input += perturbedGroupEnd[p] - perturbedGroupStart[p];
                    continue;
                }
                random.reseed(inputSeeds[input++]);
                perturbation.perturb(baseWeights, perturbedGroupStart[p], perturbedGroupEnd[p], amount, random, weights);
            }
            int firstMethodInput = input;
            input += methodChoices.length;
            for (int k = 0; k < nodes; k++) {
                int choice = nodeMethodInput[k];
                if (choice < 0) {
                    methods[k] = nodeMethod[k];
                } else {
                    random.reseed(inputSeeds[firstMethodInput + choice]);
                    AggregationMethod[] options = methodChoices[choice];
                    methods[k] = NodeArithmetic.code(options[random.nextInt(options.length)]);
                }
            }
            int variant = 0;
            if (leafValues.length > 1) {
                random.reseed(inputSeeds[input]);
                // variant 0 is the baseline; the choices are variants 1..m
                variant = 1 + random.nextInt(leafValues.length - 1);
            }
            score(variant, ranks, levels);
        }

        private void score(int variant, int[] ranks, int[] levels) {
            double[][] values = leafValues[variant];
            double[][] present = leafPresent[variant];
            for (int k = 0; k < nodes; k++) {
                if (methods[k] == NodeArithmetic.WEIGHTED_MEAN) {
                    weightedMean(k, values, present);
                } else if (nodeComparative[k] != null) {
                    acrossCouncils(k, values, present);
                } else if (methods[k] == NodeArithmetic.PRIMITIVE) {
                    for (int c = 0; c < councils; c++) {
                        int count = gather(k, c, values, present);
                        double value = count == 0 ? Double.NaN : nodePrimitive[k].aggregate(scratch, weightScratch, count);
                        nodeValues[k][c] = value == value ? value : 0;
                        nodePresent[k][c] = value == value ? 1 : 0;
                    }
                } else {
                    for (int c = 0; c < councils; c++) {
                        double value = NodeArithmetic.orderStatistic(methods[k], gather(k, c, values, present), scratch);
                        nodeValues[k][c] = value == value ? value : 0;
                        nodePresent[k][c] = value == value ? 1 : 0;
                    }
                }
            }
            double sign = model.highestFirst ? -1 : 1;
            double[] root = nodeValues[nodes - 1];
            double[] rootPresent = nodePresent[nodes - 1];
            for (int c = 0; c < councils; c++) {
                keys[c] = rootPresent[c] > 0 ? sign * root[c] : Double.NaN;
            }
            sorter.rank(keys, ranks);
            if (levels != null) {
                java.util.Arrays.fill(levels, -1);
            }
        }

        /** Sum of w x v over the present inputs, divided by the sum of their w; branch-free over councils. */
        private void weightedMean(int k, double[][] values, double[][] present) {
            java.util.Arrays.fill(sums, 0);
            java.util.Arrays.fill(totals, 0);
            for (int i = inputStart[k]; i < inputStart[k + 1]; i++) {
                int slot = inputSlot[i];
                double[] v = slot < leaves ? values[slot] : nodeValues[slot - leaves];
                double[] m = slot < leaves ? present[slot] : nodePresent[slot - leaves];
                double w = weights[inputWeight[i]];
                for (int c = 0; c < councils; c++) {
                    sums[c] += w * v[c];
                    totals[c] += w * m[c];
                }
            }
            double[] out = nodeValues[k];
            double[] outPresent = nodePresent[k];
            for (int c = 0; c < councils; c++) {
                boolean scored = totals[c] > 0;
                out[c] = scored ? sums[c] / totals[c] : 0;
                outPresent[c] = scored ? 1 : 0;
            }
        }

        /** Every council's inputs of node k input-major (NaN when missing), then the comparative primitive. */
        private void acrossCouncils(int k, double[][] values, double[][] present) {
            int inputs = inputStart[k + 1] - inputStart[k];
            for (int i = 0; i < inputs; i++) {
                int slot = inputSlot[inputStart[k] + i];
                double[] v = slot < leaves ? values[slot] : nodeValues[slot - leaves];
                double[] m = slot < leaves ? present[slot] : nodePresent[slot - leaves];
                for (int c = 0; c < councils; c++) {
                    across[i * councils + c] = m[c] > 0 ? v[c] : Double.NaN;
                }
                weightScratch[i] = weights[inputWeight[inputStart[k] + i]];
            }
            ties.settle(k, across, inputs, values, present);
            nodeComparative[k].aggregateAcross(across, inputs, councils, weightScratch, acrossResults, acrossScratch);
            for (int c = 0; c < councils; c++) {
                double value = acrossResults[c];
                nodeValues[k][c] = value == value ? value : 0;
                nodePresent[k][c] = value == value ? 1 : 0;
            }
        }

        private int gather(int k, int c, double[][] values, double[][] present) {
            int count = 0;
            for (int i = inputStart[k]; i < inputStart[k + 1]; i++) {
                int slot = inputSlot[i];
                double[] m = slot < leaves ? present[slot] : nodePresent[slot - leaves];
                if (m[c] > 0) {
                    weightScratch[count] = weights[inputWeight[i]];
                    scratch[count++] = slot < leaves ? values[slot][c] : nodeValues[slot - leaves][c];
                }
            }
            return count;
        }
    }
}
