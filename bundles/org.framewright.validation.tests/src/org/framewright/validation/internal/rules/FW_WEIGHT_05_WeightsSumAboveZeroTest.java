package org.framewright.validation.internal.rules;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.InputSelection;
import org.junit.jupiter.api.Test;

/** Rule FW-WEIGHT-05: fixture plus oracle, one violating and one clean element. */
class FW_WEIGHT_05_WeightsSumAboveZeroTest {

    private final Fixture fx = new Fixture();

    @Test
    void weightsSummingToZeroAreReported() {
        AggregationRule zero = fx.aggregation("agg-zero", AggregationMethod.MEAN, InputSelection.GROUPS);
        zero.getWeights().add(Fixture.weight(fx.g1, 0));
        zero.getWeights().add(Fixture.weight(fx.g2, 0));

        fx.assertReportsOnly(FW_WEIGHT_05_WeightsSumAboveZero.CODE, zero, fx.topRule);
    }
}
