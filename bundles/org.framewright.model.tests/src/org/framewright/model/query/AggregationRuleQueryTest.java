package org.framewright.model.query;

import static org.framewright.model.query.QueryFixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.InputSelection;
import org.framewright.model.Weight;
import org.junit.jupiter.api.Test;

/** The questions about an aggregation rule, above all those whose copies disagreed before issue 13. */
class AggregationRuleQueryTest {

    private final QueryFixture fx = new QueryFixture();

    @Test
    void aRuleWithBandingAndScaleRatesOnTheBandingsScale() {
        // io's data range check took the rule's own scale first; scoring and validation, the banding's
        AggregationRule rule = fx.rule("r", InputSelection.DIRECT, fx.leaf);
        rule.setScale(fx.stars);
        rule.setBanding(fx.bands);
        assertSame(fx.grade, new AggregationRuleQuery(rule).ratingScale());
    }

    @Test
    void withoutBandingTheRuleRatesOnItsScaleAndWithNeitherOnNone() {
        AggregationRule rule = fx.rule("r", InputSelection.DIRECT, fx.leaf);
        assertNull(new AggregationRuleQuery(rule).ratingScale());
        rule.setScale(fx.stars);
        assertSame(fx.stars, new AggregationRuleQuery(rule).ratingScale());
    }

    @Test
    void theOverallResultOverIndicatorsReadsEveryIndicatorOfTheFramework() {
        // FW-AGG-04 read only the top-level areas' indicators (i3 here); scoring and the Properties view read all
        AggregationRule overall = fx.rule("r", InputSelection.INDICATORS);
        overall.setOverall(true);
        assertEquals(List.of("i1", "i2", "i3", "loose"), ids(new AggregationRuleQuery(overall).inputsOf(null)));
        assertEquals(List.of("i1", "i2", "i3", "loose"), ids(new AggregationRuleQuery(overall).inputs()));
    }

    @Test
    void anAreaOverIndicatorsReadsItsOwnIndicatorsOnly() {
        AggregationRule rule = fx.rule("r", InputSelection.INDICATORS, fx.top, fx.a21);
        AggregationRuleQuery query = new AggregationRuleQuery(rule);
        assertEquals(List.of(), ids(query.inputsOf(fx.top)));
        assertEquals(List.of("i2"), ids(query.inputsOf(fx.a21)));
    }

    @Test
    void theLeafAreasOfANodeAreTheLeavesBelowItNotTheNodeItself() {
        // FW-AGG-04 counted a leaf area as its own leaf input; scoring reads the leaves below the node
        AggregationRule rule = fx.rule("r", InputSelection.LEAF_AREAS, fx.top, fx.leaf);
        AggregationRuleQuery query = new AggregationRuleQuery(rule);
        assertEquals(List.of("a1", "a21"), ids(query.inputsOf(fx.top)));
        assertEquals(List.of(), ids(query.inputsOf(fx.leaf)));
        assertEquals(List.of("a1", "a21"), ids(query.inputs()));
    }

    @Test
    void theOverallResultOverLeafAreasOrChildrenReadsTheWholeTree() {
        AggregationRule leaves = fx.rule("leaves", InputSelection.LEAF_AREAS);
        leaves.setOverall(true);
        assertEquals(List.of("a1", "a21", "leaf"), ids(new AggregationRuleQuery(leaves).inputsOf(null)));
        AggregationRule children = fx.rule("children", InputSelection.CHILDREN);
        children.setOverall(true);
        assertEquals(List.of("top", "leaf"), ids(new AggregationRuleQuery(children).inputsOf(null)));
    }

    @Test
    void aRuleComputingAreasAndTheOverallResultHasTheInputsOfBoth() {
        // FW-AGG-04, FW-REF-05 and the Properties view ignored the areas of an overall rule; scoring computes both
        AggregationRule rule = fx.rule("r", InputSelection.CHILDREN, fx.a2);
        rule.setOverall(true);
        assertEquals(List.of("a21", "top", "leaf"), ids(new AggregationRuleQuery(rule).inputs()));
    }

    @Test
    void dataInputsAreTheFrameworksPartsAndDirectInputsNone() {
        fx.framework.getDisaggregations().add(FrameworkFactory.eINSTANCE.createDisaggregation());
        AggregationRule groups = fx.rule("groups", InputSelection.GROUPS, fx.leaf);
        assertEquals(fx.framework.getDisaggregations(), new AggregationRuleQuery(groups).inputs());
        AggregationRule direct = fx.rule("direct", InputSelection.DIRECT, fx.leaf);
        assertEquals(List.of(), new AggregationRuleQuery(direct).inputs());
    }

    @Test
    void aRuleOfNoFrameworkReadsItsAreasStructureOnly() {
        AggregationRule rule = FrameworkFactory.eINSTANCE.createAggregationRule();
        rule.setInputs(InputSelection.CHILDREN);
        rule.getAreas().add(fx.top);
        rule.setOverall(true);
        assertEquals(List.of("a1", "a2"), ids(new AggregationRuleQuery(rule).inputs()));
        assertEquals(List.of("top", "leaf"), ids(new AggregationRuleQuery(rule, fx.framework).inputs().subList(2, 4)));
    }

    @Test
    void theWeightOfAPartIsTheFirstNamingItById() {
        AggregationRule rule = fx.rule("r", InputSelection.CHILDREN, fx.top);
        rule.setMethod(AggregationMethod.WEIGHTED_MEAN.id());
        Weight first = weight(rule, 60);
        weight(rule, 40);
        assertSame(first, new AggregationRuleQuery(rule).weightOf("a1"));
        assertNull(new AggregationRuleQuery(rule).weightOf("a2"));
    }

    @Test
    void weightsMakeTheWholeWhenTheySumTo100WithinRounding() {
        // FW-WEIGHT-01, FW-SCEN-01 and the editor's weights section each held the tolerance and the test themselves
        AggregationRule rule = fx.rule("r", InputSelection.CHILDREN, fx.top);
        assertEquals(0, new AggregationRuleQuery(rule).weightSum());
        weight(rule, 40);
        for (int i = 0; i < 4; i++) {
            weight(rule, 15);
        }
        assertEquals(100, new AggregationRuleQuery(rule).weightSum(), 1e-12);
        assertTrue(AggregationRuleQuery.isWhole(new AggregationRuleQuery(rule).weightSum()));
        assertTrue(AggregationRuleQuery.isWhole(0.1 + 0.2 + 99.7), "decimal rounding is not a wrong sum");
        assertFalse(AggregationRuleQuery.isWhole(99.99));
        assertFalse(AggregationRuleQuery.isWhole(100.001));
    }

    private Weight weight(AggregationRule rule, double percent) {
        Weight weight = FrameworkFactory.eINSTANCE.createWeight();
        weight.setPart(fx.a1);
        weight.setPercent(percent);
        rule.getWeights().add(weight);
        return weight;
    }
}
