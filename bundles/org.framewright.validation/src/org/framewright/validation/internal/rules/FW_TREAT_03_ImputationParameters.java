package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.Imputation;
import org.framewright.scoring.Imputations;
import org.framewright.scoring.OutlierTreatments;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-TREAT-03: an imputation's parameters make sense: each indicator imputed by one imputation, a comparator only
 * for the comparator methods. The checks are the scoring engine's ({@link Imputations#problems}), so whatever this
 * rejects, scoring refuses. Fix: the value the message asks for.
 */
public final class FW_TREAT_03_ImputationParameters extends Rule<Imputation> {

    /** The rule's code. */
    public static final String CODE = Imputations.RULE;

    /** The rule. */
    public FW_TREAT_03_ImputationParameters() {
        super(CODE, Severity.ERROR, Imputation.class);
    }

    @Override
    protected void check(Imputation imputation, Consumer<ModelDiagnostic> sink) {
        for (OutlierTreatments.Problem problem : Imputations.problems(imputation)) {
            report(sink, imputation, problem.feature(), problem.text());
        }
    }
}
