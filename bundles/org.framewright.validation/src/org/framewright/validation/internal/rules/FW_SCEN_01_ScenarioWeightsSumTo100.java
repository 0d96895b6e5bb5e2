package org.framewright.validation.internal.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.ModelElement;
import org.framewright.model.Scenario;
import org.framewright.model.SchemeChange;
import org.framewright.model.Weight;
import org.framewright.model.WeightChange;
import org.framewright.model.query.AggregationRuleQuery;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;
import org.framewright.validation.internal.ElementNames;

/**
 * FW-SCEN-01: a scenario is its scheme with the changes applied, so after its weight changes every changed rule's
 * weights still sum to 100 % (within 1e-9), like FW-WEIGHT-01 for the baseline. Fix: change the other weights too.
 */
public final class FW_SCEN_01_ScenarioWeightsSumTo100 extends Rule<Scenario> {

    /** The rule's code. */
    public static final String CODE = "FW-SCEN-01";

    /** The rule. */
    public FW_SCEN_01_ScenarioWeightsSumTo100() {
        super(CODE, Severity.ERROR, Scenario.class);
    }

    @Override
    protected void check(Scenario scenario, Consumer<ModelDiagnostic> sink) {
        Map<AggregationRule, Map<ModelElement, Double>> changed = new LinkedHashMap<>();
        for (SchemeChange change : scenario.getChanges()) {
            if (change instanceof WeightChange weightChange && weightChange.getRule() != null) {
                changed.computeIfAbsent(weightChange.getRule(), FW_SCEN_01_ScenarioWeightsSumTo100::weights)
                    .put(weightChange.getPart(), weightChange.getPercent());
            }
        }
        changed.forEach((rule, weights) -> {
            double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
            if (!AggregationRuleQuery.isWhole(sum)) {
                report(sink, scenario, FrameworkPackage.Literals.SCENARIO__CHANGES, "after its weight changes, the"
                    + " weights of aggregation rule " + ElementNames.ref(rule) + " sum to " + SchemeQueries.number(sum)
                    + " %, not 100 %");
            }
        });
    }

    private static Map<ModelElement, Double> weights(AggregationRule rule) {
        Map<ModelElement, Double> weights = new LinkedHashMap<>();
        for (Weight weight : rule.getWeights()) {
            weights.merge(weight.getPart(), weight.getPercent(), Double::sum);
        }
        return weights;
    }
}
