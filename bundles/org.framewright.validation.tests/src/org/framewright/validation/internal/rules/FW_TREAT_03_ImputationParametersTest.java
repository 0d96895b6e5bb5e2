package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.framewright.model.ComparatorKind;
import org.framewright.model.Imputation;
import org.framewright.model.ImputationMethod;
import org.framewright.validation.ModelDiagnostic;
import org.junit.jupiter.api.Test;

/** Rule FW-TREAT-03: fixture plus oracle, each bad parameter an error naming the imputation and the parameter. */
class FW_TREAT_03_ImputationParametersTest {

    private static final String CODE = FW_TREAT_03_ImputationParameters.CODE;

    private final Fixture fx = new Fixture();

    private Imputation imputation(String id, ImputationMethod method) {
        Imputation imputation = Fixture.named(Fixture.F.createImputation(), id);
        imputation.setMethod(method);
        fx.scheme.getImputations().add(imputation);
        return imputation;
    }

    private List<String> problems() {
        return fx.diagnostics(CODE).stream().map(ModelDiagnostic::message)
            .map(m -> m.substring(m.indexOf(": ") + 2)).toList();
    }

    @Test
    void comparatorMedianOfNeighboursAndInterpolationOfOtherIndicatorsAreClean() {
        Imputation neighbours = imputation("imp-nn", ImputationMethod.COMPARATOR_MEDIAN);
        neighbours.getIndicators().add(fx.i1);
        neighbours.setComparator(ComparatorKind.SIMILAR_COUNCILS);
        imputation("imp-ts", ImputationMethod.LINEAR_INTERPOLATION).getIndicators().add(fx.i2);
        assertEquals(List.of(), problems());
    }

    @Test
    void aComparatorForATimeSeriesMethodIsReportedOnThatImputationOnly() {
        Imputation bad = imputation("imp-bad", ImputationMethod.LATEST_EARLIER);
        bad.getIndicators().add(fx.i1);
        bad.setComparator(ComparatorKind.REGIONAL);
        Imputation good = imputation("imp-good", ImputationMethod.COMPARATOR_MEAN);
        good.getIndicators().add(fx.i2);
        fx.assertReportsOnly(CODE, bad, good);
        assertEquals(List.of("comparator regional is given but the method latest earlier reads the council's own "
            + "periods; comparator applies to comparator mean and median only"), problems());
        assertEquals("comparator", fx.diagnostics(CODE).get(0).feature().getName());
    }

    @Test
    void anIndicatorTakesOneImputation() {
        imputation("imp-1", ImputationMethod.COMPARATOR_MEDIAN).getIndicators().add(fx.i1);
        Imputation second = imputation("imp-2", ImputationMethod.LATEST_EARLIER);
        second.getIndicators().add(fx.i1);
        assertEquals(List.of("indicator i1 is already imputed by imp-1; an indicator takes one imputation"),
            problems());
        fx.assertReportsOnly(CODE, second, fx.scheme.getImputations().get(0));
        fx.scheme.getImputations().remove(second);
        imputation("imp-all", ImputationMethod.COMPARATOR_MEAN);
        assertEquals(List.of("imputation imp-1 of the same scheme already imputes indicators this one imputes (it "
            + "names none, so all); an indicator takes one imputation"), problems());
    }
}
