package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.*;

/** Rule FW-AGG-04: fixture plus oracle, one violating and one clean element. */
class FW_AGG_04_LevelValueInputsAreRatedTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aggregatingLevelValuesOfUnratedChildrenIsReported() {
        AggregationRule broken = fx.aggregation("agg-broken", AggregationMethod.MEAN, InputSelection.CHILDREN);
        broken.setInputValue(InputValue.LEVEL_VALUE);
        fx.topRule.getAreas().clear();
        broken.getAreas().add(fx.top);
        fx.leaves.getAreas().remove(fx.a2);

        fx.assertReportsOnly(FW_AGG_04_LevelValueInputsAreRated.CODE, broken, fx.leaves);
        assertTrue(fx.diagnostics(FW_AGG_04_LevelValueInputsAreRated.CODE).get(0).message()
            .endsWith("aggregates level values, but these inputs get no level in the scheme: a2"));
    }
}
