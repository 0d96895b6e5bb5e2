package org.framewright.validation.internal.rules;

import org.framewright.model.*;

/** Rule FW-MATRIX-03: fixture plus oracle, one violating and one clean element. */
class FW_MATRIX_03_MatrixDefinedTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aMatrixRuleWithoutMatrixIsReported() {
        AggregationRule broken = fx.aggregation("agg-broken", AggregationMethod.MATRIX, InputSelection.CHILDREN);

        fx.assertReportsOnly(FW_MATRIX_03_MatrixDefined.CODE, broken, fx.overall);
    }

    @org.junit.jupiter.api.Test
    void aMatrixWhoseRowNodeIsRatedOnNoScaleIsReported() {
        fx.leaves.setScale(null);

        fx.assertReportsOnly(FW_MATRIX_03_MatrixDefined.CODE, fx.matrix, fx.overall);
    }
}
