package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkPackage.Literals;
import org.framewright.model.IndicatorRule;
import org.framewright.model.MethodChange;
import org.framewright.model.NormalisationChange;
import org.framewright.model.methods.MethodKind;
import org.framewright.model.methods.ScoringMethods;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-EXT-01: every method a rule or scenario names by id is installed, i.e. contributed to
 * {@code org.framewright.scoring.methods} by Framewright or an installed plugin. A model from a colleague who has a
 * plugin you lack still loads, and this says which method is missing. Fix: install the plugin that contributes the
 * method, or choose an installed method.
 */
public final class FW_EXT_01_MethodsInstalled extends Rule<EObject> {

    /** The rule's code. */
    public static final String CODE = "FW-EXT-01";

    /** The rule. */
    public FW_EXT_01_MethodsInstalled() {
        super(CODE, Severity.ERROR, EObject.class);
    }

    @Override
    protected void check(EObject element, Consumer<ModelDiagnostic> sink) {
        if (element instanceof IndicatorRule rule) {
            check(sink, rule, MethodKind.INDICATOR_SCORING, rule.getMethod(), Literals.INDICATOR_RULE__METHOD);
            check(sink, rule, MethodKind.NORMALISATION, rule.getNormalisation(), Literals.INDICATOR_RULE__NORMALISATION);
        } else if (element instanceof AggregationRule rule) {
            check(sink, rule, MethodKind.AGGREGATION, rule.getMethod(), Literals.AGGREGATION_RULE__METHOD);
        } else if (element instanceof MethodChange change) {
            check(sink, change, MethodKind.AGGREGATION, change.getMethod(), Literals.METHOD_CHANGE__METHOD);
        } else if (element instanceof NormalisationChange change) {
            check(sink, change, MethodKind.NORMALISATION, change.getNormalisation(),
                Literals.NORMALISATION_CHANGE__NORMALISATION);
        }
    }

    private void check(Consumer<ModelDiagnostic> sink, EObject element, MethodKind kind, String id,
            EStructuralFeature feature) {
        if (ScoringMethods.installed().find(kind, id) == null) {
            report(sink, element, feature, kind.label() + " '" + id + "': " + ScoringMethods.NOT_PROVIDED);
        }
    }
}
