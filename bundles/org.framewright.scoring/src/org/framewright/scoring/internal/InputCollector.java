package org.framewright.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Council;
import org.framewright.model.Framework;
import org.framewright.model.InputValue;
import org.framewright.model.ModelElement;
import org.framewright.model.Weight;
import org.framewright.model.query.AggregationRuleQuery;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoringPlan.PlannedNode;

/** Gathers the inputs an aggregation rule names for one node and council (its {@code inputs} selection). */
final class InputCollector {

    private final Framework framework;
    private final DataIndex data;

    InputCollector(Framework framework, DataIndex data) {
        this.framework = framework;
        this.data = data;
    }

    /** The inputs of {@code node} for {@code council}, given the results of the nodes scored so far. */
    List<Input> collect(PlannedNode node, Council council, Map<String, NodeResult> results) {
        AggregationRule rule = node.rule();
        Area area = node.area();
        List<? extends ModelElement> parts = new AggregationRuleQuery(rule, framework).inputsOf(area);
        List<Input> inputs = new ArrayList<>();
        switch (rule.getInputs()) {
            case CHILDREN, LEAF_AREAS, INDICATORS ->
                parts.forEach(part -> inputs.add(fromResult(rule, part.getId(), results)));
            case GROUPS -> weightOrder(rule, parts).forEach(group -> inputs.add(
                input(rule, group, data.value(council, node.id(), group, null))));
            case EVIDENCE_CATEGORIES -> weightOrder(rule, parts).forEach(category -> inputs.add(
                input(rule, category, data.value(council, node.id(), null, category))));
            case DIRECT -> inputs.add(input(rule, node.id(), data.value(council, node.id())));
        }
        return inputs;
    }

    private Input fromResult(AggregationRule rule, String id, Map<String, NodeResult> results) {
        NodeResult result = results.get(id);
        Double value = null;
        if (result != null) {
            value = rule.getInputValue() == InputValue.LEVEL_VALUE
                ? (result.level() == null ? null : (double) result.level().getValue()) : result.score();
        }
        return input(rule, id, value);
    }

    private static Input input(AggregationRule rule, String id, Double value) {
        return new Input(id, value, weight(rule, id), false);
    }

    /** The weight of a part: its percent under a weighted mean (null when it has none), else 1. */
    static BigDecimal weight(AggregationRule rule, String id) {
        if (!AggregationMethod.WEIGHTED_MEAN.is(rule.getMethod())) {
            return BigDecimal.ONE;
        }
        Weight weight = new AggregationRuleQuery(rule).weightOf(id);
        return weight == null ? null : BigDecimal.valueOf(weight.getPercent());
    }

    /** The ids of the parts: the weighted parts of this kind in weight order when weighted, else all of them. */
    private static List<String> weightOrder(AggregationRule rule, List<? extends ModelElement> all) {
        List<String> ids = new ArrayList<>();
        for (Weight weight : rule.getWeights()) {
            if (all.contains(weight.getPart())) {
                ids.add(weight.getPart().getId());
            }
        }
        if (ids.isEmpty()) {
            all.forEach(part -> ids.add(part.getId()));
        }
        return ids;
    }
}
