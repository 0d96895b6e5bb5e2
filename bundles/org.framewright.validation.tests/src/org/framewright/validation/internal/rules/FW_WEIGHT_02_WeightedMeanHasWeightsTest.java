package org.framewright.validation.internal.rules;

import org.framewright.model.*;

/** Rule FW-WEIGHT-02: fixture plus oracle, one violating and one clean element. */
class FW_WEIGHT_02_WeightedMeanHasWeightsTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aWeightedMeanWithoutWeightsIsReported() {
        AggregationRule broken = fx.aggregation("agg-broken", AggregationMethod.WEIGHTED_MEAN, InputSelection.GROUPS);

        fx.assertReportsOnly(FW_WEIGHT_02_WeightedMeanHasWeights.CODE, broken, fx.topRule);
    }
}
