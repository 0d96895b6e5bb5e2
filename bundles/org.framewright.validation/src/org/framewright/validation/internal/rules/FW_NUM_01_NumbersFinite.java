package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-NUM-01: every number of a framework element (bounds, steps, targets, tolerances, maxima, weights and their
 * scenario changes) is finite. A model file can say {@code NaN}, {@code Infinity} or {@code 1e309} (too large for a
 * double, so read as infinity); scoring cannot compute with them. Fix: write the number meant.
 */
public final class FW_NUM_01_NumbersFinite extends Rule<EObject> {

    /** The rule's code. */
    public static final String CODE = "FW-NUM-01";

    /** The rule. */
    public FW_NUM_01_NumbersFinite() {
        super(CODE, Severity.ERROR, EObject.class);
    }

    @Override
    protected void check(EObject element, Consumer<ModelDiagnostic> sink) {
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (!attribute.isMany() && element.eIsSet(attribute) && element.eGet(attribute) instanceof Double value
                && !Double.isFinite(value)) {
                report(sink, element, attribute, attribute.getName() + " is " + SchemeQueries.number(value)
                    + " (a number above about 1.8e308 reads as infinity); expected a finite number");
            }
        }
    }
}
