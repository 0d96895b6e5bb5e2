package org.framewright.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.framewright.model.AggregationRule;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.model.Weight;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;

/** How diagnostics name elements, on the CSCI 2006 sample: kind, id, shortened name, container, element path. */
class ElementNamesTest {

    private final Framework csci = load();

    private static Framework load() {
        try {
            return FrameworkFiles.loadFramework(Samples.framework("csci-2006.framework"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private AggregationRule outcomes() {
        ScoringScheme scheme = csci.getSchemes().stream().filter(s -> "star-rating".equals(s.getId())).findFirst()
            .orElseThrow();
        return scheme.getAggregations().stream().filter(r -> "agg-outcomes".equals(r.getId())).findFirst()
            .orElseThrow();
    }

    @Test
    void aRuleIsNamedByKindIdShortenedNameAndItsScheme() {
        AggregationRule rule = outcomes();

        assertEquals("Aggregation rule", ElementNames.kind(rule));
        assertEquals("Aggregation rule 'agg-outcomes' (Outcome grade from weighted client-group evidence) of scheme "
            + "'star-rating'", ElementNames.describe(rule));
        assertEquals("csci-2006/star-rating/agg-outcomes", ElementNames.path(rule));
        assertEquals("'agg-outcomes'", ElementNames.ref(rule));
    }

    @Test
    void anElementWithoutIdIsNamedByItsFeatureAndPlaceInTheList() {
        Weight second = outcomes().getWeights().get(1);

        assertNull(ElementNames.id(second));
        assertEquals("Weight 2 of aggregation rule 'agg-outcomes'", ElementNames.describe(second));
        assertEquals("csci-2006/star-rating/agg-outcomes/weights[2]", ElementNames.path(second));
        assertEquals("weight", ElementNames.ref(second));
        assertEquals("nothing", ElementNames.ref(null));
    }

    @Test
    void aLongNameIsShortenedToSeventyCharacters() {
        AggregationRule rule = outcomes();
        rule.setName("x".repeat(100));

        assertEquals("Aggregation rule 'agg-outcomes' (" + "x".repeat(67) + "...)", ElementNames.self(rule));
    }
}
