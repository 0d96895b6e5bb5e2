package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.framewright.model.*;

/** Rule FW-WEIGHT-01: fixture plus oracle, one violating and one clean element. */
class FW_WEIGHT_01_WeightsSumTo100Test {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void weightsSummingTo95PercentAreReported() {
        AggregationRule clean = fx.aggregation("agg-clean", AggregationMethod.WEIGHTED_MEAN, InputSelection.GROUPS);
        clean.getWeights().add(Fixture.weight(fx.g1, 33.3));
        clean.getWeights().add(Fixture.weight(fx.g2, 66.7));
        fx.topRule.getWeights().get(1).setPercent(35);

        fx.assertReportsOnly(FW_WEIGHT_01_WeightsSumTo100.CODE, fx.topRule, clean);
        assertEquals("ERROR FW-WEIGHT-01 fx/s/agg-top: Aggregation rule 'agg-top' (The agg-top) of scheme 's':"
            + " weights sum to 95 %, not 100 %", fx.diagnostics(FW_WEIGHT_01_WeightsSumTo100.CODE).get(0).toString());
    }
}
