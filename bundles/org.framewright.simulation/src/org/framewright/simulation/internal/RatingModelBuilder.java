package org.framewright.simulation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Limiter;
import org.framewright.model.MatrixCell;
import org.framewright.model.RankingOrder;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.model.query.AggregationRuleQuery;
import org.framewright.scoring.Contribution;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoringPlan;
import org.framewright.scoring.ScoringPlan.PlannedNode;
import org.framewright.scoring.ScoringResult;
import org.framewright.scoring.internal.Bands;
import org.framewright.scoring.internal.CollectedInputs;

/**
 * Compiles a scheme with levels (rating scales, bandings, matrices, limiters, rounding, any missing-data policy)
 * into a {@link RatingModel}. Nodes that no uncertain input can change are read once from the engine's results
 * (per normalisation choice) as leaves and static level columns; the others become kernel nodes. Returns null with
 * a reason for what the kernel does not compute: a plugin's aggregation method, a method choice of or from a
 * matrix, a matrix rule without a matrix, a matrix or limiter conditioned on an indicator whose banding is perturbed.
 * An indicator banded with a perturbed banding is a leaf the kernel re-bands per draw ({@link IndicatorLevels}).
 */
final class RatingModelBuilder {

    private String reason;

    String reason() {
        return reason;
    }

    /** The model of {@code plan}; {@code collected} and {@code variants} in the same order (baseline first). */
    RatingModel build(ScoringPlan plan, SchemeInputs inputs, List<ScoringResult> variants,
            List<CollectedInputs> collected) {
        List<PlannedNode> planned = plan.nodes();
        IndicatorLevels indicatorLevels = new IndicatorLevels(plan, inputs);
        PlannedNode overall = planned.get(planned.size() - 1);
        if (overall.rule() == null) {
            return fail("the scheme has no overall rule");
        }
        CollectedInputs base = collected.get(0);
        Set<String> dynamic = new LinkedHashSet<>();
        Map<String, PlannedNode> nodes = new LinkedHashMap<>();
        for (PlannedNode node : planned) {
            AggregationRule rule = node.rule();
            if (rule == null) {
                continue;
            }
            boolean changes = inputs.groupOf(rule) != null || inputs.methodChoices.containsKey(rule) || node == overall
                || inputs.thresholdOf(rule.getBanding()) >= 0 || inputs.policyChoices.containsKey(rule)
                || reads(node, base).stream().anyMatch(id -> dynamic.contains(id) || indicatorLevels.perturbed(id));
            if (changes) {
                String problem = unsupported(rule, inputs);
                if (problem != null) {
                    return fail("node " + node.id() + ": " + problem);
                }
                dynamic.add(node.id());
                nodes.put(node.id(), node);
            }
        }
        RatingModel model = new RatingModel();
        model.councils = variants.get(0).councils().size();
        registerLevels(model, plan);
        int n = dynamic.size();
        allocate(model, n);
        List<String> order = new ArrayList<>(dynamic);
        Map<String, Integer> leafOf = new LinkedHashMap<>();
        Map<String, Integer> columnOf = new LinkedHashMap<>();
        List<int[]> slots = new ArrayList<>();
        List<String[]> parts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String id = order.get(k);
            List<Contribution> sources = base.inputs().get(id).isEmpty() ? List.of() : base.inputs().get(id).get(0);
            int[] nodeSlots = new int[sources.size()];
            String[] nodeParts = new String[sources.size()];
            for (int i = 0; i < nodeSlots.length; i++) {
                String source = sources.get(i).sourceId();
                nodeParts[i] = source;
                int child = order.indexOf(source);
                nodeSlots[i] = child >= 0 && child < k ? -child - 1
                    : leafOf.computeIfAbsent(id + '\u0000' + i, key -> leafOf.size());
            }
            slots.add(nodeSlots);
            parts.add(nodeParts);
        }
        leaves(model, order, leafOf, collected);
        int[] weightIndex = weights(model, inputs, order, nodes, parts);
        int position = 0;
        model.inputStart = new int[n + 1];
        for (int k = 0; k < n; k++) {
            model.inputStart[k + 1] = model.inputStart[k] + slots.get(k).length;
        }
        model.inputSlot = new int[model.inputStart[n]];
        model.inputWeight = weightIndex;
        for (int k = 0; k < n; k++) {
            System.arraycopy(slots.get(k), 0, model.inputSlot, position, slots.get(k).length);
            position += slots.get(k).length;
            node(model, k, nodes.get(order.get(k)), order, columnOf, base, inputs);
        }
        String staticIndicator = columnOf.keySet().stream().filter(indicatorLevels::perturbed).findFirst().orElse(null);
        if (staticIndicator != null) {
            return fail("indicator " + staticIndicator + " is a matrix's or limiter's condition and its banding is"
                + " perturbed, and the rating kernel reads such levels once");
        }
        staticLevels(model, columnOf, variants);
        methodChoices(model, inputs, order, nodes);
        policyChoices(model, inputs, order, nodes);
        model.thresholds = inputs.thresholds;
        model.ragThresholds = inputs.ragThresholds;
        indicatorLevels.compile(model, leafSources(leafOf, base), leafReadsLevel(leafOf, nodes), variants);
        model.inputNames = inputs.names();
        model.perInputNames = inputs.names(true);
        model.rankSign = plan.scheme().getRanking() == RankingOrder.LOWEST_FIRST ? 1 : -1;
        model.indexRoundedLevels();
        return model;
    }

    /** Per leaf, the id of the node or indicator it reads (the same for every council). */
    private static String[] leafSources(Map<String, Integer> leafOf, CollectedInputs base) {
        String[] sources = new String[leafOf.size()];
        for (Map.Entry<String, Integer> leaf : leafOf.entrySet()) {
            String[] key = leaf.getKey().split("\u0000");
            List<List<Contribution>> perCouncil = base.inputs().get(key[0]);
            sources[leaf.getValue()] = perCouncil.isEmpty() ? "" : perCouncil.get(0).get(Integer.parseInt(key[1]))
                .sourceId();
        }
        return sources;
    }

    /** Per leaf, whether the node reading it reads level values. */
    private static boolean[] leafReadsLevel(Map<String, Integer> leafOf, Map<String, PlannedNode> nodes) {
        boolean[] level = new boolean[leafOf.size()];
        for (Map.Entry<String, Integer> leaf : leafOf.entrySet()) {
            AggregationRule rule = nodes.get(leaf.getKey().split("\u0000")[0]).rule();
            level[leaf.getValue()] = rule.getInputValue() == org.framewright.model.InputValue.LEVEL_VALUE;
        }
        return level;
    }

    private RatingModel fail(String why) {
        reason = why;
        return null;
    }

    /** The ids a node reads: its inputs' sources, its matrix's row and column, its limiters' conditions. */
    private static List<String> reads(PlannedNode node, CollectedInputs collected) {
        List<String> ids = new ArrayList<>();
        List<List<Contribution>> inputs = collected.inputs().get(node.id());
        if (inputs != null && !inputs.isEmpty()) {
            inputs.get(0).forEach(input -> ids.add(input.sourceId()));
        }
        AggregationRule rule = node.rule();
        if (rule.getMatrix() != null) {
            if (rule.getMatrix().getRowNode() != null) {
                ids.add(rule.getMatrix().getRowNode().getId());
            }
            if (rule.getMatrix().getColumnNode() != null) {
                ids.add(rule.getMatrix().getColumnNode().getId());
            }
        }
        for (Limiter limiter : rule.getLimiters()) {
            if (limiter.getCondition() != null) {
                ids.add(limiter.getCondition().getId());
            }
        }
        ids.remove(node.id());
        return ids;
    }

    private static String unsupported(AggregationRule rule, SchemeInputs inputs) {
        AggregationMethod own = AggregationMethod.get(rule.getMethod());
        if (own == null) {
            // the rating kernel computes the built-ins only; the composite kernel takes a plugin's primitive
            return "method " + rule.getMethod() + " (a plugin's method, which only the composite kernel computes,"
                + " on its primitive, in a scheme without levels)";
        }
        AggregationMethod[] choices = inputs.methodChoices.get(rule);
        if (choices != null && (own == AggregationMethod.MATRIX || Arrays.asList(choices).contains(AggregationMethod.MATRIX))) {
            return "a method choice of or from a matrix";
        }
        if (own == AggregationMethod.MATRIX && (rule.getMatrix() == null || rule.getMatrix().getRowNode() == null
                || rule.getMatrix().getColumnNode() == null)) {
            return "a matrix rule without a complete matrix";
        }
        return null;
    }

    private static void registerLevels(RatingModel model, ScoringPlan plan) {
        List<ScaleLevel> all = new ArrayList<>();
        for (var contents = plan.framework().eAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (object instanceof ScaleLevel level && level.getId() != null
                    && !model.levelIndex.containsKey(level.getId())) {
                model.levelIndex.put(level.getId(), all.size());
                all.add(level);
            }
        }
        model.levelValue = new double[all.size()];
        model.ratingIndex = new int[all.size()];
        Arrays.fill(model.ratingIndex, -1);
        for (int i = 0; i < all.size(); i++) {
            model.levelValue[i] = all.get(i).getValue();
        }
        Scale rating = plan.scheme().getRatingScale();
        if (rating != null) {
            for (int r = 0; r < rating.getLevels().size(); r++) {
                Integer index = model.levelIndex.get(rating.getLevels().get(r).getId());
                if (index != null && model.ratingIndex[index] < 0) {
                    model.ratingIndex[index] = r;
                }
            }
        }
    }

    private static void allocate(RatingModel model, int n) {
        model.usesLevel = new boolean[n];
        model.method = new int[n];
        model.perturbedMean = new boolean[n];
        model.methodInput = new int[n];
        model.bandingInput = new int[n];
        model.policyInput = new int[n];
        model.policy = new int[n];
        model.minimum = new int[n];
        model.maximum = new double[n];
        model.lowest = new double[n];
        model.direct = new double[n][];
        model.directLevel = new int[n][];
        model.rounding = new int[n];
        model.decimals = new int[n];
        model.bandLow = new double[n][];
        model.bandHigh = new double[n][];
        model.bandLevel = new int[n][];
        model.scaleValue = new double[n][];
        model.scaleLevel = new int[n][];
        model.matrixRow = new int[n];
        model.matrixColumn = new int[n];
        model.matrixCell = new int[n][];
        model.limiterCondition = new int[n][];
        model.limiterAtOrBelow = new double[n][];
        model.limiterCap = new int[n][];
    }

    private static void leaves(RatingModel model, List<String> order, Map<String, Integer> leafOf,
            List<CollectedInputs> collected) {
        model.leafValues = new double[collected.size()][leafOf.size()][model.councils];
        for (int v = 0; v < collected.size(); v++) {
            for (Map.Entry<String, Integer> leaf : leafOf.entrySet()) {
                String[] key = leaf.getKey().split("\u0000");
                List<List<Contribution>> perCouncil = collected.get(v).inputs().get(key[0]);
                int i = Integer.parseInt(key[1]);
                for (int c = 0; c < model.councils; c++) {
                    Double value = perCouncil.get(c).get(i).value();
                    model.leafValues[v][leaf.getValue()][c] = value == null ? Double.NaN : value;
                }
            }
        }
    }

    /**
     * The weight index of every input: the perturbed groups' weights first (in input order, so a draw perturbs
     * one contiguous range per group), then each other rule's weights (percent, NaN without a {@code Weight}).
     */
    private static int[] weights(RatingModel model, SchemeInputs inputs, List<String> order,
            Map<String, PlannedNode> nodes, List<String[]> parts) {
        List<Double> base = new ArrayList<>();
        List<Double> perturbBase = new ArrayList<>();
        Map<AggregationRule, Map<String, Integer>> index = new HashMap<>();
        model.groupStart = new int[inputs.weightGroups.size()];
        model.groupEnd = new int[inputs.weightGroups.size()];
        for (int g = 0; g < inputs.weightGroups.size(); g++) {
            SchemeInputs.WeightGroup group = inputs.weightGroups.get(g);
            Map<String, Integer> own = new HashMap<>();
            model.groupStart[g] = base.size();
            for (int i = 0; i < group.parts().size(); i++) {
                own.put(group.parts().get(i), base.size());
                model.weightNames.add("weight of " + group.parts().get(i) + " in " + group.rule().getId());
                base.add(fixed(group.rule(), group.parts().get(i)));
                perturbBase.add(group.base()[i]);
            }
            model.groupEnd[g] = base.size();
            index.put(group.rule(), own);
        }
        int[] weightOf = new int[parts.stream().mapToInt(p -> p.length).sum()];
        int position = 0;
        for (int k = 0; k < order.size(); k++) {
            AggregationRule rule = nodes.get(order.get(k)).rule();
            Map<String, Integer> own = index.computeIfAbsent(rule, r -> new HashMap<>());
            for (String part : parts.get(k)) {
                Integer w = own.get(part);
                if (w == null) {
                    w = base.size();
                    base.add(fixed(rule, part));
                    perturbBase.add(Double.NaN);
                    own.put(part, w);
                }
                weightOf[position++] = w;
            }
        }
        model.baseWeights = base.stream().mapToDouble(Double::doubleValue).toArray();
        model.perturbBase = perturbBase.stream().mapToDouble(Double::doubleValue).toArray();
        return weightOf;
    }

    private static double fixed(AggregationRule rule, String part) {
        var weight = new AggregationRuleQuery(rule).weightOf(part);
        return weight == null ? Double.NaN : weight.getPercent();
    }

    private static void node(RatingModel model, int k, PlannedNode node, List<String> order,
            Map<String, Integer> columnOf, CollectedInputs base, SchemeInputs inputs) {
        AggregationRule rule = node.rule();
        model.rules.add(rule);
        model.ids.add(node.id());
        AggregationMethod method = AggregationMethod.get(rule.getMethod());
        model.method[k] = RatingModel.methodCode(method);
        model.perturbedMean[k] = method == AggregationMethod.MEAN && inputs.groupOf(rule) != null;
        model.usesLevel[k] = rule.getInputValue() == org.framewright.model.InputValue.LEVEL_VALUE;
        model.methodInput[k] = -1;
        model.bandingInput[k] = inputs.thresholdOf(rule.getBanding());
        model.policyInput[k] = -1;
        model.policy[k] = RatingModel.policyCode(rule.getMissingData());
        model.minimum[k] = Math.max(1, rule.getMinimumInputs());
        model.maximum[k] = rule.getMaximum();
        Scale ratingScale = new AggregationRuleQuery(rule).ratingScale();
        ScaleLevel lowest = Bands.lowest(ratingScale);
        model.lowest[k] = lowest == null ? Double.NaN : lowest.getValue();
        model.direct[k] = new double[model.councils];
        model.directLevel[k] = new int[model.councils];
        Arrays.fill(model.direct[k], Double.NaN);
        Arrays.fill(model.directLevel[k], -1);
        if (rule.isDirectValueFirst()) {
            for (int c = 0; c < model.councils; c++) {
                Double value = base.direct().get(node.id()).get(c);
                if (value != null) {
                    model.direct[k][c] = value;
                    model.directLevel[k][c] = model.level(Bands.levelWithValue(ratingScale, BigDecimal.valueOf(value)));
                }
            }
        }
        model.rounding[k] = RatingModel.roundingCode(rule.getRounding());
        model.decimals[k] = rule.getRounding() == null ? 0 : rule.getRounding().getDecimals();
        if (rule.getBanding() != null) {
            model.banding(k, rule.getBanding());
            model.scale(k, null);
        } else {
            model.bandLow[k] = new double[0];
            model.bandHigh[k] = new double[0];
            model.bandLevel[k] = new int[0];
            model.scale(k, rule.getScale());
        }
        if (method == AggregationMethod.MATRIX) {
            model.matrixRow[k] = levelRef(rule.getMatrix().getRowNode().getId(), k, order, columnOf);
            model.matrixColumn[k] = levelRef(rule.getMatrix().getColumnNode().getId(), k, order, columnOf);
            int levels = model.levels();
            model.matrixCell[k] = new int[levels * levels];
            Arrays.fill(model.matrixCell[k], -1);
            for (MatrixCell cell : rule.getMatrix().getCells()) {
                if (cell.getRow() == null || cell.getColumn() == null) {
                    continue;
                }
                int at = model.level(cell.getRow()) * levels + model.level(cell.getColumn());
                if (model.matrixCell[k][at] == -1) {
                    model.matrixCell[k][at] = cell.getResult() == null ? -2 : model.level(cell.getResult());
                }
            }
        }
        List<Limiter> limiters = rule.getLimiters().stream().filter(l -> l.getCondition() != null
            && l.getAtOrBelow() != null && l.getCap() != null).toList();
        model.limiterCondition[k] = new int[limiters.size()];
        model.limiterAtOrBelow[k] = new double[limiters.size()];
        model.limiterCap[k] = new int[limiters.size()];
        for (int l = 0; l < limiters.size(); l++) {
            model.limiterCondition[k][l] = levelRef(limiters.get(l).getCondition().getId(), k, order, columnOf);
            model.limiterAtOrBelow[k][l] = limiters.get(l).getAtOrBelow().getValue();
            model.limiterCap[k][l] = model.level(limiters.get(l).getCap());
        }
    }

    /** A dynamic node scored before node {@code k}, or a static level column (added on first use). */
    private static int levelRef(String id, int k, List<String> order, Map<String, Integer> columnOf) {
        int node = order.indexOf(id);
        if (node >= 0 && node < k) {
            return -node - 1;
        }
        return columnOf.computeIfAbsent(id, key -> columnOf.size());
    }

    private static void staticLevels(RatingModel model, Map<String, Integer> columnOf, List<ScoringResult> variants) {
        model.staticLevels = new int[variants.size()][columnOf.size()][model.councils];
        for (int v = 0; v < variants.size(); v++) {
            for (Map.Entry<String, Integer> column : columnOf.entrySet()) {
                for (int c = 0; c < model.councils; c++) {
                    NodeResult result = variants.get(v).councils().get(c).nodes().get(column.getKey());
                    model.staticLevels[v][column.getValue()][c] = result == null || result.level() == null ? -1
                        : model.level(result.level());
                }
            }
        }
    }

    private static void methodChoices(RatingModel model, SchemeInputs inputs, List<String> order,
            Map<String, PlannedNode> nodes) {
        List<AggregationRule> rules = new ArrayList<>(inputs.methodChoices.keySet());
        model.methodChoices = new int[rules.size()][];
        for (int m = 0; m < rules.size(); m++) {
            AggregationRule rule = rules.get(m);
            // the engine turns a drawn mean into a weighted mean when the rule has weights (its own or perturbed)
            boolean weighted = !rule.getWeights().isEmpty() || inputs.groupOf(rule) != null;
            AggregationMethod[] choices = inputs.methodChoices.get(rule);
            model.methodChoices[m] = new int[choices.length];
            for (int i = 0; i < choices.length; i++) {
                model.methodChoices[m][i] = choices[i] == AggregationMethod.MEAN && weighted
                    ? RatingModel.WEIGHTED_MEAN : RatingModel.methodCode(choices[i]);
            }
            for (int k = 0; k < order.size(); k++) {
                if (nodes.get(order.get(k)).rule() == rule) {
                    model.methodInput[k] = m;
                }
            }
        }
    }

    private static void policyChoices(RatingModel model, SchemeInputs inputs, List<String> order,
            Map<String, PlannedNode> nodes) {
        List<AggregationRule> rules = new ArrayList<>(inputs.policyChoices.keySet());
        model.policyChoices = new int[rules.size()][];
        for (int m = 0; m < rules.size(); m++) {
            AggregationRule rule = rules.get(m);
            model.policyChoices[m] = Arrays.stream(inputs.policyChoices.get(rule)).mapToInt(RatingModel::policyCode)
                .toArray();
            for (int k = 0; k < order.size(); k++) {
                if (nodes.get(order.get(k)).rule() == rule) {
                    model.policyInput[k] = m;
                }
            }
        }
    }
}
