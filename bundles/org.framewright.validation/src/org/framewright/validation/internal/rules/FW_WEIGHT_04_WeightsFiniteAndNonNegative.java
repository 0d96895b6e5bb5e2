package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.FrameworkPackage;
import org.framewright.model.Weight;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-WEIGHT-04: a weight is a share of the result, so whatever the rule's method, every weight is a finite number
 * and not negative. A weight of -20 on a mean rule is as wrong as on a weighted mean: the day the method changes it
 * would be used; a weight read as {@code NaN} or {@code INF} from a file is not a number at all. Fix: give a share
 * of 0 or more.
 */
public final class FW_WEIGHT_04_WeightsFiniteAndNonNegative extends Rule<Weight> {

    /** The rule's code. */
    public static final String CODE = "FW-WEIGHT-04";

    /** The rule. */
    public FW_WEIGHT_04_WeightsFiniteAndNonNegative() {
        super(CODE, Severity.ERROR, Weight.class);
    }

    @Override
    protected void check(Weight weight, Consumer<ModelDiagnostic> sink) {
        double percent = weight.getPercent();
        if (Double.isNaN(percent)) {
            report(sink, weight, FrameworkPackage.Literals.WEIGHT__PERCENT,
                "the percent is not a number; give a share of 0 or more");
        } else if (Double.isInfinite(percent)) {
            report(sink, weight, FrameworkPackage.Literals.WEIGHT__PERCENT,
                "the percent is infinite; give a share of 0 or more");
        } else if (percent < 0) {
            report(sink, weight, FrameworkPackage.Literals.WEIGHT__PERCENT, "the percent is "
                + SchemeQueries.number(percent) + " %; a weight is a share of the result and cannot be negative");
        }
    }
}
