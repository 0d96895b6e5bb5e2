package org.framewright.scoring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.AggregationMethod;
import org.framewright.model.DataSet;
import org.framewright.scoring.Contribution;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoringPlan;
import org.framewright.scoring.ScoringPlan.PlannedNode;
import org.framewright.scoring.ScoringResult;

/**
 * What each aggregated node of a plan reads per council before its missing-data policy, exactly as the engine
 * collects it: the inputs its rule selects (value null when missing; weight in percent, null when a weighted mean
 * gives the part no weight) and the node's own value in the data (used when the rule takes a direct value first).
 * The simulation's rating kernel compiles these once instead of collecting them again per draw.
 *
 * @param inputs per node id (matrix nodes have none), per council in result order, the collected inputs
 * @param direct per node id, per council, the node's own value in the data (null when missing)
 */
public record CollectedInputs(Map<String, List<List<Contribution>>> inputs, Map<String, List<Double>> direct) {

    /** The inputs of every aggregated node of {@code plan}, read from {@code result} and the data of {@code period}. */
    public static CollectedInputs of(ScoringPlan plan, DataSet data, String period, ScoringResult result) {
        DataIndex index = DataIndex.of(data, period);
        InputCollector collector = new InputCollector(plan.framework(), index);
        Map<String, List<List<Contribution>>> inputs = new LinkedHashMap<>();
        Map<String, List<Double>> direct = new LinkedHashMap<>();
        for (PlannedNode node : plan.nodes()) {
            if (node.rule() == null) {
                continue;
            }
            List<List<Contribution>> perCouncil = new ArrayList<>();
            List<Double> own = new ArrayList<>();
            boolean matrix = AggregationMethod.MATRIX.is(node.rule().getMethod());
            for (CouncilResult council : result.councils()) {
                List<Contribution> collected = new ArrayList<>();
                if (!matrix) {
                    for (Input input : collector.collect(node, council.council(), council.nodes())) {
                        collected.add(new Contribution(input.sourceId(), input.value(),
                            input.weight() == null ? null : input.weight().doubleValue(), false));
                    }
                }
                perCouncil.add(collected);
                own.add(index.value(council.council(), node.id()));
            }
            inputs.put(node.id(), perCouncil);
            direct.put(node.id(), own);
        }
        return new CollectedInputs(inputs, direct);
    }
}
