package org.framewright.simulation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.AggregationMethod;
import org.framewright.scoring.PrimitiveAggregation;
import org.framewright.scoring.PrimitiveComparativeAggregation;

/**
 * The fast path's description of a scheme: a matrix of precomputed leaf scores (one per normalisation choice) and
 * a list of aggregation nodes over leaves and earlier nodes, all in primitive arrays. Everything that no uncertain
 * input touches is folded into the leaves by whoever builds it, so a draw only recomputes what can change.
 * Missing leaf scores are NaN and are excluded with their weight (exclude and re-weight).
 */
public final class CompositeModel {

    final int councils;
    final int leaves;
    final List<double[]> leafVariants = new ArrayList<>();
    final List<int[]> nodeSlots = new ArrayList<>();
    final List<int[]> nodeWeights = new ArrayList<>();
    final List<AggregationMethod> nodeMethods = new ArrayList<>();
    /** Per node: a plugin's primitive aggregation (its method null in nodeMethods), or null for a built-in. */
    final List<PrimitiveAggregation> nodePrimitives = new ArrayList<>();
    /** Per node: a plugin's comparative primitive (computed across councils; its method null), or null. */
    final List<PrimitiveComparativeAggregation> nodeComparatives = new ArrayList<>();
    final List<Integer> nodeMethodInputs = new ArrayList<>();
    final List<String> groupNames = new ArrayList<>();
    final List<Boolean> groupPerturbed = new ArrayList<>();
    final List<Integer> groupStarts = new ArrayList<>();
    final List<Double> baseWeights = new ArrayList<>();
    final List<Map<String, Integer>> groupParts = new ArrayList<>();
    final List<String> methodInputNames = new ArrayList<>();
    final List<AggregationMethod[]> methodChoices = new ArrayList<>();
    String leafVariantName = "normalisation";
    boolean highestFirst = true;

    /** An empty model for {@code councils} councils and {@code leaves} leaf scores per council. */
    public CompositeModel(int councils, int leaves) {
        this.councils = councils;
        this.leaves = leaves;
    }

    /**
     * Adds a leaf matrix {@code [council][leaf]} (NaN = missing). The first is the baseline's; when more follow,
     * each draw picks one of the others uniformly (one per normalisation choice).
     */
    public CompositeModel leafVariant(double[][] scores) {
        double[] flat = new double[councils * leaves];
        for (int c = 0; c < councils; c++) {
            System.arraycopy(scores[c], 0, flat, c * leaves, leaves);
        }
        leafVariants.add(flat);
        return this;
    }

    /** Names the uncertain input that picks the leaf variant, e.g. {@code "normalisation of ir-minmax"}. */
    public CompositeModel leafVariantName(String name) {
        leafVariantName = name;
        return this;
    }

    /** Ranks highest overall score first (true) or lowest first. */
    public CompositeModel highestFirst(boolean value) {
        highestFirst = value;
        return this;
    }

    /** Declares a weight group (the weights of one rule); returns its index. */
    public int weightGroup(String name, boolean perturbed) {
        groupNames.add(name);
        groupPerturbed.add(perturbed);
        groupStarts.add(baseWeights.size());
        groupParts.add(new LinkedHashMap<>());
        return groupNames.size() - 1;
    }

    /** The index of the weight of {@code part} in {@code group}, added with {@code base} on first use. */
    public int weight(int group, String part, double base) {
        if (group != groupNames.size() - 1 && !groupParts.get(group).containsKey(part)) {
            throw new IllegalStateException("weights must be added group by group");
        }
        return groupParts.get(group).computeIfAbsent(part, p -> {
            baseWeights.add(base);
            return baseWeights.size() - 1;
        });
    }

    /** Declares an uncertain method choice, drawn uniformly from {@code choices}; returns its index. */
    public int methodInput(String name, AggregationMethod... choices) {
        methodInputNames.add(name);
        methodChoices.add(choices.clone());
        return methodInputNames.size() - 1;
    }

    /**
     * Adds a node aggregating {@code slots} (leaf index, or {@code leaves + node index} for an earlier node) with
     * weight indices {@code weights}; {@code methodInput} is -1 for a fixed method. Returns the node's slot; the
     * last node added is the overall result.
     */
    public int node(AggregationMethod method, int methodInput, int[] slots, int[] weights) {
        if (slots.length != weights.length) {
            throw new IllegalArgumentException("one weight per input: " + Arrays.toString(slots));
        }
        nodeSlots.add(slots.clone());
        nodeWeights.add(weights.clone());
        nodeMethods.add(method);
        nodePrimitives.add(null);
        nodeComparatives.add(null);
        nodeMethodInputs.add(methodInput);
        return leaves + nodeSlots.size() - 1;
    }

    /**
     * Adds a node aggregating {@code slots} with a contributed method's primitive implementation, its rule's
     * parameters bound ({@link PrimitiveAggregation#with}); weights as for {@link #node(AggregationMethod, int, int[],
     * int[])}. A result that is not a number (an input the method refuses) leaves the node unscored, as the engine.
     */
    public int node(PrimitiveAggregation primitive, int[] slots, int[] weights) {
        int slot = node((AggregationMethod) null, -1, slots, weights);
        nodePrimitives.set(nodePrimitives.size() - 1, primitive);
        return slot;
    }

    /**
     * Adds a node whose every council's result a contributed comparative method's primitive computes at once across
     * the councils (e.g. Copeland), its rule's parameters bound; weights as for {@link #node(AggregationMethod, int,
     * int[], int[])}. A council without any input present takes no part and is unscored, as in the engine.
     */
    public int node(PrimitiveComparativeAggregation comparative, int[] slots, int[] weights) {
        int slot = node((AggregationMethod) null, -1, slots, weights);
        nodeComparatives.set(nodeComparatives.size() - 1, comparative);
        return slot;
    }

    /** The names of the uncertain inputs: perturbed weight groups, method choices, then the leaf variant. */
    public List<String> inputNames() {
        List<String> names = new ArrayList<>();
        for (int g = 0; g < groupNames.size(); g++) {
            if (groupPerturbed.get(g)) {
                names.add("weights of " + groupNames.get(g));
            }
        }
        methodInputNames.forEach(names::add);
        if (leafVariants.size() > 1) {
            names.add(leafVariantName);
        }
        return names;
    }

    /**
     * A copy with every council repeated {@code factor} times, each copy's present leaf scores moved by a uniform
     * jitter in [-jitter, +jitter] drawn from {@code seed} (the first copy keeps the real scores): synthetic data
     * of realistic shape for benchmarks at larger sizes.
     */
    public CompositeModel replicate(int factor, double jitter, long seed) {
        CompositeModel copy = new CompositeModel(councils * factor, leaves);
        DrawRandom random = new DrawRandom(DrawRandom.streamSeed(seed, 0, 0));
        for (double[] variant : leafVariants) {
            double[][] scores = new double[councils * factor][leaves];
            for (int r = 0; r < factor; r++) {
                for (int c = 0; c < councils; c++) {
                    for (int j = 0; j < leaves; j++) {
                        double value = variant[c * leaves + j];
                        scores[r * councils + c][j] = r == 0 ? value : value + jitter * (2 * random.nextDouble() - 1);
                    }
                }
            }
            copy.leafVariant(scores);
        }
        copy.nodeSlots.addAll(nodeSlots);
        copy.nodeWeights.addAll(nodeWeights);
        copy.nodeMethods.addAll(nodeMethods);
        copy.nodePrimitives.addAll(nodePrimitives);
        copy.nodeComparatives.addAll(nodeComparatives);
        copy.nodeMethodInputs.addAll(nodeMethodInputs);
        copy.groupNames.addAll(groupNames);
        copy.groupPerturbed.addAll(groupPerturbed);
        copy.groupStarts.addAll(groupStarts);
        copy.baseWeights.addAll(baseWeights);
        copy.groupParts.addAll(groupParts);
        copy.methodInputNames.addAll(methodInputNames);
        copy.methodChoices.addAll(methodChoices);
        copy.leafVariantName = leafVariantName;
        copy.highestFirst = highestFirst;
        return copy;
    }

    /**
     * Writes the model for the C reference loop ({@code releng/benchmarks/simulate_loop.c}) when it has its shape
     * (one weighted-mean node over all leaves in order, one perturbed weight group, one leaf variant, highest
     * first): {@code councils leaves}, the base weights, then one row of leaf scores per council ({@code nan} =
     * missing). Returns false, writing nothing, for other shapes.
     */
    public boolean writeForC(java.io.PrintStream out) {
        boolean shaped = nodeSlots.size() == 1 && leafVariants.size() == 1 && highestFirst && groupNames.size() == 1
            && groupPerturbed.get(0) && methodInputNames.isEmpty() && baseWeights.size() == leaves
            && nodeMethods.get(0) != null && nodeMethods.get(0) != AggregationMethod.MEDIAN && nodeMethods.get(0) != AggregationMethod.MINIMUM
            && nodeMethods.get(0) != AggregationMethod.MAXIMUM;
        for (int j = 0; shaped && j < leaves; j++) {
            shaped = nodeSlots.get(0)[j] == j && nodeWeights.get(0)[j] == j;
        }
        if (!shaped) {
            return false;
        }
        out.println(councils + " " + leaves);
        StringBuilder line = new StringBuilder();
        baseWeights.forEach(w -> line.append(Double.toString(w)).append(' '));
        out.println(line.toString().trim());
        for (int c = 0; c < councils; c++) {
            line.setLength(0);
            for (int j = 0; j < leaves; j++) {
                double value = leafVariants.get(0)[c * leaves + j];
                line.append(value == value ? Double.toString(value) : "nan").append(' ');
            }
            out.println(line.toString().trim());
        }
        return true;
    }

    /** The leaf score of {@code council} in leaf variant {@code variant} (NaN = missing). */
    public double leafScore(int variant, int council, int leaf) {
        return leafVariants.get(variant)[council * leaves + leaf];
    }

    /** The number of councils. */
    public int councils() {
        return councils;
    }
}
