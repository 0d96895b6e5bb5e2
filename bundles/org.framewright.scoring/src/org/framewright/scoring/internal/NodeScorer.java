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
import org.framewright.model.Weight;
import org.framewright.model.query.AggregationRuleQuery;
import org.framewright.scoring.AggregationFunction;
import org.framewright.scoring.ComparativeAggregation;
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
        AggregationFunction function = matrix ? null : Methods.aggregation(rule);
        Map<Council, Prepared> comparing = new LinkedHashMap<>();
        for (Council council : results.keySet()) {
            Double direct = rule.isDirectValueFirst() ? data.value(council, node.id()) : null;
            if (direct != null) {
                scored.put(council, direct(node, direct));
            } else if (matrix) {
                scored.put(council, Matrices.score(node, results.get(council)));
            } else {
                Prepared prepared = prepare(node, inputs.get(council), inputs, function,
                    function instanceof ComparativeAggregation);
                if (prepared.done() != null) {
                    scored.put(council, prepared.done());
                } else if (function instanceof ComparativeAggregation) {
                    scored.put(council, null); // keeps council order; scored below
                    comparing.put(council, prepared);
                } else {
                    scored.put(council, finish(node, prepared, results.get(council)));
                }
            }
        }
        if (!comparing.isEmpty()) {
            compare(node, (ComparativeAggregation) function, comparing, results, scored);
        }
        return scored;
    }

    /** A comparative method's results: every council taking part at once. */
    private static void compare(PlannedNode node, ComparativeAggregation function, Map<Council, Prepared> comparing,
            Map<Council, Map<String, NodeResult>> results, Map<Council, NodeResult> scored) {
        AggregationRule rule = node.rule();
        List<Map<String, BigDecimal>> values = new ArrayList<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (Prepared prepared : comparing.values()) {
            Map<String, BigDecimal> own = new LinkedHashMap<>();
            for (Input input : prepared.present()) {
                own.put(input.sourceId(), Decimals.of(input.value()));
                weights.put(input.sourceId(), comparedWeight(rule, input.sourceId()));
            }
            values.add(own);
        }
        List<ComparativeAggregation.Outcome> outcomes = function.aggregateAcross(values, weights,
            Methods.arguments(rule));
        int i = 0;
        for (Map.Entry<Council, Prepared> entry : comparing.entrySet()) {
            ComparativeAggregation.Outcome outcome = outcomes.get(i++);
            Prepared prepared = entry.getValue();
            if (outcome.score() == null) {
                prepared.notes().add(outcome.step() + ": unscored");
                scored.put(entry.getKey(), new NodeResult(node.id(), node.kind(), null, null, null,
                    prepared.contributions(), prepared.notes()));
            } else {
                scored.put(entry.getKey(), rate(node, prepared, outcome.score(), outcome.step(),
                    results.get(entry.getKey())));
            }
        }
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

    /** The weight of a part in a comparison: the rule's percent when it gives weights (0 for a part without), else 1. */
    private static BigDecimal comparedWeight(AggregationRule rule, String sourceId) {
        if (rule.getWeights().isEmpty()) {
            return BigDecimal.ONE;
        }
        Weight weight = new AggregationRuleQuery(rule).weightOf(sourceId);
        return weight == null ? BigDecimal.ZERO : BigDecimal.valueOf(weight.getPercent());
    }

    /**
     * One council's inputs after the missing-data policy: either its final result ({@code done}: unscored) or the
     * inputs present, ready to aggregate.
     */
    private record Prepared(NodeResult done, List<Input> present, List<String> missing,
            List<Contribution> contributions, List<String> notes, List<Double> weights) {
    }

    private static Prepared prepare(PlannedNode node, List<Input> candidates, Map<Council, List<Input>> all,
            AggregationFunction aggregation, boolean comparative) {
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
        MethodArguments arguments = Methods.arguments(rule);
        String impossible = comparative ? null
            : aggregation.impossible(present.stream().map(i -> Decimals.of(i.value())).toList(),
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
            return unscored(node, contributions, notes);
        }
        if (impossible != null) {
            return unscored(node, contributions, notes);
        }
        if (present.size() < minimum) {
            notes.add(present.isEmpty() ? "no input has a value: unscored"
                : "only " + present.size() + " of at least " + minimum + " inputs have a value: unscored");
            return unscored(node, contributions, notes);
        }
        if (!missing.isEmpty()) {
            String over = String.join(", ", present.stream().map(Input::sourceId).toList());
            notes.add(String.join(", ", missing) + " missing: excluded, "
                + (aggregation == Aggregation.WEIGHTED_MEAN ? "weights re-normalised over " : "aggregated over ") + over);
        }
        return new Prepared(null, present, missing, contributions, notes, weights);
    }

    private static Prepared unscored(PlannedNode node, List<Contribution> contributions, List<String> notes) {
        return new Prepared(new NodeResult(node.id(), node.kind(), null, null, null, contributions, notes), null,
            null, contributions, notes, null);
    }

    /** A per-council method's result from the prepared inputs. */
    private static NodeResult finish(PlannedNode node, Prepared prepared, Map<String, NodeResult> own) {
        AggregationRule rule = node.rule();
        AggregationFunction aggregation = Methods.aggregation(rule);
        List<Input> present = prepared.present();
        BigDecimal exact = aggregation.aggregate(present.stream().map(i -> Decimals.of(i.value())).toList(),
            present.stream().map(Input::weight).toList(), Methods.arguments(rule));
        String step = Explanations.aggregation(aggregation, rule.getMethod(), present, rule.getMaximum(), exact);
        return rate(node, prepared, exact, step, own);
    }

    private static NodeResult rate(PlannedNode node, Prepared prepared, BigDecimal exact, String step,
            Map<String, NodeResult> own) {
        AggregationRule rule = node.rule();
        List<String> steps = new ArrayList<>();
        List<String> missing = prepared.missing();
        if (Methods.aggregation(rule) == Aggregation.WEIGHTED_MEAN) {
            addIfAny(steps, Explanations.renormalised(rule, prepared.present(), missing, prepared.weights()));
        } else if (!missing.isEmpty()) {
            steps.add(String.join(", ", missing) + " missing: left out (missing data: "
                + rule.getMissingData().getLiteral() + ")");
        }
        steps.add(step);
        return Levels.rate(node, exact, prepared.contributions(), prepared.notes(), own, steps);
    }

    static void addIfAny(List<String> steps, String step) {
        if (step != null) {
            steps.add(step);
        }
    }
}
