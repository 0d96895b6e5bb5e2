package org.framewright.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.IndicatorRule;
import org.framewright.model.InputSelection;
import org.junit.jupiter.api.Test;

/** What a scheme scores, and the containers and walks the other queries stand on. */
class SchemeQueryTest {

    private final QueryFixture fx = new QueryFixture();

    @Test
    void theFirstRuleNamingAnAreaComputesItAndItsScaleRatesIt() {
        AggregationRule first = fx.rule("first", InputSelection.CHILDREN, fx.top);
        first.setBanding(fx.bands);
        AggregationRule second = fx.rule("second", InputSelection.CHILDREN, fx.top, fx.a2);
        second.setScale(fx.stars);
        SchemeQuery query = new SchemeQuery(fx.scheme);
        assertSame(first, query.ruleComputing(fx.top));
        assertSame(fx.grade, query.ratingScaleOf(fx.top));
        assertSame(fx.stars, query.ratingScaleOf(fx.a2));
        assertNull(query.ratingScaleOf(fx.leaf));
        assertEquals(Set.of(fx.top, fx.a2), query.ratedAreas());
    }

    @Test
    void anAreaRatedByNoFirstRuleIsNotRatedEvenIfALaterRuleHasAScale() {
        fx.rule("first", InputSelection.CHILDREN, fx.top);
        fx.rule("second", InputSelection.CHILDREN, fx.top).setScale(fx.stars);
        assertEquals(Set.of(), new SchemeQuery(fx.scheme).ratedAreas());
    }

    @Test
    void theOverallRuleIsTheFirstWithOverallSet() {
        SchemeQuery query = new SchemeQuery(fx.scheme);
        assertNull(query.overallRule());
        fx.rule("areas", InputSelection.CHILDREN, fx.top);
        AggregationRule overall = fx.rule("overall", InputSelection.CHILDREN);
        overall.setOverall(true);
        fx.rule("later", InputSelection.CHILDREN).setOverall(true);
        assertSame(overall, query.overallRule());
    }

    @Test
    void anIndicatorRuleWithoutIndicatorsAppliesToEveryIndicatorOfTheFramework() {
        IndicatorRule all = FrameworkFactory.eINSTANCE.createIndicatorRule();
        fx.scheme.getIndicatorRules().add(all);
        assertEquals(fx.framework.getIndicators(), new IndicatorRuleQuery(all).indicators());
        all.getIndicators().add(fx.i2);
        assertEquals(List.of(fx.i2), new IndicatorRuleQuery(all).indicators());
        assertEquals(List.of(), new IndicatorRuleQuery(FrameworkFactory.eINSTANCE.createIndicatorRule()).indicators());
    }

    @Test
    void bandedIndicatorsAndScoredNodes() {
        IndicatorRule banded = FrameworkFactory.eINSTANCE.createIndicatorRule();
        banded.getIndicators().add(fx.i1);
        banded.setBanding(fx.bands);
        IndicatorRule plain = FrameworkFactory.eINSTANCE.createIndicatorRule();
        plain.getIndicators().add(fx.i2);
        fx.scheme.getIndicatorRules().addAll(List.of(banded, plain));
        fx.rule("r", InputSelection.INDICATORS, fx.a1);
        SchemeQuery query = new SchemeQuery(fx.scheme);
        assertEquals(Set.of(fx.i1), query.bandedIndicators());
        assertTrue(query.scores(fx.i2));
        assertFalse(query.scores(fx.i3));
        assertTrue(query.scores(fx.a1));
        assertFalse(query.scores(fx.a2));
    }

    @Test
    void anElementKnowsItsSchemeAndFramework() {
        AggregationRule rule = fx.rule("r", InputSelection.CHILDREN, fx.top);
        assertSame(fx.scheme, new ElementQuery(rule).scheme());
        assertSame(fx.framework, new ElementQuery(rule).framework());
        assertSame(fx.framework, new ElementQuery(fx.framework).framework());
        assertNull(new ElementQuery(fx.a1).scheme());
        assertNull(new ElementQuery(null).framework());
    }

    @Test
    void theAreaTreeWalksChildrenFirstAndFindsItsLeaves() {
        assertEquals(List.of("a1", "a21", "a2", "top", "leaf"),
            QueryFixture.ids(AreaTree.postOrder(fx.framework.getAreas())));
        assertEquals(List.of("a1", "a21", "leaf"), QueryFixture.ids(AreaTree.leaves(fx.framework.getAreas())));
    }
}
