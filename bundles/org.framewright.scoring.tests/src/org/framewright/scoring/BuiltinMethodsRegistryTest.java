package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.model.AggregationMethod;
import org.framewright.model.BuiltinMethod;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.NormalisationMethod;
import org.framewright.model.methods.MethodDescriptor;
import org.framewright.model.methods.MethodKind;
import org.framewright.model.methods.ScoringMethods;
import org.framewright.scoring.internal.Aggregation;
import org.junit.jupiter.api.Test;

/** Every built-in method is found through the extension point org.framewright.scoring.methods, as a plugin's is. */
class BuiltinMethodsRegistryTest {

    private final ScoringMethods installed = ScoringMethods.installed();

    @Test
    void everyBuiltInAggregationIsContributed() {
        for (AggregationMethod method : AggregationMethod.values()) {
            MethodDescriptor found = assertContributed(MethodKind.AGGREGATION, method);
            assertTrue(found.implementation() instanceof AggregationFunction, method.id());
        }
        assertEquals(Aggregation.WEIGHTED_MEAN, installed.find(MethodKind.AGGREGATION, "weighted mean").implementation());
    }

    @Test
    void theAggregationsTheFastPathComputesHaveAPrimitive() {
        for (AggregationMethod method : AggregationMethod.values()) {
            boolean fast = switch (method) {
                case WEIGHTED_MEAN, MEAN, MEDIAN, MINIMUM, MAXIMUM -> true;
                default -> false;
            };
            MethodDescriptor found = installed.find(MethodKind.AGGREGATION, method.id());
            assertEquals(fast, found.hasPrimitive(), method.id());
            if (fast) {
                PrimitiveAggregation primitive = (PrimitiveAggregation) found.primitive();
                assertEquals(2.0, primitive.aggregate(new double[] {1, 2, 3}, new double[] {1, 1, 1}, 3)
                    + (method == AggregationMethod.MINIMUM ? 1 : method == AggregationMethod.MAXIMUM ? -1 : 0), 1e-12,
                    method.id());
            }
        }
    }

    @Test
    void everyBuiltInNormalisationIsContributed() {
        for (NormalisationMethod method : NormalisationMethod.values()) {
            MethodDescriptor found = assertContributed(MethodKind.NORMALISATION, method);
            assertTrue(found.implementation() instanceof Normaliser, method.id());
        }
    }

    @Test
    void everyBuiltInIndicatorScoringMethodIsContributed() {
        for (IndicatorScoringMethod method : IndicatorScoringMethod.values()) {
            MethodDescriptor found = assertContributed(MethodKind.INDICATOR_SCORING, method);
            assertTrue(found.implementation() instanceof IndicatorScoring, method.id());
        }
    }

    @Test
    void anIdNobodyContributesIsNotFound() {
        assertNull(installed.find(MethodKind.AGGREGATION, "no-such-method"));
        assertNull(installed.find(MethodKind.AGGREGATION, "minmax"), "a normalisation is not an aggregation");
    }

    private MethodDescriptor assertContributed(MethodKind kind, BuiltinMethod method) {
        MethodDescriptor found = installed.find(kind, method.id());
        assertNotNull(found, kind.label() + " " + method.id());
        assertEquals("org.framewright.scoring", found.contributor(), method.id());
        assertTrue(installed.ids(kind).contains(method.id()));
        assertTrue(!found.name().isBlank() && !found.description().isBlank(), method.id());
        return found;
    }
}
