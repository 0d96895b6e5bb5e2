package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Weight;
import org.framewright.model.WeightChange;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-WEIGHT-04: a weight is a share of the result, so whatever the rule's method, every weight (and every weight a
 * scenario's change sets) is not negative. A weight of -20 on a mean rule is as wrong as on a weighted mean: the day
 * the method changes it would be used. A weight that is not a finite number ({@code NaN}, {@code INF}) is FW-NUM-01's
 * and one above 100 FW-NUM-03's (FW-NUM-04 for scenarios), so each problem is reported once. Fix: give a share of 0
 * or more.
 */
public final class FW_WEIGHT_04_WeightsFiniteAndNonNegative extends Rule<EObject> {

    /** The rule's code. */
    public static final String CODE = "FW-WEIGHT-04";

    /** The rule. */
    public FW_WEIGHT_04_WeightsFiniteAndNonNegative() {
        super(CODE, Severity.ERROR, EObject.class);
    }

    @Override
    protected void check(EObject element, Consumer<ModelDiagnostic> sink) {
        if (element instanceof Weight weight) {
            check(weight, weight.getPercent(), FrameworkPackage.Literals.WEIGHT__PERCENT, sink);
        } else if (element instanceof WeightChange change) {
            check(change, change.getPercent(), FrameworkPackage.Literals.WEIGHT_CHANGE__PERCENT, sink);
        }
    }

    private void check(EObject weight, double percent, EAttribute feature, Consumer<ModelDiagnostic> sink) {
        if (percent < 0 && Double.isFinite(percent)) {
            report(sink, weight, feature, "the percent is "
                + SchemeQueries.number(percent) + " %; a weight is a share of the result and cannot be negative");
        }
    }
}
