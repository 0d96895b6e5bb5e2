package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.framewright.model.AvailabilityScreen;
import org.framewright.model.ScoringScheme;
import org.framewright.validation.ModelDiagnostic;
import org.junit.jupiter.api.Test;

/** Rule FW-TREAT-04: fixture plus oracle, a screen outside 0..100 % reported on that screen only. */
class FW_TREAT_04_AvailabilityScreenTest {

    private static final String CODE = FW_TREAT_04_AvailabilityScreen.CODE;

    private final Fixture fx = new Fixture();

    private AvailabilityScreen screen(ScoringScheme scheme, String id, double percent) {
        AvailabilityScreen screen = Fixture.named(Fixture.F.createAvailabilityScreen(), id);
        screen.setMinimumPercent(percent);
        scheme.setAvailabilityScreen(screen);
        return screen;
    }

    @Test
    void zeroSeventyFiveAndAHundredAreClean() {
        for (double percent : new double[] {0, 75, 100}) {
            screen(fx.scheme, "screen", percent);
            assertEquals(List.of(), fx.diagnostics(CODE));
        }
    }

    @Test
    void aScreenOutsideZeroToAHundredIsAnError() {
        AvailabilityScreen bad = screen(fx.scheme, "screen-bad", 120);
        ScoringScheme other = Fixture.named(Fixture.F.createScoringScheme(), "other");
        fx.framework.getSchemes().add(other);
        AvailabilityScreen good = screen(other, "screen-good", 75);
        fx.assertReportsOnly(CODE, bad, good);
        ModelDiagnostic found = fx.diagnostics(CODE).get(0);
        assertEquals(true, found.message().contains("'screen-bad'") && found.message().endsWith(
            ": minimumPercent is 120; expected a percentage from 0 to 100"), found.message());
        assertEquals("minimumPercent", found.feature().getName());
        bad.setMinimumPercent(-5);
        assertEquals(true, fx.diagnostics(CODE).get(0).message().endsWith("minimumPercent is -5; expected a "
            + "percentage from 0 to 100"));
    }
}
