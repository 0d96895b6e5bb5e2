package org.framewright.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Council;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.model.query.AggregationRuleQuery;
import org.framewright.scoring.AggregationFunction;
import org.framewright.scoring.MethodArguments;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.Contribution;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoringPlan.PlannedNode;

/**
 * Scores one aggregated node (an area or {@code overall}) for every council: a value given directly, or the inputs
 * after the missing-data policy, aggregated (or looked up in the matrix), rounded, rated and capped.
 */
final class NodeScorer {

    private final InputCollector collector;
    private final DataIndex data;

    NodeScorer(InputCollector collector, DataIndex data) {
        this.collector = collector;
        this.data = data;
    }

    /** The node's result per council, in council order. */
    Map<Council, NodeResult> score(PlannedNode node, Map<Council, Map<String, NodeResult>> results) {
        Map<Council, NodeResult> scored = new LinkedHashMap<>();
        AggregationRule rule = node.rule();
        if (rule == null) {
            results.keySet().forEach(c -> scored.put(c, new NodeResult(node.id(), node.kind(), null, null, null,
                List.of(), List.of("the scheme has no rule for the overall result"))));
            return scored;
        }
        Map<Council, List<Input>> inputs = new LinkedHashMap<>();
        boolean matrix = AggregationMethod.MATRIX.is(rule.getMethod());
        if (!matrix) {
            results.forEach((council, own) -> inputs.put(council, collector.collect(node, council, own)));
        }
        for (Council council : results.keySet()) {
            Double direct = rule.isDirectValueFirst() ? data.value(council, node.id()) : null;
            scored.put(council, direct != null ? direct(node, direct)
                : matrix ? Matrices.score(node, results.get(council))
                : aggregate(node, inputs.get(council), inputs, results.get(council)));
        }
        return scored;
    }

    private static NodeResult direct(PlannedNode node, double value) {
        Scale scale = new AggregationRuleQuery(node.rule()).ratingScale();
        ScaleLevel level = Bands.levelWithValue(scale, BigDecimal.valueOf(value));
        List<String> notes = new ArrayList<>();
        notes.add("given directly in the data: " + ScoreFormat.format(value));
        Levels.noteUnrated(scale != null && level == null, value, notes);
        List<String> steps = new ArrayList<>();
        steps.add("given directly in the data: " + ScoreFormat.format(value));
        addIfAny(steps, Explanations.level(null, scale, BigDecimal.valueOf(value), level));
        return new NodeResult(node.id(), node.kind(), null, value, level,
            List.of(new Contribution(node.id(), value, 100.0, false)), notes, steps);
    }

    private static NodeResult aggregate(PlannedNode node, List<Input> candidates, Map<Council, List<Input>> all,
            Map<String, NodeResult> own) {
        AggregationRule rule = node.rule();
        List<String> notes = new ArrayList<>();
        Scale lowestFrom = new AggregationRuleQuery(rule).ratingScale();
        List<Input> inputs = MissingInputs.impute(rule.getMissingData(), candidates, all, lowestFrom, notes);
        List<Input> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Input input : inputs) {
            if (input.value() != null && input.weight() != null) {
                present.add(input);
            } else {
                missing.add(input.sourceId());
            }
        }
        AggregationFunction aggregation = Methods.aggregation(rule);
        MethodArguments arguments = Methods.arguments(rule);
        String impossible = aggregation.impossible(present.stream().map(i -> Decimals.of(i.value())).toList(),
            present.stream().map(Input::weight).toList(), arguments);
        if (impossible != null) {
            present.clear();
            notes.add(impossible + ": unscored");
        }
        List<Double> weights = aggregation.effectiveWeights(present.stream().map(Input::weight).toList());
        List<Contribution> contributions = new ArrayList<>();
        // present keeps the inputs' order, so the next present input is at the next position: no search per input
        // (indexOf made the overall node of a large framework quadratic in its number of inputs)
        int next = 0;
        for (Input input : inputs) {
            boolean used = next < present.size() && present.get(next) == input;
            contributions.add(!used ? new Contribution(input.sourceId(), null, null, true)
                : new Contribution(input.sourceId(), input.value(), weights.get(next++), false));
        }
        int minimum = Math.max(1, rule.getMinimumInputs());
        if (!missing.isEmpty() && rule.getMissingData() == MissingDataPolicy.FAIL) {
            notes.add(String.join(", ", missing) + " missing: unscored (missing data: fail)");
            return new NodeResult(node.id(), node.kind(), null, null, null, contributions, notes);
        }
        if (impossible != null) {
            return new NodeResult(node.id(), node.kind(), null, null, null, contributions, notes);
        }
        if (present.size() < minimum) {
            notes.add(present.isEmpty() ? "no input has a value: unscored"
                : "only " + present.size() + " of at least " + minimum + " inputs have a value: unscored");
            return new NodeResult(node.id(), node.kind(), null, null, null, contributions, notes);
        }
        if (!missing.isEmpty()) {
            String over = String.join(", ", present.stream().map(Input::sourceId).toList());
            notes.add(String.join(", ", missing) + " missing: excluded, "
                + (aggregation == Aggregation.WEIGHTED_MEAN ? "weights re-normalised over " : "aggregated over ") + over);
        }
        BigDecimal exact = aggregation.aggregate(present.stream().map(i -> Decimals.of(i.value())).toList(),
            present.stream().map(Input::weight).toList(), arguments);
        List<String> steps = new ArrayList<>();
        if (aggregation == Aggregation.WEIGHTED_MEAN) {
            addIfAny(steps, Explanations.renormalised(rule, present, missing, weights));
        } else if (!missing.isEmpty()) {
            steps.add(String.join(", ", missing) + " missing: left out (missing data: "
                + rule.getMissingData().getLiteral() + ")");
        }
        steps.add(Explanations.aggregation(aggregation, rule.getMethod(), present, rule.getMaximum(), exact));
        return Levels.rate(node, exact, contributions, notes, own, steps);
    }

    static void addIfAny(List<String> steps, String step) {
        if (step != null) {
            steps.add(step);
        }
    }
}
