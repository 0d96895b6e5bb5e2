package org.framewright.validation.internal.rules;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.ModelElement;
import org.framewright.model.ScoringScheme;
import org.framewright.model.query.ElementQuery;
import org.framewright.model.query.ProvenanceQuery;
import org.framewright.model.query.SchemeQuery;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-PROV-01 (warning, optional: off until the user enables it): an indicator or area that a scheme of its
 * framework scores carries a provenance record about the element itself (records about single attributes alone do
 * not say where the element comes from) (issue 19), so that a designer can say where each scored fact comes from.
 * Fix: add a provenance record naming the source document and location, or flag the element as inferred or
 * invented with the reason.
 */
public final class FW_PROV_01_ScoredFactsHaveProvenance extends Rule<ModelElement> {

    /** The rule's code. */
    public static final String CODE = "FW-PROV-01";

    /** The rule. */
    public FW_PROV_01_ScoredFactsHaveProvenance() {
        super(CODE, Severity.WARNING, ModelElement.class, true);
    }

    @Override
    protected void check(ModelElement element, Consumer<ModelDiagnostic> sink) {
        if (!(element instanceof Indicator || element instanceof Area) || ProvenanceQuery.of(element) != null) {
            return;
        }
        Framework framework = new ElementQuery(element).framework();
        if (framework == null) {
            return;
        }
        for (ScoringScheme scheme : framework.getSchemes()) {
            if (new SchemeQuery(scheme).scores(element)) {
                report(sink, element, FrameworkPackage.Literals.MODEL_ELEMENT__PROVENANCE,
                    "is scored by scheme '" + scheme.getId() + "' but has no provenance of its own (source, or inferred/invented with a reason)");
                return;
            }
        }
    }

    /** Schemes and their rules decide which elements are scored. */
    @Override
    public List<Class<? extends EObject>> inputs() {
        return List.of(ScoringScheme.class, org.framewright.model.IndicatorRule.class,
            org.framewright.model.AggregationRule.class);
    }
}
