package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.Denomination;
import org.junit.jupiter.api.Test;

/**
 * Denomination, the first data treatment, on the tiny framework (X, Y, Z scored by value), worked by hand: X per
 * 100,000 of a population column {@code pop}, or X as a percentage of indicator Z.
 */
class DenominationsTest {

    private final TinyFramework tiny = new TinyFramework();

    private Denomination denominate(String column, double multiplier) {
        Denomination denomination = TinyFramework.F.createDenomination();
        denomination.setId("d-x");
        denomination.getIndicators().add(tiny.x);
        denomination.setDenominatorColumn(column);
        denomination.setMultiplier(multiplier);
        tiny.scheme.getDenominations().add(denomination);
        return denomination;
    }

    private static CouncilData data() {
        return new CouncilData()
            .value("C1", "X", 50.0).value("C1", "pop", 250000.0).value("C1", "Z", 12.0)
            .value("C2", "X", 30.0).value("C2", "pop", 0.0).value("C2", "Z", 0.0)
            .value("C3", "X", 12.0).value("C3", "Z", 48.0);
    }

    @Test
    void dividesByAPopulationColumnPer100000AndSaysSo() {
        denominate("pop", 100000);
        ScoringResult result = tiny.score(data());
        NodeResult c1 = result.get("C1", "X");
        assertEquals(20.0, c1.score()); // 50 / 250,000 x 100,000
        assertEquals(50.0, c1.rawValue());
        assertEquals(List.of("denominated (d-x): 50 / 250000 x 100000 -> 20"), c1.notes());
        assertTrue(c1.explanation().contains("denominated (d-x): 50 / 250000 x 100000 -> 20"), c1.explanation()
            .toString());
        NodeResult c2 = result.get("C2", "X");
        assertNull(c2.score());
        assertEquals(List.of("not denominated (d-x): pop is 0 in the data: missing"), c2.notes());
        assertEquals(List.of("not denominated (d-x): no value of pop in the data: missing"),
            result.get("C3", "X").notes());
        assertTrue(result.notes().contains("denomination d-x of indicator X: divided by pop x 100000 for 1 council(s); "
            + "2 without a value of pop left missing"), result.notes().toString());
        assertEquals(12.0, result.get("C1", "Z").score(), "other indicators are not divided");
    }

    @Test
    void dividesByAnotherIndicatorAsAPercentage() {
        Denomination denomination = denominate(null, 100);
        denomination.setDenominatorIndicator(tiny.z);
        ScoringResult result = tiny.score(data());
        assertEquals(416.666667, result.get("C1", "X").score(), 1e-6); // 50 / 12 x 100
        assertEquals(25.0, result.get("C3", "X").score()); // 12 / 48 x 100
        assertEquals(12.0, result.get("C1", "Z").score(), "the denominator keeps its own value");
    }

    @Test
    void refusesADenominatorColumnTheDataLacks() {
        denominate("pop-65", 100000);
        ScoringException refused = assertThrows(ScoringException.class, () -> tiny.score(data()));
        assertTrue(refused.getMessage().startsWith("FW-TREAT-02 denomination 'd-x' of indicator X: the data has no "
            + "values of column pop-65"), refused.getMessage());
    }

    @Test
    void refusesWhatValidationRejects() {
        denominate("pop", -1);
        ScoringException refused = assertThrows(ScoringException.class, () -> tiny.score(data()));
        assertEquals("FW-TREAT-02 denomination 'd-x' of scheme s: multiplier is -1; expected a positive number "
            + "(100000: per 100,000)", refused.getMessage());
    }
}
