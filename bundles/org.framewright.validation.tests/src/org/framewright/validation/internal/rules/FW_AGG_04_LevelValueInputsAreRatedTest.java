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

    @org.junit.jupiter.api.Test
    void theOverallResultOverIndicatorsNeedsEveryIndicatorOfTheFrameworkBanded() {
        // the overall result reads every indicator of the framework (the model's queries, issue 13), not only the
        // top-level areas' (top has none here): i3 of the nested area a1 has no banded rule
        Indicator unbanded = fx.indicator("i3", Polarity.HIGHER_IS_BETTER, null);
        fx.a1.getIndicators().add(unbanded);
        fx.leaves.setInputValue(InputValue.SCORE);
        AggregationRule overall = fx.aggregation("agg-overall-2", AggregationMethod.MEAN, InputSelection.INDICATORS);
        overall.setInputValue(InputValue.LEVEL_VALUE);
        overall.setOverall(true);

        fx.assertReportsOnly(FW_AGG_04_LevelValueInputsAreRated.CODE, overall, fx.leaves);
        assertTrue(fx.diagnostics(FW_AGG_04_LevelValueInputsAreRated.CODE).get(0).message()
            .endsWith("these inputs get no level in the scheme: i3"));
    }

    @org.junit.jupiter.api.Test
    void aLeafAreaIsNotItsOwnLeafInput() {
        // the leaf areas of a node are those below it: a1 and a2 have none, so their unrated selves are no input
        AggregationRule leafRule = fx.aggregation("agg-leaf", AggregationMethod.MEAN, InputSelection.LEAF_AREAS);
        leafRule.setInputValue(InputValue.LEVEL_VALUE);
        fx.leaves.getAreas().clear();
        leafRule.getAreas().addAll(java.util.List.of(fx.a1, fx.a2));

        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(),
            fx.diagnostics(FW_AGG_04_LevelValueInputsAreRated.CODE));
    }
}
