package org.framewright.validation.internal.rules;

import org.framewright.model.*;

/** Rule FW-AGG-03: fixture plus oracle, one violating and one clean element. */
class FW_AGG_03_PercentOfMaximumHasMaximumTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void percentOfMaximumWithoutMaximumIsReported() {
        AggregationRule clean = fx.aggregation("agg-clean", AggregationMethod.PERCENT_OF_MAXIMUM, InputSelection.CHILDREN);
        clean.setMaximum(4);
        fx.leaves.setMethod(AggregationMethod.PERCENT_OF_MAXIMUM.id());

        fx.assertReportsOnly(FW_AGG_03_PercentOfMaximumHasMaximum.CODE, fx.leaves, clean);
    }
}
