package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.Denomination;
import org.framewright.scoring.Denominations;
import org.framewright.scoring.OutlierTreatments;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-TREAT-02: a denomination's parameters make sense: at least one indicator, one denominator (an indicator or a
 * data column id, not the indicator itself), a positive multiplier, each indicator divided once. The checks are the
 * scoring engine's ({@link Denominations#problems}), so whatever this rejects, scoring refuses. Fix: the value the
 * message asks for.
 */
public final class FW_TREAT_02_DenominationParameters extends Rule<Denomination> {

    /** The rule's code. */
    public static final String CODE = Denominations.RULE;

    /** The rule. */
    public FW_TREAT_02_DenominationParameters() {
        super(CODE, Severity.ERROR, Denomination.class);
    }

    @Override
    protected void check(Denomination denomination, Consumer<ModelDiagnostic> sink) {
        for (OutlierTreatments.Problem problem : Denominations.problems(denomination)) {
            report(sink, denomination, problem.feature(), problem.text());
        }
    }
}
