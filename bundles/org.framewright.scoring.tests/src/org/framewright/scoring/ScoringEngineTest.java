package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.framewright.model.MissingDataPolicy;
import org.framewright.model.RoundingMode;
import org.framewright.model.Rounding;
import org.junit.jupiter.api.Test;

/** The engine on a small framework built in code ({@link TinyFramework}): inputs, missing data, ranking, periods. */
class ScoringEngineTest {

    /*
     * c1: X 2, Y 4, Z 3, B 3 -> A1 (2+4)/2 = 3, A2 3, A 0.6x3 + 0.4x3 = 3, overall (3+3)/2 = 3
     * c2: X 4, Y -, Z 1, B 1 -> A1 4 (Y excluded), A2 1, A (60x4 + 40x1)/100 = 2.8, overall (2.8+1)/2 = 1.9
     * c3: X 1, Y 2, Z -, B 4 -> A1 1.5, A2 unscored, A = A1 = 1.5 (re-weighted), overall (1.5+4)/2 = 2.75
     */
    static CouncilData threeCouncils() {
        return new CouncilData()
            .value("c1", "X", 2.0).value("c1", "Y", 4.0).value("c1", "Z", 3.0).value("c1", "B", 3.0)
            .value("c2", "X", 4.0).value("c2", "Y", null).value("c2", "Z", 1.0).value("c2", "B", 1.0)
            .value("c3", "X", 1.0).value("c3", "Y", 2.0).value("c3", "B", 4.0);
    }

    @Test
    void missingInputsAreExcludedAndTheRestReWeighted() {
        ScoringResult result = new TinyFramework().score(threeCouncils());
        assertEquals(List.of("X", "Y", "Z", "A1", "A2", "A", "B", "overall"), result.nodeIds());
        assertEquals(List.of(3.0, 1.9, 2.75), result.councils().stream().map(c -> c.overall().score()).toList());
        assertEquals(2.8, result.get("c2", "A").score(), 1e-15);
        assertEquals(List.of("A2 missing: excluded, weights re-normalised over A1"), result.get("c3", "A").notes());
        assertEquals(List.of(new Contribution("A1", 1.5, 100.0, false), new Contribution("A2", null, null, true)),
            result.get("c3", "A").inputs());
        assertEquals(List.of("no input has a value: unscored"), result.get("c3", "A2").notes());
        assertEquals(List.of(1, 3, 2), result.councils().stream().map(CouncilResult::rank).toList());
    }

    @Test
    void imputeMeanAndMedianUseTheSameInputAcrossCouncils() {
        TinyFramework tiny = new TinyFramework();
        tiny.ruleA1.setMissingData(MissingDataPolicy.IMPUTE_MEAN);
        tiny.ruleA2.setMissingData(MissingDataPolicy.IMPUTE_MEDIAN);
        ScoringResult result = tiny.score(threeCouncils());
        assertEquals(3.5, result.get("c2", "A1").score(), "Y imputed as the mean of 4 and 2");
        assertEquals(List.of("Y missing: imputed 3 (impute mean)"), result.get("c2", "A1").notes());
        assertEquals(2.0, result.get("c3", "A2").score(), "Z imputed as the median of 3 and 1");
    }

    @Test
    void imputeLowestUsesTheScalesLowestLevel() {
        TinyFramework tiny = new TinyFramework();
        tiny.ruleA1.setMissingData(MissingDataPolicy.IMPUTE_LOWEST);
        tiny.ruleA1.setScale(tiny.grades);
        ScoringResult result = tiny.score(threeCouncils());
        assertEquals(2.5, result.get("c2", "A1").score(), "(4 + 1) / 2");
        assertEquals(List.of("Y missing: imputed 1 (impute lowest)", "no level for 2.5: unrated"),
            result.get("c2", "A1").notes());
    }

    @Test
    void failAndMinimumInputsLeaveTheNodeUnscored() {
        TinyFramework tiny = new TinyFramework();
        tiny.ruleA1.setMissingData(MissingDataPolicy.FAIL);
        tiny.ruleA.setMinimumInputs(2);
        ScoringResult result = tiny.score(threeCouncils());
        assertNull(result.get("c2", "A1").score());
        assertEquals(List.of("Y missing: unscored (missing data: fail)"), result.get("c2", "A1").notes());
        assertEquals(List.of("only 1 of at least 2 inputs have a value: unscored"), result.get("c3", "A").notes());
        assertEquals(3.0, result.get("c1", "A").score());
    }

    @Test
    void aLimiterCapsTheLevel() {
        TinyFramework tiny = new TinyFramework();
        tiny.ruleB.setScale(tiny.grades);
        tiny.overall.setScale(tiny.grades);
        Rounding rounding = TinyFramework.F.createRounding();
        rounding.setMode(RoundingMode.HALF_UP);
        tiny.overall.setRounding(rounding);
        var limiter = TinyFramework.F.createLimiter();
        limiter.setCondition(tiny.b);
        limiter.setAtOrBelow(tiny.grade(1));
        limiter.setCap(tiny.grade(2));
        tiny.overall.getLimiters().add(limiter);
        // A = 4, B = 1: overall (4 + 1) / 2 = 2.5 -> 3, capped at grade 2 because B is grade 1
        ScoringResult result = tiny.score(new CouncilData().value("c", "X", 4.0).value("c", "Y", 4.0)
            .value("c", "Z", 4.0).value("c", "B", 1.0));
        NodeResult overall = result.council("c").overall();
        assertEquals(3.0, overall.score());
        assertEquals("grade 2", overall.rating());
        assertEquals(List.of("2.5 rounded half up to 0 decimals: 3", "capped at grade 2 because B is grade 1 (at or below grade 1)"),
            overall.notes());
    }

    @Test
    void aDirectValueWinsWhenTheRuleSaysSo() {
        TinyFramework tiny = new TinyFramework();
        tiny.ruleA.setDirectValueFirst(true);
        ScoringResult result = tiny.score(threeCouncils().value("c2", "A", 3.25));
        assertEquals(3.25, result.get("c2", "A").score());
        assertEquals(List.of("given directly in the data: 3.25"), result.get("c2", "A").notes());
        assertEquals(2.8 - 2.8 + 3.0, result.get("c1", "A").score(), "c1 has no direct value: aggregated");
    }

    @Test
    void tiesShareTheBestRank() {
        ScoringResult result = new TinyFramework().score(threeCouncils()
            .value("c4", "X", 2.0).value("c4", "Y", 4.0).value("c4", "Z", 3.0).value("c4", "B", 3.0));
        assertEquals(List.of(1, 4, 3, 1), result.councils().stream().map(CouncilResult::rank).toList());
    }

    @Test
    void severalPeriodsNeedAChoice() {
        TinyFramework tiny = new TinyFramework();
        CouncilData data = new CouncilData().value("c", "2023-24", "X", null, null, 1.0)
            .value("c", "2024-25", "X", null, null, 2.0);
        ScoringException e = assertThrows(ScoringException.class,
            () -> ScoringEngine.score(tiny.framework, tiny.scheme, data.build(), null));
        assertEquals("the data holds several periods (2023-24, 2024-25); choose one to score (--period)", e.getMessage());
        assertEquals(2.0, ScoringEngine.score(tiny.framework, tiny.scheme, data.build(), "2024-25").get("c", "X").score());
        assertEquals("the data has no values for period '2030'; its periods are 2023-24, 2024-25",
            assertThrows(ScoringException.class,
                () -> ScoringEngine.score(tiny.framework, tiny.scheme, data.build(), "2030")).getMessage());
    }

    @Test
    void aCancelledRunStops() {
        TinyFramework tiny = new TinyFramework();
        ScoringMonitor cancelled = new ScoringMonitor() {
            @Override
            public void begin(int nodes) {
            }

            @Override
            public void nodeDone(String nodeId) {
            }

            @Override
            public boolean isCanceled() {
                return true;
            }
        };
        assertThrows(ScoringException.class,
            () -> ScoringEngine.score(tiny.framework, tiny.scheme, threeCouncils().build(), null, cancelled));
    }

    @Test
    void weightsSummingToZeroOrNoMaximumLeaveTheNodeUnscored() {
        TinyFramework tiny = new TinyFramework();
        tiny.ruleA.getWeights().forEach(w -> w.setPercent(0));
        tiny.ruleA2.setMethod(org.framewright.model.AggregationMethod.PERCENT_OF_MAXIMUM.id());
        ScoringResult result = tiny.score(threeCouncils());
        assertNull(result.get("c1", "A").score());
        assertEquals(List.of("the weights of the inputs present sum to 0: unscored"), result.get("c1", "A").notes());
        assertEquals(List.of("percent of maximum needs a maximum above 0: unscored"), result.get("c1", "A2").notes());
    }
}
