package org.framewright.simulation.internal;

import java.util.List;

import org.framewright.model.AggregationMethod;
import org.framewright.simulation.WeightPerturbation;

/**
 * The fast path: evaluates a {@link CompositeModel} draw by draw over primitive arrays. Per draw it perturbs the
 * weights of the perturbed groups, picks methods and the leaf variant, recomputes the nodes for every council,
 * and ranks the overall scores; nothing is allocated per draw.
 */
public final class CompositeKernel implements DrawModel {

    private final CompositeModel model;
    private final WeightPerturbation perturbation;
    private final double amount;
    private final int councils;
    private final int leaves;
    private final int nodes;
    private final double[][] leafVariants;
    private final int[] inputStart;
    private final int[] inputSlot;
    private final int[] inputWeight;
    private final int[] nodeMethod;
    private final int[] nodeMethodInput;
    private final double[] baseWeights;
    private final int[] perturbedGroupStart;
    private final int[] perturbedGroupEnd;
    private final AggregationMethod[][] methodChoices;

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
        leafVariants = model.leafVariants.toArray(double[][]::new);
        inputStart = new int[nodes + 1];
        for (int k = 0; k < nodes; k++) {
            inputStart[k + 1] = inputStart[k] + model.nodeSlots.get(k).length;
        }
        inputSlot = new int[inputStart[nodes]];
        inputWeight = new int[inputStart[nodes]];
        nodeMethod = new int[nodes];
        nodeMethodInput = new int[nodes];
        for (int k = 0; k < nodes; k++) {
            System.arraycopy(model.nodeSlots.get(k), 0, inputSlot, inputStart[k], model.nodeSlots.get(k).length);
            System.arraycopy(model.nodeWeights.get(k), 0, inputWeight, inputStart[k], model.nodeWeights.get(k).length);
            nodeMethod[k] = NodeArithmetic.code(model.nodeMethods.get(k));
            nodeMethodInput[k] = model.nodeMethodInputs.get(k);
        }
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
        return model.inputNames();
    }

    @Override
    public int levelCount() {
        return 0;
    }

    @Override
    public DrawWorker newWorker() {
        return new Worker();
    }

    private final class Worker implements DrawWorker {
        private final DrawRandom random = new DrawRandom(0);
        private final double[] weights = baseWeights.clone();
        private final int[] methods = new int[nodes];
        private final double[] nodeValues = new double[nodes];
        private final double[] keys = new double[councils];
        private final double[] scratch = new double[inputSlot.length];
        private final RankSorter sorter = new RankSorter(councils);

        @Override
        public void baseline(int[] ranks, int[] levels) {
            System.arraycopy(baseWeights, 0, weights, 0, weights.length);
            System.arraycopy(nodeMethod, 0, methods, 0, nodes);
            score(leafVariants[0], ranks, levels);
        }

        @Override
        public void evaluate(long[] inputSeeds, int[] ranks, int[] levels) {
            int input = 0;
            for (int p = 0; p < perturbedGroupStart.length; p++) {
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
            double[] leafValues = leafVariants[0];
            if (leafVariants.length > 1) {
                random.reseed(inputSeeds[input]);
                leafValues = leafVariants[random.nextInt(leafVariants.length)];
            }
            score(leafValues, ranks, levels);
        }

        private void score(double[] leafValues, int[] ranks, int[] levels) {
            double sign = model.highestFirst ? -1 : 1;
            for (int c = 0; c < councils; c++) {
                int leafBase = c * leaves;
                for (int k = 0; k < nodes; k++) {
                    nodeValues[k] = NodeArithmetic.aggregate(methods[k], inputStart[k], inputStart[k + 1], inputSlot,
                        inputWeight, weights, leafValues, leafBase, leaves, nodeValues, scratch);
                }
                keys[c] = sign * nodeValues[nodes - 1];
            }
            sorter.rank(keys, ranks);
            if (levels != null) {
                java.util.Arrays.fill(levels, -1);
            }
        }
    }
}
