package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.OutlierTreatment;
import org.framewright.scoring.OutlierTreatments;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-TREAT-01: an outlier treatment's parameters make sense: a winsorisation limit of 0 or more points, positive
 * skewness and kurtosis thresholds, a Box-Cox lambda from -5 to 5 (and none for another transform), each indicator
 * named once and treated by one treatment of the scheme. The checks are the scoring engine's
 * ({@link OutlierTreatments#problems}), so whatever this rejects, scoring refuses. Fix: the value the message asks
 * for.
 */
public final class FW_TREAT_01_TreatmentParameters extends Rule<OutlierTreatment> {

    /** The rule's code. */
    public static final String CODE = OutlierTreatments.RULE;

    /** The rule. */
    public FW_TREAT_01_TreatmentParameters() {
        super(CODE, Severity.ERROR, OutlierTreatment.class);
    }

    @Override
    protected void check(OutlierTreatment treatment, Consumer<ModelDiagnostic> sink) {
        for (OutlierTreatments.Problem problem : OutlierTreatments.problems(treatment)) {
            report(sink, treatment, problem.feature(), problem.text());
        }
    }
}
