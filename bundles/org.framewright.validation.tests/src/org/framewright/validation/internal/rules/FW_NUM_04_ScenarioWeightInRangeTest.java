package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.*;

/** Rule FW-NUM-04: fixture plus oracle, one violating and one clean element. */
class FW_NUM_04_ScenarioWeightInRangeTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aScenarioWeightAbove100IsReported() {
        Scenario scenario = Fixture.named(Fixture.F.createScenario(), "more");
        WeightChange clean = change(scenario, fx.g1, 0);
        WeightChange broken = change(scenario, fx.g2, 100.5);
        fx.scheme.getScenarios().add(scenario);

        fx.assertReportsOnly(FW_NUM_04_ScenarioWeightInRange.CODE, broken, clean);
        String message = fx.diagnostics(FW_NUM_04_ScenarioWeightInRange.CODE).get(0).message();
        assertTrue(message.contains("percent is 100.5; expected at most 100"), message);
    }

    private WeightChange change(Scenario scenario, ModelElement part, double percent) {
        WeightChange change = Fixture.F.createWeightChange();
        change.setRule(fx.topRule);
        change.setPart(part);
        change.setPercent(percent);
        scenario.getChanges().add(change);
        return change;
    }
}
