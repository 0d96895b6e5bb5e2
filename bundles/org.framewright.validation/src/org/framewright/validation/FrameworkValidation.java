package org.framewright.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage;
import org.framewright.validation.internal.DiagnosticConverter;
import org.framewright.validation.internal.FrameworkDiagnostician;
import org.framewright.validation.internal.FrameworkValidator;

/**
 * Checks framework models. {@link #validate(Framework)} runs EMF's own checks (multiplicities, unique ids, ...)
 * and every Framewright rule (see {@code org.framewright.validation.internal.rules.Rules}) through EMF's
 * {@link org.eclipse.emf.ecore.util.Diagnostician}, so the workbench's markers and this API report the same.
 */
public final class FrameworkValidation {

    static {
        register();
    }

    private FrameworkValidation() {
    }

    /**
     * Registers the Framewright validator for the framework package in {@link EValidator.Registry#INSTANCE}, so
     * that any {@code Diagnostician} runs it. Idempotent; done when this class is first used and when the bundle
     * starts.
     */
    public static synchronized void register() {
        if (!(EValidator.Registry.INSTANCE.get(FrameworkPackage.eINSTANCE) instanceof FrameworkValidator)) {
            EValidator.Registry.INSTANCE.put(FrameworkPackage.eINSTANCE, new FrameworkValidator());
        }
    }

    /**
     * Validates {@code framework} and everything it contains. References to other files (e.g. {@code basedOn})
     * are resolved, loading those files into the framework's resource set.
     *
     * @return the problems in model order (containment, depth first); empty when the model is clean
     */
    public static List<ModelDiagnostic> validate(Framework framework) {
        Diagnostic result = new FrameworkDiagnostician().validate(framework);
        List<ModelDiagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic child : result.getChildren()) {
            DiagnosticConverter.collect(child, framework, diagnostics);
        }
        return diagnostics;
    }

    /** Whether any of {@code diagnostics} is an {@link Severity#ERROR}. */
    public static boolean hasErrors(List<ModelDiagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
