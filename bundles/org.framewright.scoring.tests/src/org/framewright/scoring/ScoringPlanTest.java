package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.framewright.scoring.ScoringPlan.PlannedNode;
import org.junit.jupiter.api.Test;

/** A plan is compiled once and scores many data sets (as the simulation does). */
class ScoringPlanTest {

    @Test
    void aPlanOrdersTheNodesAndScoresManyDataSets() {
        TinyFramework tiny = new TinyFramework();
        ScoringPlan plan = ScoringPlan.compile(tiny.framework, tiny.scheme);
        assertEquals(List.of("A1", "A2", "A", "B", "overall"), plan.nodes().stream().map(PlannedNode::id).toList());
        assertSame(tiny.ruleA, plan.nodes().get(2).rule());
        assertSame(tiny.indicatorRule, plan.ruleFor(tiny.x));
        ScoringResult first = plan.score(ScoringEngineTest.threeCouncils().build(), null, ScoringMonitor.NONE);
        ScoringResult second = plan.score(new CouncilData().value("c9", "X", 1.0).value("c9", "B", 2.0).build(), null,
            ScoringMonitor.NONE);
        assertEquals(3.0, first.council("c1").overall().score());
        // c9: A1 = 1, A2 unscored, A = 1, overall (1 + 2) / 2 = 1.5
        assertEquals(1.5, second.council("c9").overall().score());
        assertEquals(List.of("X", "A1", "A2", "A", "B", "overall"), second.nodeIds(), "only indicators with data");
    }

    @Test
    void matrixRowsAndLimiterConditionsAreScoredBeforeTheNodeThatReadsThem() {
        var framework = SampleFrameworks.load("csci-2006.framework");
        ScoringPlan plan = ScoringPlan.compile(framework, SampleFrameworks.scheme(framework, "star-rating"));
        List<String> order = plan.nodes().stream().map(PlannedNode::id).toList();
        assertEquals(List.of("O1", "O2", "O3", "O4", "O5", "O6", "O7", "delivery", "L", "C", "capacity", "overall"), order);
    }
}
