package org.framewright.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The linear part of a scheme below one root: nodes that are weighted means (or plain means) of their inputs, an
 * input being either another such node or a leaf (an indicator, or an area scored some other way). A node's weights
 * are shares of the node (they sum to 1 over its inputs); an input's <em>share of the root</em> is the product of the
 * weights on its way up, summed over its ways (COINr's {@code get_eff_weights}, what this bundle calls the nominal
 * share).
 */
public final class WeightTree {

    /**
     * One weighted node.
     *
     * @param id the node's id ({@code overall} for the overall result)
     * @param inputs its inputs' ids, in the rule's order
     */
    public record Node(String id, List<String> inputs) {
    }

    private final String root;
    private final Map<String, Node> nodes;
    private final List<String> leaves;

    /** The tree of {@code nodes} below {@code root} (a node's inputs that are not nodes are leaves). */
    public WeightTree(String root, List<Node> nodes) {
        this.root = root;
        this.nodes = new LinkedHashMap<>();
        nodes.forEach(n -> this.nodes.put(n.id(), n));
        if (!this.nodes.containsKey(root)) {
            throw new IllegalArgumentException("no node " + root);
        }
        Set<String> found = new LinkedHashSet<>();
        collectLeaves(root, found, new LinkedHashSet<>());
        this.leaves = List.copyOf(found);
    }

    private void collectLeaves(String id, Set<String> found, Set<String> path) {
        if (!path.add(id)) {
            throw new IllegalArgumentException("node " + id + " is its own input");
        }
        for (String input : nodes.get(id).inputs()) {
            if (nodes.containsKey(input)) {
                collectLeaves(input, found, path);
            } else {
                found.add(input);
            }
        }
        path.remove(id);
    }

    /** The root's id. */
    public String root() {
        return root;
    }

    /** The nodes below the root (the root included), parents before children. */
    public List<Node> nodes() {
        List<Node> order = new ArrayList<>();
        visit(root, order);
        return order;
    }

    private void visit(String id, List<Node> order) {
        Node node = nodes.get(id);
        if (node != null && !order.contains(node)) {
            order.add(node);
            node.inputs().forEach(i -> visit(i, order));
        }
    }

    /** Whether {@code id} is a node of the tree (not a leaf). */
    public boolean isNode(String id) {
        return nodes.containsKey(id);
    }

    /** The leaves, in the order they are first met from the root. */
    public List<String> leaves() {
        return leaves;
    }

    /**
     * The share of the root of each node and each leaf under {@code weights} (node id -> the node's weights in its
     * inputs' order; they are taken relative to their sum, so any positive scale will do; a node whose weights sum to
     * 0 passes nothing down). The root's share is 1.
     */
    public Map<String, Double> shares(Map<String, double[]> weights) {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put(root, 1.0);
        for (Node node : nodes()) {
            double own = shares.getOrDefault(node.id(), 0.0);
            double[] w = normalised(weights.get(node.id()));
            for (int i = 0; i < node.inputs().size(); i++) {
                shares.merge(node.inputs().get(i), own * w[i], Double::sum);
            }
        }
        return shares;
    }

    /** The leaves' shares of the root under {@code weights}, in {@link #leaves()}'s order. */
    public double[] leafShares(Map<String, double[]> weights) {
        Map<String, Double> shares = shares(weights);
        return leaves.stream().mapToDouble(l -> shares.getOrDefault(l, 0.0)).toArray();
    }

    /** {@code weights} divided by their sum (all 0 when they sum to 0 or are null). */
    static double[] normalised(double[] weights) {
        if (weights == null) {
            return new double[0];
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] out = new double[weights.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = sum > 0 ? weights[i] / sum : 0;
        }
        return out;
    }
}
