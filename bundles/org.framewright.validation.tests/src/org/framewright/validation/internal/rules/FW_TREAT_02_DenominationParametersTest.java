package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.framewright.model.Denomination;
import org.framewright.validation.ModelDiagnostic;
import org.junit.jupiter.api.Test;

/** Rule FW-TREAT-02: fixture plus oracle, each bad parameter an error naming the denomination and the parameter. */
class FW_TREAT_02_DenominationParametersTest {

    private final Fixture fx = new Fixture();

    private Denomination denomination(String id) {
        Denomination denomination = Fixture.named(Fixture.F.createDenomination(), id);
        fx.scheme.getDenominations().add(denomination);
        return denomination;
    }

    private List<String> problems() {
        return fx.diagnostics(CODE).stream().map(ModelDiagnostic::message)
            .map(m -> m.substring(m.indexOf(": ") + 2)).toList();
    }

    private static final String CODE = FW_TREAT_02_DenominationParameters.CODE;

    @Test
    void aPopulationColumnPer100000AndAnIndicatorAsDenominatorAreClean() {
        Denomination perPopulation = denomination("d-pop");
        perPopulation.getIndicators().add(fx.i1);
        perPopulation.setDenominatorColumn("pop-65");
        perPopulation.setMultiplier(100000);
        Denomination share = denomination("d-share");
        share.getIndicators().add(fx.i2);
        share.setDenominatorIndicator(fx.i1);
        assertEquals(List.of(), problems());
    }

    @Test
    void aBadDenominationIsReportedOnItselfNotOnTheGoodOne() {
        Denomination bad = denomination("d-bad");
        bad.getIndicators().add(fx.i1);
        bad.setMultiplier(0);
        Denomination good = denomination("d-good");
        good.getIndicators().add(fx.i2);
        good.setDenominatorColumn("pop-18-64");
        fx.assertReportsOnly(CODE, bad, good);
        assertEquals(List.of("it has no denominator: give denominatorIndicator (another indicator) or denominatorColumn "
            + "(an id of the data, e.g. pop-65)", "multiplier is 0; expected a positive number (100000: per 100,000)"),
            problems());
        ModelDiagnostic first = fx.diagnostics(CODE).get(0);
        assertEquals(true, first.message().contains("'d-bad'"), first.message());
        assertEquals("denominatorIndicator", first.feature().getName());
    }

    @Test
    void noIndicatorTwoDenominatorsItselfABadColumnAndAnIndicatorDividedTwice() {
        Denomination none = denomination("d-none");
        none.setDenominatorColumn("pop 65");
        assertEquals(List.of("it names no indicator to divide",
            "denominatorColumn 'pop 65' is no id of the data (letters, digits, '.', '_', '-')"), problems());
        fx.scheme.getDenominations().clear();
        Denomination first = denomination("d-1");
        first.getIndicators().add(fx.i1);
        first.setDenominatorColumn("pop");
        Denomination second = denomination("d-2");
        second.getIndicators().add(fx.i1);
        second.getIndicators().add(fx.i2);
        second.setDenominatorIndicator(fx.i2);
        second.setDenominatorColumn("pop");
        assertEquals(List.of("it gives both denominatorIndicator i2 and denominatorColumn 'pop'; give one",
            "indicator i2 is divided by itself",
            "indicator i1 is already denominated by d-1; an indicator is divided once"), problems());
    }
}
