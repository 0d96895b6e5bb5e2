package org.framewright.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.framewright.model.AggregationRule;
import org.framewright.model.Banding;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;

/** Fixture and oracle: which areas of the sample frameworks carry a scale, and its bounds. */
class ScoreRangeRuleTest {

    @Test
    void cqcQualityStatementsAreScoredOneToFourAndThemesAreNotChecked() throws Exception {
        ScoreRangeRule rule = ScoreRangeRule.of(load("cqc-la-2023.framework"));
        assertNull(rule.broken("QS9", 1));
        assertNull(rule.broken("QS9", 4));
        ScoreRangeRule.Range broken = rule.broken("QS9", 4.01);
        assertNotNull(broken);
        assertEquals("agg-statements", broken.rule().getId());
        assertEquals("qs-score", broken.scale().getId());
        assertEquals(1.0, broken.min());
        assertEquals(4.0, broken.max());
        assertNull(rule.broken("T1", 99), "themes aggregate their children");
    }

    @Test
    void csciOutcomesAndCapacityMeasuresUseTheirOwnScales() throws Exception {
        ScoreRangeRule rule = ScoreRangeRule.of(load("csci-2006.framework"));
        assertEquals("delivery-grade", rule.broken("O7", 0.9).scale().getId());
        assertEquals("capacity-grade", rule.broken("C", 5).scale().getId());
        assertNull(rule.broken("O7", 2.5), "a weighted client-group grade between levels lies within the scale");
        assertNull(rule.broken("delivery", 9), "delivery aggregates the outcomes");
    }

    @Test
    void aRuleWithBandingAndScaleChecksTheScaleItRatesOnTheBandings() throws Exception {
        // io took the rule's own scale first; a banded score's level is a band's level (the model's queries)
        Framework framework = load("csci-2006.framework");
        ScoringScheme scheme = framework.getSchemes().get(0);
        AggregationRule outcomes = ScoreRangeRule.of(framework).broken("O7", 0.9).rule();
        Banding starBands = FrameworkFactory.eINSTANCE.createBanding();
        starBands.setScale(scheme.getScales().stream().filter(s -> s.getId().equals("stars")).findFirst().orElseThrow());
        scheme.getBandings().add(starBands);
        outcomes.setBanding(starBands);

        ScoreRangeRule rule = ScoreRangeRule.of(framework);
        assertNull(rule.broken("O7", 0), "0 stars is on the banding's scale, though no delivery grade");
        assertEquals("stars", rule.broken("O7", 4.5).scale().getId());
    }

    @Test
    void ascofHasNoScoredAreas() throws Exception {
        ScoreRangeRule rule = ScoreRangeRule.of(load("ascof-2023-24.framework"));
        assertNull(rule.broken("1A", 4051.9));
        assertNull(rule.broken("1", -5));
    }

    private static Framework load(String name) throws Exception {
        return FrameworkFiles.loadFramework(Samples.framework(name));
    }
}
