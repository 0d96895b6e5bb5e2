package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A scheme naming a method no installed plugin provides is refused with FW-EXT-01's words, before any scoring. */
class MethodNotInstalledTest {

    @Test
    void anAggregationNobodyProvidesIsRefusedByName() {
        TinyFramework tiny = new TinyFramework();
        tiny.overall.setMethod("geometric-mean-of-nowhere");

        ScoringException refused = assertThrows(ScoringException.class, () -> ScoringPlan.compile(tiny.framework, tiny.scheme));

        assertEquals("aggregation method 'geometric-mean-of-nowhere' of rule r-overall: no installed plugin provides it"
            + " (install the plugin that contributes it, or choose an installed method)", refused.getMessage());
    }

    @Test
    void aNormalisationNobodyProvidesIsRefusedByName() {
        TinyFramework tiny = new TinyFramework();
        tiny.indicatorRule.setId("ir");
        tiny.indicatorRule.setNormalisation("softmax");

        ScoringException refused = assertThrows(ScoringException.class, () -> ScoringPlan.compile(tiny.framework, tiny.scheme));

        assertEquals("normalisation method 'softmax' of rule ir: no installed plugin provides it"
            + " (install the plugin that contributes it, or choose an installed method)", refused.getMessage());
    }
}
