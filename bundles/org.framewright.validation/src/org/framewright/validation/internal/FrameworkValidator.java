package org.framewright.validation.internal;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.framewright.model.FrameworkPackage;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.internal.rules.Rule;
import org.framewright.validation.internal.rules.Rules;

/**
 * The {@link org.eclipse.emf.ecore.EValidator} of the framework package: EMF's default constraints for every
 * object (reported as {@code FW-EMF-<NN>}, NN being {@link EObjectValidator}'s code), then every Framewright
 * {@link Rule} that applies to the object's class.
 * <p>
 * A diagnostic of a rule has source {@link #DIAGNOSTIC_SOURCE}, the rule's position in {@link Rules#ALL} (plus 1)
 * as code, the message {@code "FW-... message"}, and as data the element, the feature (when known) and the
 * {@link ModelDiagnostic} itself.
 */
public final class FrameworkValidator extends EObjectValidator {

    /** The source of Framewright rule diagnostics. */
    public static final String DIAGNOSTIC_SOURCE = "org.framewright.validation";

    @Override
    protected EPackage getEPackage() {
        return FrameworkPackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = validate_EveryDefaultConstraint(eObject, diagnostics, context);
        for (int i = 0; i < Rules.ALL.size(); i++) {
            int code = i + 1;
            boolean[] found = {false};
            Rules.ALL.get(i).validate(eObject, diagnostic -> {
                found[0] = true;
                if (diagnostics != null) {
                    diagnostics.add(toEmf(code, diagnostic));
                }
            });
            valid &= !found[0];
        }
        return valid;
    }

    /** Unresolved proxies are reported by rule FW-REF-01, which names the missing file or id. */
    @Override
    public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    private static BasicDiagnostic toEmf(int code, ModelDiagnostic diagnostic) {
        Object[] data = diagnostic.feature() == null
                ? new Object[] {diagnostic.element(), diagnostic}
                : new Object[] {diagnostic.element(), diagnostic.feature(), diagnostic};
        return new BasicDiagnostic(diagnostic.severity().toEmf(), DIAGNOSTIC_SOURCE, code,
                diagnostic.code() + " " + diagnostic.message(), data);
    }
}
