package org.framewright.validation;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One problem found in a framework model.
 *
 * @param severity how serious it is
 * @param code the stable rule code {@code FW-<AREA>-<NN>}, e.g. {@code FW-WEIGHT-01}
 * @param element the offending model element (for selecting it in an editor)
 * @param feature the offending feature of {@code element}, or {@code null} when the element as a whole is meant
 * @param elementPath the ids from the framework down to the element, e.g. {@code csci-2006/star-rating/agg-outcomes}
 * @param message what is wrong, naming the element's kind, id and name
 */
public record ModelDiagnostic(Severity severity, String code, EObject element, EStructuralFeature feature,
        String elementPath, String message) {

    /** Checks that everything but the feature is given. */
    public ModelDiagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(elementPath, "elementPath");
        Objects.requireNonNull(message, "message");
    }

    /** The line the command line prints: {@code SEVERITY CODE element-path: message}. */
    @Override
    public String toString() {
        return severity + " " + code + " " + elementPath + ": " + message;
    }
}
