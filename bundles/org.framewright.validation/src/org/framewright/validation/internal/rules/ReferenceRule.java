package org.framewright.validation.internal.rules;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * A rule about what an element's cross references (not containment) point at: it sees every referenced object,
 * resolved where possible (so a reference into another file loads that file).
 */
abstract class ReferenceRule extends Rule<EObject> {

    ReferenceRule(String code, Severity severity) {
        super(code, severity, EObject.class);
    }

    @Override
    protected final void check(EObject element, Consumer<ModelDiagnostic> sink) {
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                    || !element.eIsSet(reference)) {
                continue;
            }
            Object value = element.eGet(reference, true);
            if (value instanceof List<?> values) {
                for (Object item : values) {
                    check(element, reference, (EObject) item, sink);
                }
            } else if (value instanceof EObject target) {
                check(element, reference, target, sink);
            }
        }
    }

    /** Checks that {@code element}'s {@code reference} may point at {@code target} (a proxy if unresolvable). */
    protected abstract void check(EObject element, EReference reference, EObject target, Consumer<ModelDiagnostic> sink);
}
