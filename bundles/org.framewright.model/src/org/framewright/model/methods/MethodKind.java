package org.framewright.model.methods;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.framewright.model.FrameworkPackage.Literals;

/** The three kinds of scoring method, each an element of the {@code org.framewright.scoring.methods} point. */
public enum MethodKind {
    /** Turns one indicator's values across councils into comparable numbers (model: IndicatorRule.normalisation). */
    NORMALISATION("normalisation", "normalisation method"),
    /** Turns one indicator's values into scores (model: IndicatorRule.method). */
    INDICATOR_SCORING("indicatorScoring", "indicator scoring method"),
    /** Combines the scores of a node's inputs (model: AggregationRule.method). */
    AGGREGATION("aggregation", "aggregation method");

    private final String element;
    private final String label;

    MethodKind(String element, String label) {
        this.element = element;
        this.label = label;
    }

    /** The element name in plugin.xml, e.g. {@code aggregation}. */
    public String element() {
        return element;
    }

    /** What a message calls a method of this kind, e.g. {@code aggregation method}. */
    public String label() {
        return label;
    }

    /**
     * The kind of method a model attribute names by id (IndicatorRule.method and .normalisation,
     * AggregationRule.method, MethodChange.method, NormalisationChange.normalisation), or null for other features.
     */
    public static MethodKind ofFeature(EStructuralFeature feature) {
        if (feature == Literals.INDICATOR_RULE__METHOD) {
            return INDICATOR_SCORING;
        }
        if (feature == Literals.INDICATOR_RULE__NORMALISATION || feature == Literals.NORMALISATION_CHANGE__NORMALISATION) {
            return NORMALISATION;
        }
        return feature == Literals.AGGREGATION_RULE__METHOD || feature == Literals.METHOD_CHANGE__METHOD ? AGGREGATION
            : null;
    }

    /** The kind whose plugin.xml element is {@code element}, or null. */
    public static MethodKind ofElement(String element) {
        for (MethodKind kind : values()) {
            if (kind.element.equals(element)) {
                return kind;
            }
        }
        return null;
    }
}
