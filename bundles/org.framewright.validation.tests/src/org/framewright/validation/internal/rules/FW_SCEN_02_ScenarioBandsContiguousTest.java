package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.BandChange;
import org.framewright.model.Scenario;
import org.junit.jupiter.api.Test;

/** Rule FW-SCEN-02: fixture plus oracle, one violating and one clean element. */
class FW_SCEN_02_ScenarioBandsContiguousTest {

    private final Fixture fx = new Fixture();

    @Test
    void aScenarioMovingOneBoundWithoutItsNeighbourIsReported() {
        Scenario clean = scenario("both-moved", 59, 60);
        Scenario broken = scenario("one-moved", 49, 60);

        fx.assertReportsOnly(FW_SCEN_02_ScenarioBandsContiguous.CODE, broken, clean);
        assertTrue(fx.diagnostics(FW_SCEN_02_ScenarioBandsContiguous.CODE).get(0).message().endsWith(
            "after its band changes, banding 'bands' has gap between bands 'b1' (0-49) and 'b2' (60-100): with step 1"
                + " the next band should start at 50"));
    }

    private Scenario scenario(String id, double firstUpper, double secondLower) {
        Scenario scenario = Fixture.named(Fixture.F.createScenario(), id);
        scenario.getChanges().add(change(0, 0, firstUpper));
        scenario.getChanges().add(change(1, secondLower, 100));
        fx.scheme.getScenarios().add(scenario);
        return scenario;
    }

    private BandChange change(int band, double lower, double upper) {
        BandChange change = Fixture.F.createBandChange();
        change.setBand(fx.bands.getBands().get(band));
        change.setLower(lower);
        change.setUpper(upper);
        return change;
    }
}
