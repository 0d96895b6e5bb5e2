package org.framewright.validation.internal.rules;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.InputSelection;
import org.framewright.model.ModelElement;
import org.framewright.model.Scenario;
import org.framewright.model.Weight;
import org.framewright.model.WeightChange;
import org.junit.jupiter.api.Test;

/** Rule FW-WEIGHT-04: fixture plus oracle, one violating and one clean element. */
class FW_WEIGHT_04_WeightsFiniteAndNonNegativeTest {

    private final Fixture fx = new Fixture();

    @Test
    void aNegativeWeightOnAMeanRuleIsReported() {
        AggregationRule mean = fx.aggregation("agg-mean", AggregationMethod.MEAN, InputSelection.GROUPS);
        Weight negative = Fixture.weight(fx.g1, -20);
        Weight clean = Fixture.weight(fx.g2, 120);
        mean.getWeights().add(negative);
        mean.getWeights().add(clean);

        fx.assertReportsOnly(FW_WEIGHT_04_WeightsFiniteAndNonNegative.CODE, negative, clean);
        assertEquals("ERROR FW-WEIGHT-04 fx/s/agg-mean/weights[1]: Weight 1 of aggregation rule 'agg-mean':"
            + " the percent is -20 %; a weight is a share of the result and cannot be negative",
            fx.diagnostics(FW_WEIGHT_04_WeightsFiniteAndNonNegative.CODE).get(0).toString());
    }

    @Test
    void aScenarioWeightChangeToANegativeWeightIsReported() {
        Scenario scenario = Fixture.named(Fixture.F.createScenario(), "sc");
        fx.scheme.getScenarios().add(scenario);
        WeightChange negative = change(fx.g1, -10);
        WeightChange clean = change(fx.g2, 110);
        scenario.getChanges().add(negative);
        scenario.getChanges().add(clean);

        fx.assertReportsOnly(FW_WEIGHT_04_WeightsFiniteAndNonNegative.CODE, negative, clean);
    }

    private WeightChange change(ModelElement part, double percent) {
        WeightChange change = Fixture.F.createWeightChange();
        change.setRule(fx.topRule);
        change.setPart(part);
        change.setPercent(percent);
        return change;
    }

    @Test
    void aWeightThatIsNotANumberIsReportedOnceByFwNum01() {
        Weight notANumber = fx.topRule.getWeights().get(0);
        notANumber.setPercent(Double.NaN);

        fx.assertReportsOnly(FW_NUM_01_NumbersFinite.CODE, notANumber, fx.topRule.getWeights().get(1));
        assertEquals(List.of(), fx.diagnostics(FW_WEIGHT_04_WeightsFiniteAndNonNegative.CODE));
        assertEquals(List.of(), fx.diagnostics(FW_NUM_03_WeightPercentInRange.CODE));
    }
}
