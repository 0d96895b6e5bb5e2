package org.framewright.model.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.framewright.model.FrameworkPackage.Literals;
import org.junit.jupiter.api.Test;

/**
 * Which kind of scoring method a model attribute names by id, which plugin.xml element contributes each kind, and the
 * message for a method no installed plugin provides.
 */
class MethodKindTest {

    @Test
    void everyAttributeThatNamesAMethodHasItsKind() {
        assertEquals(MethodKind.INDICATOR_SCORING, MethodKind.ofFeature(Literals.INDICATOR_RULE__METHOD));
        assertEquals(MethodKind.NORMALISATION, MethodKind.ofFeature(Literals.INDICATOR_RULE__NORMALISATION));
        assertEquals(MethodKind.NORMALISATION, MethodKind.ofFeature(Literals.NORMALISATION_CHANGE__NORMALISATION));
        assertEquals(MethodKind.AGGREGATION, MethodKind.ofFeature(Literals.AGGREGATION_RULE__METHOD));
        assertEquals(MethodKind.AGGREGATION, MethodKind.ofFeature(Literals.METHOD_CHANGE__METHOD));
        assertNull(MethodKind.ofFeature(Literals.MODEL_ELEMENT__NAME));
    }

    @Test
    void eachKindIsContributedByItsOwnPluginXmlElement() {
        for (MethodKind kind : MethodKind.values()) {
            assertEquals(kind, MethodKind.ofElement(kind.element()));
        }
        assertEquals("indicatorScoring", MethodKind.INDICATOR_SCORING.element());
        assertNull(MethodKind.ofElement("parameter"));
    }

    @Test
    void aMethodNoPluginProvidesIsNamedWithItsKindAndRule() {
        assertEquals("aggregation method 'geometric-mean' of rule agg-overall: " + ScoringMethods.NOT_PROVIDED,
            ScoringMethods.notProvided(MethodKind.AGGREGATION, "geometric-mean", "agg-overall"));
    }
}
