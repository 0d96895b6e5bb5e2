package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.framewright.model.ScoringScheme;
import org.framewright.model.query.ElementQuery;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;
import org.framewright.validation.internal.ElementNames;

/**
 * FW-REF-02: a scheme is self-contained: its rules, bandings, matrices, limiters and scenarios refer only to the
 * scales, levels, bandings, bands and rules of the same scheme (a scenario of one scheme cannot change another's
 * weights; a banding of another scheme is not scored with this one). Fix: refer to this scheme's element, or copy it.
 */
public final class FW_REF_02_SameScheme extends ReferenceRule {

    /** The rule's code. */
    public static final String CODE = "FW-REF-02";

    /** The rule. */
    public FW_REF_02_SameScheme() {
        super(CODE, Severity.ERROR);
    }

    @Override
    protected void check(EObject element, EReference reference, EObject target, Consumer<ModelDiagnostic> sink) {
        if (target.eIsProxy()) {
            return;
        }
        ScoringScheme own = new ElementQuery(element).scheme();
        ScoringScheme other = new ElementQuery(target).scheme();
        if (own != null && other != null && own != other) {
            report(sink, element, reference, reference.getName() + " refers to " + ElementNames.kind(target).toLowerCase()
                + " " + ElementNames.ref(target) + " of scheme " + ElementNames.ref(other) + ", not of this scheme "
                + ElementNames.ref(own));
        }
    }
}
