package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.framewright.model.AggregationMethod;
import org.framewright.model.Framework;
import org.framewright.model.MethodChange;
import org.framewright.model.MissingDataChange;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.Scenario;
import org.framewright.model.ScoringScheme;
import org.framewright.model.TargetChange;
import org.framewright.model.WeightChange;
import org.junit.jupiter.api.Test;

/** Scenarios are changed copies: the baseline never changes, the copy scores differently. */
class ScenariosTest {

    @Test
    void weightMethodMissingDataAndTargetChangesApplyToACopy() {
        TinyFramework tiny = new TinyFramework();
        Scenario scenario = TinyFramework.F.createScenario();
        WeightChange weight = TinyFramework.F.createWeightChange();
        weight.setRule(tiny.ruleA);
        weight.setPart(tiny.a2);
        weight.setPercent(90);
        MethodChange method = TinyFramework.F.createMethodChange();
        method.setRule(tiny.overall);
        method.setMethod(AggregationMethod.MINIMUM.id());
        MissingDataChange missing = TinyFramework.F.createMissingDataChange();
        missing.setRule(tiny.ruleA1);
        missing.setPolicy(MissingDataPolicy.FAIL);
        TargetChange target = TinyFramework.F.createTargetChange();
        target.setIndicator(tiny.z);
        target.setTarget(20.0);
        scenario.getChanges().add(weight);
        scenario.getChanges().add(method);
        scenario.getChanges().add(missing);
        scenario.getChanges().add(target);
        tiny.scheme.getScenarios().add(scenario);

        ScoringScheme changed = Scenarios.apply(tiny.scheme, scenario);

        assertNotSame(tiny.scheme, changed);
        assertEquals(40.0, tiny.ruleA.getWeights().get(1).getPercent(), "baseline unchanged");
        assertEquals(AggregationMethod.MEAN.id(), tiny.overall.getMethod(), "baseline unchanged");
        assertEquals(10.0, tiny.z.getTarget(), "baseline unchanged");
        Framework copy = (Framework) changed.eContainer();
        assertEquals(20.0, copy.getIndicators().get(2).getTarget());
        ScoringResult result = ScoringEngine.score(tiny.framework, changed, ScoringEngineTest.threeCouncils().build(), null);
        // c2: A1 fails (Y missing) -> A = A2 = 1; overall = min(1, B 1) = 1
        // c1: A = (60 x 3 + 90 x 3) / 150 = 3 -> overall min(3, 3) = 3
        assertEquals(1.0, result.council("c2").overall().score());
        assertEquals(3.0, result.council("c1").overall().score());
        // the changed weight shows in the effective weights: 60 / 150 = 40 % and 90 / 150 = 60 %
        assertEquals(40.0, result.get("c1", "A").inputs().get(0).weight(), 1e-12);
        assertEquals(60.0, result.get("c1", "A").inputs().get(1).weight(), 1e-12);
    }
}
