package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.framewright.model.AvailabilityScreen;
import org.junit.jupiter.api.Test;

/**
 * The count of councils scored on the tiny framework (indicators X, Y, Z), worked by hand: C2 has 1 of the 3
 * indicators (33.3 %), so a 75 % availability screen leaves it unscored and the summary says so; without a screen
 * all three are scored.
 */
class ScoredCouncilsTest {

    private final TinyFramework tiny = new TinyFramework();

    private static CouncilData data() {
        return new CouncilData()
            .value("C1", "X", 2.0).value("C1", "Y", 3.0).value("C1", "Z", 4.0).value("C1", "B", 3.0)
            .value("C2", "X", 1.0).value("C2", "B", 4.0)
            .value("C3", "X", 4.0).value("C3", "Y", 1.0).value("C3", "Z", 2.0).value("C3", "B", 1.0);
    }

    @Test
    void councilsTheScreenLeavesUnscoredAreCountedApartWithTheScreensShare() {
        AvailabilityScreen screen = TinyFramework.F.createAvailabilityScreen();
        screen.setId("screen");
        tiny.scheme.setAvailabilityScreen(screen);
        ScoringResult result = tiny.score(data());
        assertEquals(Set.of("C2"), result.screened());
        ScoredCouncils counted = ScoredCouncils.of(result);
        assertEquals(new ScoredCouncils(2, 1, 0, screen), counted);
        assertEquals("2 councils scored, 1 not scored (availability screen: fewer than 75 % of indicators)",
            counted.summary());
    }

    @Test
    void withoutAScreenEveryCouncilWithAnOverallScoreIsScored() {
        ScoringResult result = tiny.score(data());
        assertEquals(Set.of(), result.screened());
        assertEquals("3 councils scored", ScoredCouncils.of(result).summary());
    }
}
