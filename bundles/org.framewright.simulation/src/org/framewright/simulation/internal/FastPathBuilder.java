package org.framewright.simulation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.InputValue;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.RankingOrder;
import org.framewright.model.RoundingMode;
import org.framewright.model.methods.MethodDescriptor;
import org.framewright.model.methods.MethodKind;
import org.framewright.model.methods.ScoringMethods;
import org.framewright.scoring.Contribution;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.PrimitiveAggregation;
import org.framewright.scoring.PrimitiveComparativeAggregation;
import org.framewright.scoring.ScoringPlan;
import org.framewright.scoring.ScoringPlan.PlannedNode;
import org.framewright.scoring.ScoringResult;
import org.framewright.scoring.internal.Methods;

/**
 * Builds the fast path's {@link CompositeModel} from scoring results: the nodes an uncertain input can change
 * (the rules perturbed or with a method choice, and every node above them up to the overall result) become kernel
 * nodes; everything else is read once from the results as leaves (one leaf matrix per normalisation choice).
 * Returns null with a reason when a node that can change needs what the kernel does not compute (levels,
 * rounding, limiters, other missing-data policies, methods other than means, median, minimum, maximum and plugins'
 * methods with a primitive implementation, per council or across councils, which the kernel calls).
 */
public final class FastPathBuilder {

    private String reason;
    private final List<String> primitives = new ArrayList<>();

    /** Why the last {@link #build} returned null. */
    public String reason() {
        return reason;
    }

    /**
     * The contributed methods the last {@link #build} computes on their primitive implementations, e.g.
     * {@code geometric-mean (org.framewright.examples)}; empty when only built-ins are computed.
     */
    public List<String> primitives() {
        return List.copyOf(primitives);
    }

    /**
     * The composite for {@code plan}; {@code variants} are the results per leaf variant (the baseline first, then
     * one per normalisation choice).
     */
    public CompositeModel build(ScoringPlan plan, SchemeInputs inputs, List<ScoringResult> variants) {
        if (plan.scheme().getRatingScale() != null) {
            return fail("the scheme has a rating scale");
        }
        List<PlannedNode> planned = plan.nodes();
        PlannedNode overall = planned.get(planned.size() - 1);
        if (overall.rule() == null) {
            return fail("the scheme has no overall rule");
        }
        Set<String> dynamic = new LinkedHashSet<>();
        Map<String, PlannedNode> byId = new HashMap<>();
        for (PlannedNode node : planned) {
            byId.put(node.id(), node);
            AggregationRule rule = node.rule();
            boolean changes = rule != null && (inputs.groupOf(rule) != null || inputs.methodChoices.containsKey(rule)
                || node == overall || readsAny(node, variants.get(0), dynamic));
            if (changes) {
                String problem = unsupported(rule, inputs);
                if (problem != null) {
                    return fail("node " + node.id() + ": " + problem);
                }
                dynamic.add(node.id());
            }
        }
        ScoringResult baseline = variants.get(0);
        int councils = baseline.councils().size();
        Map<String, List<String>> sources = new LinkedHashMap<>();
        Map<String, Integer> leafIndex = new LinkedHashMap<>();
        for (String id : dynamic) {
            List<String> nodeSources = new ArrayList<>();
            for (ScoringResult result : variants) {
                for (CouncilResult council : result.councils()) {
                    for (Contribution input : council.nodes().get(id).inputs()) {
                        if (!nodeSources.contains(input.sourceId())) {
                            nodeSources.add(input.sourceId());
                        }
                    }
                }
            }
            sources.put(id, nodeSources);
            for (String source : nodeSources) {
                if (!isDynamicChild(source, id, dynamic)) {
                    leafIndex.putIfAbsent(id + "\u0000" + source, leafIndex.size());
                }
            }
        }
        CompositeModel model = new CompositeModel(councils, leafIndex.size());
        for (ScoringResult result : variants) {
            model.leafVariant(leafMatrix(result, dynamic, leafIndex));
        }
        Map<AggregationRule, Map<String, Integer>> ruleWeights = weights(model, inputs, dynamic, byId, sources);
        Map<AggregationRule, Integer> methodInput = new HashMap<>();
        for (Map.Entry<AggregationRule, AggregationMethod[]> choice : inputs.methodChoices.entrySet()) {
            methodInput.put(choice.getKey(), model.methodInput("method of " + choice.getKey().getId(), choice.getValue()));
        }
        Map<String, Integer> slots = new HashMap<>();
        for (String id : dynamic) {
            AggregationRule rule = byId.get(id).rule();
            List<String> nodeSources = sources.get(id);
            int[] nodeSlots = new int[nodeSources.size()];
            int[] nodeWeights = new int[nodeSources.size()];
            for (int i = 0; i < nodeSlots.length; i++) {
                String source = nodeSources.get(i);
                nodeSlots[i] = isDynamicChild(source, id, dynamic) ? slots.get(source) : leafIndex.get(id + "\u0000" + source);
                Integer weight = ruleWeights.get(rule).get(source);
                if (weight == null) {
                    return fail("node " + id + ": input " + source + " appears only under another normalisation");
                }
                nodeWeights[i] = weight;
            }
            AggregationMethod own = AggregationMethod.get(rule.getMethod());
            if (own == null) {
                MethodDescriptor method = ScoringMethods.installed().find(MethodKind.AGGREGATION, rule.getMethod());
                String used = method.id() + " (" + method.contributor() + ")";
                if (!primitives.contains(used)) {
                    primitives.add(used);
                }
                Object primitive = method.primitive();
                slots.put(id, primitive instanceof PrimitiveComparativeAggregation comparative
                    ? model.node(comparative.with(Methods.arguments(rule)), nodeSlots, nodeWeights)
                    : model.node(((PrimitiveAggregation) primitive).with(Methods.arguments(rule)), nodeSlots,
                        nodeWeights));
            } else {
                slots.put(id, model.node(own, methodInput.getOrDefault(rule, -1), nodeSlots, nodeWeights));
            }
        }
        model.highestFirst(plan.scheme().getRanking() != RankingOrder.LOWEST_FIRST);
        return model;
    }

    private CompositeModel fail(String why) {
        reason = why;
        return null;
    }

    private static boolean readsAny(PlannedNode node, ScoringResult baseline, Set<String> dynamic) {
        for (CouncilResult council : baseline.councils()) {
            NodeResult result = council.nodes().get(node.id());
            if (result != null && result.inputs().stream().anyMatch(input -> dynamic.contains(input.sourceId()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDynamicChild(String source, String node, Set<String> dynamic) {
        return !source.equals(node) && dynamic.contains(source);
    }

    static String unsupported(AggregationRule rule, SchemeInputs inputs) {
        AggregationMethod own = AggregationMethod.get(rule.getMethod());
        String contributed = own == null ? contributedProblem(rule, inputs) : null;
        if (contributed != null) {
            return contributed;
        }
        List<AggregationMethod> methods = new ArrayList<>();
        if (own != null) {
            methods.add(own);
        }
        AggregationMethod[] choices = inputs.methodChoices.get(rule);
        if (choices != null) {
            methods.addAll(List.of(choices));
        }
        for (AggregationMethod method : methods) {
            if (!NodeArithmetic.supports(method)) {
                return "method " + method.getLiteral();
            }
        }
        if (rule.getRounding() != null && rule.getRounding().getMode() != RoundingMode.NONE) {
            return "rounding";
        }
        if (rule.getBanding() != null || rule.getScale() != null || !rule.getLimiters().isEmpty()) {
            return "levels";
        }
        if (rule.isDirectValueFirst() || rule.getInputValue() != InputValue.SCORE || rule.getMinimumInputs() > 1) {
            return "direct values, level values or a minimum number of inputs";
        }
        if (rule.getMissingData() != MissingDataPolicy.EXCLUDE_AND_REWEIGHT) {
            return "missing data policy " + rule.getMissingData().getLiteral();
        }
        return null;
    }

    /**
     * Why a plugin's method cannot run on the kernel (no installed plugin provides it, it has no primitive
     * implementation, or its rule has a method choice), or null: the kernel then calls its primitive.
     */
    private static String contributedProblem(AggregationRule rule, SchemeInputs inputs) {
        MethodDescriptor method = ScoringMethods.installed().find(MethodKind.AGGREGATION, rule.getMethod());
        if (method == null) {
            return "method " + rule.getMethod() + ": " + ScoringMethods.NOT_PROVIDED;
        }
        if (!method.hasPrimitive()) {
            return "method " + rule.getMethod() + " of plugin " + method.contributor()
                + " has no primitive implementation";
        }
        if (!(method.primitive() instanceof PrimitiveAggregation)
            && !(method.primitive() instanceof PrimitiveComparativeAggregation)) {
            return "method " + rule.getMethod() + " of plugin " + method.contributor()
                + ": its primitive implements neither PrimitiveAggregation nor PrimitiveComparativeAggregation";
        }
        if (inputs.methodChoices.containsKey(rule)) {
            return "a method choice on the plugin's method " + rule.getMethod();
        }
        return null;
    }

    /** A plugin's comparative method on a rule that gives weights: the engine compares by those weights. */
    private static boolean comparesByWeights(AggregationRule rule) {
        MethodDescriptor method = ScoringMethods.installed().find(MethodKind.AGGREGATION, rule.getMethod());
        return !rule.getWeights().isEmpty() && method != null
            && method.primitive() instanceof PrimitiveComparativeAggregation;
    }

    private static double[][] leafMatrix(ScoringResult result, Set<String> dynamic, Map<String, Integer> leafIndex) {
        List<CouncilResult> councils = result.councils();
        double[][] matrix = new double[councils.size()][leafIndex.size()];
        for (int c = 0; c < councils.size(); c++) {
            java.util.Arrays.fill(matrix[c], Double.NaN);
            for (String id : dynamic) {
                for (Contribution input : councils.get(c).nodes().get(id).inputs()) {
                    Integer leaf = leafIndex.get(id + "\u0000" + input.sourceId());
                    if (leaf != null && !input.excluded() && input.value() != null) {
                        matrix[c][leaf] = input.value();
                    }
                }
            }
        }
        return matrix;
    }

    private static List<String> partsOf(AggregationRule rule, Set<String> dynamic, Map<String, PlannedNode> byId,
            Map<String, List<String>> sources) {
        List<String> parts = new ArrayList<>();
        for (String id : dynamic) {
            if (byId.get(id).rule() == rule) {
                sources.get(id).stream().filter(s -> !parts.contains(s)).forEach(parts::add);
            }
        }
        return parts;
    }

    /** The weight index of every part of every rule: perturbed groups first, in {@link SchemeInputs} order. */
    private static Map<AggregationRule, Map<String, Integer>> weights(CompositeModel model, SchemeInputs inputs,
            Set<String> dynamic, Map<String, PlannedNode> byId, Map<String, List<String>> sources) {
        Map<AggregationRule, Map<String, Integer>> weights = new LinkedHashMap<>();
        for (SchemeInputs.WeightGroup group : inputs.weightGroups) {
            int g = model.weightGroup(group.rule().getId(), true);
            Map<String, Integer> indices = new HashMap<>();
            for (int i = 0; i < group.parts().size(); i++) {
                indices.put(group.parts().get(i), model.weight(g, group.parts().get(i), group.base()[i]));
            }
            weights.put(group.rule(), indices);
        }
        for (String id : dynamic) {
            AggregationRule rule = byId.get(id).rule();
            if (!weights.containsKey(rule)) {
                int g = model.weightGroup(rule.getId(), false);
                Map<String, Integer> indices = new HashMap<>();
                for (String part : partsOf(rule, dynamic, byId, sources)) {
                    // the engine gives a mean's and a plugin's method weight 1 per input; a comparative method
                    // compares by the rule's weights when it gives any
                    double base = AggregationMethod.MEAN.is(rule.getMethod())
                        || AggregationMethod.get(rule.getMethod()) == null && !comparesByWeights(rule)
                        ? 1 : SchemeInputs.percent(rule, part);
                    indices.put(part, model.weight(g, part, base));
                }
                weights.put(rule, indices);
            }
        }
        return weights;
    }
}
