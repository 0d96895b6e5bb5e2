package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.framewright.model.Scenario;
import org.framewright.model.WeightChange;
import org.junit.jupiter.api.Test;

/** Rule FW-REF-04: fixture plus oracle, one violating and one clean element. */
class FW_REF_04_ChangesNameTheirTargetsTest {

    private final Fixture fx = new Fixture();

    @Test
    void aWeightChangeWhosePartIsGoneIsReported() {
        Scenario scenario = Fixture.named(Fixture.F.createScenario(), "sc");
        fx.scheme.getScenarios().add(scenario);
        WeightChange clean = change(fx.g1, 60);
        WeightChange orphan = change(null, 40);
        scenario.getChanges().add(clean);
        scenario.getChanges().add(orphan);

        fx.assertReportsOnly(FW_REF_04_ChangesNameTheirTargets.CODE, orphan, clean);
        assertEquals("ERROR FW-REF-04 fx/s/sc/changes[2]: Weight change 2 of scenario 'sc': names no part"
            + " (was it deleted?), so it changes nothing",
            fx.diagnostics(FW_REF_04_ChangesNameTheirTargets.CODE).get(0).toString());
    }

    private WeightChange change(org.framewright.model.ModelElement part, double percent) {
        WeightChange change = Fixture.F.createWeightChange();
        change.setRule(fx.topRule);
        change.setPart(part);
        change.setPercent(percent);
        return change;
    }
}
