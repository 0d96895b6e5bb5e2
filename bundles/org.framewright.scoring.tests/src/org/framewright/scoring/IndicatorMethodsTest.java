package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.ComparatorGroup;
import org.framewright.model.ComparatorKind;
import org.framewright.model.DataSet;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.NormalisationMethod;
import org.junit.jupiter.api.Test;

/** Indicator rule methods inside the engine: thresholds, normalise (with polarity), comparator position. */
class IndicatorMethodsTest {

    private static CouncilData values(String indicator, double... values) {
        CouncilData data = new CouncilData();
        for (int i = 0; i < values.length; i++) {
            data.value("c" + (i + 1), indicator, values[i]);
        }
        return data;
    }

    @Test
    void thresholdsGiveTheBandContainingTheValue() {
        TinyFramework tiny = new TinyFramework();
        Banding banding = TinyFramework.F.createBanding();
        banding.setScale(tiny.grades);
        double[][] bounds = {{0, 9.99}, {10, 19.99}, {20, 29.99}, {30, 100}};
        for (int i = 0; i < 4; i++) {
            Band band = TinyFramework.F.createBand();
            band.setLower(bounds[i][0]);
            band.setUpper(bounds[i][1]);
            band.setLevel(tiny.grade(i + 1));
            banding.getBands().add(band);
        }
        tiny.scheme.getBandings().add(banding);
        tiny.indicatorRule.setMethod(IndicatorScoringMethod.THRESHOLDS.id());
        tiny.indicatorRule.setBanding(banding);
        ScoringResult result = tiny.score(values("X", 5, 10, 29.99, 30));
        assertEquals(List.of("grade 1", "grade 2", "grade 3", "grade 4"),
            result.councils().stream().map(c -> c.nodes().get("X").rating()).toList());
        assertEquals(29.99, result.get("c3", "X").score());
    }

    @Test
    void normaliseTurnsLowerIsBetterRound() {
        TinyFramework tiny = new TinyFramework();
        tiny.indicatorRule.setMethod(IndicatorScoringMethod.NORMALISE.id());
        tiny.indicatorRule.setNormalisation(NormalisationMethod.MIN_MAX.id());
        ScoringResult result = tiny.score(values("Y", 10, 20, 30));
        assertEquals(List.of(100.0, 50.0, 0.0), result.councils().stream().map(c -> c.nodes().get("Y").score()).toList());
        assertEquals(20.0, result.get("c2", "Y").rawValue());
    }

    @Test
    void anIndicatorThatCannotBeNormalisedIsReported() {
        TinyFramework tiny = new TinyFramework();
        tiny.indicatorRule.setMethod(IndicatorScoringMethod.NORMALISE.id());
        tiny.indicatorRule.setNormalisation(NormalisationMethod.MIN_MAX.id());
        ScoringResult result = tiny.score(values("X", 4, 4));
        assertEquals(List.of("indicator X: every council has the same value 4 (max = min)"), result.notes());
        assertEquals(List.of("every council has the same value 4 (max = min): unscored"), result.get("c1", "X").notes());
    }

    @Test
    void comparatorPositionIsThePercentileWithinTheRegion() {
        TinyFramework tiny = new TinyFramework();
        tiny.indicatorRule.setMethod(IndicatorScoringMethod.COMPARATOR_POSITION.id());
        tiny.indicatorRule.setComparator(ComparatorKind.REGIONAL);
        CouncilData data = values("X", 1, 2, 3, 10, 20).region("c1", "North").region("c2", "North")
            .region("c3", "North").region("c4", "South").region("c5", "South");
        ScoringResult result = tiny.score(data);
        assertEquals(List.of(0.0, 50.0, 100.0, 0.0, 100.0),
            result.councils().stream().map(c -> c.nodes().get("X").score()).toList());
        tiny.indicatorRule.setComparator(ComparatorKind.NATIONAL);
        assertEquals(75.0, tiny.score(data).get("c4", "X").score());
    }

    @Test
    void comparatorPositionAmongSimilarCouncilsUsesTheDataSetsNearestNeighbourGroups() {
        TinyFramework tiny = new TinyFramework();
        tiny.indicatorRule.setMethod(IndicatorScoringMethod.COMPARATOR_POSITION.id());
        tiny.indicatorRule.setComparator(ComparatorKind.SIMILAR_COUNCILS);
        CouncilData data = values("X", 1, 2, 3, 10, 20);
        DataSet dataSet = data.build();
        // c1's neighbours c1 c4 c5 (1 is worst of 1 10 20: 0); c4's neighbours c4 c2 (10 beats 2: 100);
        // c2's neighbours c2 c1 c3 (2 is the middle of 1 2 3: 50); c3 and c5 have no group
        group(dataSet, "c1", "c1", "c4", "c5");
        group(dataSet, "c4", "c4", "c2");
        group(dataSet, "c2", "c2", "c1", "c3");
        ScoringResult result = ScoringEngine.score(tiny.framework, tiny.scheme, dataSet, null);
        assertEquals(Arrays.asList(0.0, 50.0, null, 100.0, null),
            result.councils().stream().map(c -> c.nodes().get("X").score()).toList());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("2 of 5 councils have no similar councils group")),
            result.notes().toString());
    }

    private static void group(DataSet data, String anchor, String... members) {
        ComparatorGroup group = TinyFramework.F.createComparatorGroup();
        group.setId("nn-" + anchor);
        group.setKind(ComparatorKind.SIMILAR_COUNCILS);
        group.setAnchor(anchor);
        group.getMembers().addAll(List.of(members));
        data.getComparatorGroups().add(group);
    }
}
