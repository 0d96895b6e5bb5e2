package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.framewright.model.OutlierTransform;
import org.framewright.model.OutlierTreatment;
import org.framewright.validation.ModelDiagnostic;
import org.junit.jupiter.api.Test;

/** Rule FW-TREAT-01: fixture plus oracle, each bad parameter an error naming the treatment and the parameter. */
class FW_TREAT_01_TreatmentParametersTest {

    private final Fixture fx = new Fixture();

    private OutlierTreatment treatment(String id) {
        OutlierTreatment treatment = Fixture.named(Fixture.F.createOutlierTreatment(), id);
        fx.scheme.getTreatments().add(treatment);
        return treatment;
    }

    private List<String> messages() {
        return fx.diagnostics(FW_TREAT_01_TreatmentParameters.CODE).stream().map(ModelDiagnostic::message).toList();
    }

    @Test
    void theDefaultsAndAGoodBoxCoxAreClean() {
        treatment("tr-all");
        fx.scheme.getTreatments().clear();
        OutlierTreatment good = treatment("tr-good");
        good.getIndicators().add(fx.i1);
        good.setTransform(OutlierTransform.BOX_COX);
        good.setLambda(-2.5);
        OutlierTreatment other = treatment("tr-other");
        other.getIndicators().add(fx.i2);
        other.setWinsorisationLimit(0);
        assertEquals(List.of(), messages());
    }

    @Test
    void aNegativeLimitIsReportedOnTheTreatment() {
        OutlierTreatment bad = treatment("tr-bad");
        bad.getIndicators().add(fx.i1);
        bad.setWinsorisationLimit(-1);
        OutlierTreatment good = treatment("tr-good");
        good.getIndicators().add(fx.i2);
        fx.assertReportsOnly(FW_TREAT_01_TreatmentParameters.CODE, bad, good);
        ModelDiagnostic found = fx.diagnostics(FW_TREAT_01_TreatmentParameters.CODE).get(0);
        assertEquals(true, found.message().contains("'tr-bad'") && found.message().endsWith(
            ": winsorisationLimit is -1; expected 0 or more points"), found.message());
        assertEquals("winsorisationLimit", found.feature().getName());
    }

    @Test
    void aLambdaOutOfRangeOrWithoutBoxCoxAndThresholdsThatAreNotPositive() {
        OutlierTreatment bad = treatment("tr-bad");
        bad.setTransform(OutlierTransform.BOX_COX);
        bad.setLambda(7);
        bad.setSkewnessThreshold(0);
        bad.setKurtosisThreshold(-3.5);
        List<String> messages = messages();
        assertEquals(3, messages.size(), messages.toString());
        assertEquals(true, messages.get(0).endsWith("skewnessThreshold is 0; expected a positive number"), messages.get(0));
        assertEquals(true, messages.get(1).endsWith("kurtosisThreshold is -3.5; expected a positive number"), messages.get(1));
        assertEquals(true, messages.get(2).endsWith("lambda is 7; the Box-Cox lambda must be from -5 to 5"), messages.get(2));
        bad.setTransform(OutlierTransform.LOG);
        bad.setLambda(0.5);
        bad.setSkewnessThreshold(2);
        bad.setKurtosisThreshold(3.5);
        assertEquals(List.of("lambda 0.5 is given but the transform is log; lambda applies to box-cox only"),
            messages().stream().map(m -> m.substring(m.indexOf(": ") + 2)).toList());
    }

    @Test
    void anIndicatorTakesOneTreatment() {
        OutlierTreatment first = treatment("tr-1");
        first.getIndicators().add(fx.i1);
        OutlierTreatment second = treatment("tr-2");
        second.getIndicators().add(fx.i2);
        second.getIndicators().add(fx.i1);
        fx.assertReportsOnly(FW_TREAT_01_TreatmentParameters.CODE, second, first);
        assertEquals(List.of("indicator i1 is already treated by treatment tr-1; an indicator takes one treatment"),
            messages().stream().map(m -> m.substring(m.indexOf(": ") + 2)).toList());
        OutlierTreatment all = treatment("tr-all");
        assertEquals(true, messages().get(1).endsWith("treatment tr-1 of the same scheme already treats indicators this"
            + " one treats (it names none, so all); an indicator takes one treatment"), messages().toString());
        assertEquals(all, fx.diagnostics(FW_TREAT_01_TreatmentParameters.CODE).get(1).element());
    }
}
