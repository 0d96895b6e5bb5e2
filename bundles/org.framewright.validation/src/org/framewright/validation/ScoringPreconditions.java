package org.framewright.validation;

import java.util.List;

import org.framewright.model.Framework;

/**
 * The one check every scoring entry point makes before it scores (CLI {@code score}, {@code simulate},
 * {@code report}, {@code normalise --model}, {@code compare}, {@code benchmark-simulation}; the workbench may call it
 * too): a framework with validation errors is not scored, because its scores would be wrong or empty (a maximum of
 * 0, a duplicate id, a step of NaN) rather than refused.
 */
public final class ScoringPreconditions {

    private ScoringPreconditions() {
    }

    /**
     * The errors that keep {@code framework} from being scored, in model order; empty when it may be scored.
     * Warnings do not stop scoring and are left out.
     */
    public static List<ModelDiagnostic> errors(Framework framework) {
        return FrameworkValidation.validate(framework).stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }
}
