package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.IndicatorRule;
import org.framewright.model.MissingDataPolicy;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-MISSING-01: missing data is handled by an explicit policy, never silently, so every indicator rule and every
 * aggregation rule states one. This holds for rules with a single input too ({@code inputs = direct}): a missing
 * judged grade must still either fail the node or be imputed. Fix: choose exclude and re-weight, an imputation, or
 * fail.
 */
public final class FW_MISSING_01_MissingDataPolicy extends Rule<EObject> {

    /** The rule's code. */
    public static final String CODE = "FW-MISSING-01";

    /** The rule. */
    public FW_MISSING_01_MissingDataPolicy() {
        super(CODE, Severity.ERROR, EObject.class);
    }

    @Override
    protected void check(EObject element, Consumer<ModelDiagnostic> sink) {
        if (element instanceof IndicatorRule rule && rule.getMissingData() == MissingDataPolicy.UNSPECIFIED) {
            report(sink, rule, FrameworkPackage.Literals.INDICATOR_RULE__MISSING_DATA, MESSAGE);
        } else if (element instanceof AggregationRule rule && rule.getMissingData() == MissingDataPolicy.UNSPECIFIED) {
            report(sink, rule, FrameworkPackage.Literals.AGGREGATION_RULE__MISSING_DATA, MESSAGE);
        }
    }

    private static final String MESSAGE = "states no missing-data policy (exclude and re-weight, impute, or fail)";
}
