package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.AvailabilityScreen;
import org.framewright.scoring.AvailabilityScreens;
import org.framewright.scoring.OutlierTreatments;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-TREAT-04: an availability screen's minimum percent is from 0 to 100. The checks are the scoring engine's
 * ({@link AvailabilityScreens#problems}), so whatever this rejects, scoring refuses. Fix: the value the message
 * asks for.
 */
public final class FW_TREAT_04_AvailabilityScreen extends Rule<AvailabilityScreen> {

    /** The rule's code. */
    public static final String CODE = AvailabilityScreens.RULE;

    /** The rule. */
    public FW_TREAT_04_AvailabilityScreen() {
        super(CODE, Severity.ERROR, AvailabilityScreen.class);
    }

    @Override
    protected void check(AvailabilityScreen availabilityScreen, Consumer<ModelDiagnostic> sink) {
        for (OutlierTreatments.Problem problem : AvailabilityScreens.problems(availabilityScreen)) {
            report(sink, availabilityScreen, problem.feature(), problem.text());
        }
    }
}
