package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.*;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.ModelDiagnostic;

/** Rule FW-NUM-01: fixture plus oracle, one violating and one clean element. */
class FW_NUM_01_NumbersFiniteTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void anInfiniteBoundIsReportedByElementPathAndFeature() {
        Band broken = fx.bands.getBands().get(1);
        broken.setUpper(Double.parseDouble("1e309"));

        fx.assertReportsOnly(FW_NUM_01_NumbersFinite.CODE, broken, fx.bands.getBands().get(0));
        ModelDiagnostic diagnostic = fx.diagnostics(FW_NUM_01_NumbersFinite.CODE).get(0);
        assertEquals(FrameworkPackage.Literals.BAND__UPPER, diagnostic.feature());
        assertEquals("fx/s/bands/b2", diagnostic.elementPath());
        assertTrue(diagnostic.message().endsWith("upper is infinity (a number above about 1.8e308 reads as infinity);"
            + " expected a finite number"), diagnostic.message());
    }

    @org.junit.jupiter.api.Test
    void notANumberStepMaximumAndTargetAreEachReported() {
        fx.bands.setStep(Double.NaN);
        fx.leaves.setMethod(AggregationMethod.PERCENT_OF_MAXIMUM.id());
        fx.leaves.setMaximum(Double.POSITIVE_INFINITY);
        fx.i2.setTarget(Double.NEGATIVE_INFINITY);

        List<ModelDiagnostic> found = fx.diagnostics(FW_NUM_01_NumbersFinite.CODE);

        assertEquals(List.of(fx.i2, fx.bands, fx.leaves), found.stream().map(ModelDiagnostic::element).toList(),
            found::toString);
        assertTrue(found.get(1).message().contains("step is NaN"), found::toString);
        // the other rules word such values too instead of failing on them
        assertTrue(FrameworkValidation.validate(fx.framework).stream().noneMatch(d -> d.message().contains("Exception")));
    }
}
