package org.framewright.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.framewright.model.AvailabilityScreen;
import org.framewright.model.Denomination;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Imputation;
import org.framewright.model.ImputationMethod;
import org.framewright.model.OutlierTransform;
import org.framewright.model.OutlierTreatment;
import org.junit.jupiter.api.Test;

/**
 * The words that tell data treatments apart (labels of treatments without a name): what each treats and how, with the
 * model's defaults for a new treatment (winsorise up to 5, every indicator, 75 % of indicators).
 */
class TreatmentQueryTest {

    private static final FrameworkFactory F = FrameworkFactory.eINSTANCE;

    private final QueryFixture fx = new QueryFixture();

    @Test
    void anOutlierTreatmentNamesItsIndicatorsLimitAndTransform() {
        OutlierTreatment treatment = F.createOutlierTreatment();
        assertEquals("of every indicator (winsorise up to 5)", TreatmentQuery.describe(treatment), "a new one");
        treatment.getIndicators().add(fx.i1);
        assertEquals("of i1 (winsorise up to 5)", TreatmentQuery.describe(treatment));
        treatment.getIndicators().add(fx.i3);
        treatment.setWinsorisationLimit(2);
        treatment.setTransform(OutlierTransform.BOX_COX);
        treatment.setLambda(0.5);
        assertEquals("of i1, i3 (winsorise up to 2, then Box-Cox lambda 0.5)", TreatmentQuery.describe(treatment));
        treatment.setTransform(OutlierTransform.LOG);
        assertEquals("of i1, i3 (winsorise up to 2, then log)", TreatmentQuery.describe(treatment));
    }

    @Test
    void aDenominationNamesItsIndicatorsAndDenominator() {
        Denomination denomination = F.createDenomination();
        assertEquals("of (no indicator) per (no denominator)", TreatmentQuery.describe(denomination));
        denomination.getIndicators().add(fx.i1);
        denomination.setDenominatorColumn("adults_65_plus");
        denomination.setMultiplier(100000);
        assertEquals("of i1 per column adults_65_plus x 100000", TreatmentQuery.describe(denomination));
        denomination.setDenominatorIndicator(fx.i2);
        denomination.setMultiplier(1);
        assertEquals("of i1 per i2", TreatmentQuery.describe(denomination));
    }

    @Test
    void anImputationNamesItsMethodAndComparatorAndAScreenItsShare() {
        Imputation imputation = F.createImputation();
        imputation.setMethod(ImputationMethod.COMPARATOR_MEDIAN);
        assertEquals("of every indicator (comparator median of similar councils)", TreatmentQuery.describe(imputation));
        imputation.setMethod(ImputationMethod.LINEAR_INTERPOLATION);
        imputation.getIndicators().add(fx.i2);
        assertEquals("of i2 (linear interpolation)", TreatmentQuery.describe(imputation));
        AvailabilityScreen screen = F.createAvailabilityScreen();
        assertEquals("(75 % of indicators)", TreatmentQuery.describe(screen));
        screen.setMinimumPercent(62.5);
        assertEquals("(62.5 % of indicators)", TreatmentQuery.describe(screen));
        assertNull(TreatmentQuery.describe(fx.i1), "not a treatment");
    }
}
