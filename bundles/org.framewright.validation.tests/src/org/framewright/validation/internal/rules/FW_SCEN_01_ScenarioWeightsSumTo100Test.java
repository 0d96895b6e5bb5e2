package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.*;

/** Rule FW-SCEN-01: fixture plus oracle, one violating and one clean element. */
class FW_SCEN_01_ScenarioWeightsSumTo100Test {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aScenarioLeavingWeightsAt90PercentIsReported() {
        Scenario clean = scenario("equal", 50, 50);
        Scenario broken = scenario("lopsided", 50, 40);

        fx.assertReportsOnly(FW_SCEN_01_ScenarioWeightsSumTo100.CODE, broken, clean);
        assertTrue(fx.diagnostics(FW_SCEN_01_ScenarioWeightsSumTo100.CODE).get(0).message()
            .endsWith("after its weight changes, the weights of aggregation rule 'agg-top' sum to 90 %, not 100 %"));
    }

    private Scenario scenario(String id, double first, double second) {
        Scenario scenario = Fixture.named(Fixture.F.createScenario(), id);
        scenario.getChanges().add(change(fx.g1, first));
        scenario.getChanges().add(change(fx.g2, second));
        fx.scheme.getScenarios().add(scenario);
        return scenario;
    }

    private WeightChange change(ModelElement part, double percent) {
        WeightChange change = Fixture.F.createWeightChange();
        change.setRule(fx.topRule);
        change.setPart(part);
        change.setPercent(percent);
        return change;
    }
}
