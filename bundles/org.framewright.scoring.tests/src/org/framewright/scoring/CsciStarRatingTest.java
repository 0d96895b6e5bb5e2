package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CSCI 2006 {@code star-rating} scheme on the shipped sample councils (data/csci-2006-councils.csv). The oracle
 * was worked out by hand from the rules: outcome grade = weighted mean of client-group grades (OP 40, CAR/LD/MH/PSD
 * 15; a missing group excluded and the rest re-weighted), rounded half up; delivery = mean of O1..O7 half up;
 * capacity = mean of L and C half up; stars from Figure 2 (D1: 0,0,0,0; D2: 1,1,1,2; D3: 1,2,3,3; D4: 2,3,4,4).
 */
class CsciStarRatingTest {

    private static ScoringResult result;

    @BeforeAll
    static void score() {
        result = SampleFrameworks.score("csci-2006.framework", "star-rating", "csci-2006-councils.csv");
    }

    /*
     * Arithmetic of the edge cases:
     * - Eastwick Marsh O1-O4: OP 4, CAR 1, LD 1, MH 2, PSD 2 = (160 + 15 + 15 + 30 + 30) / 100 = 2.5 exactly -> 3
     *   (in binary floating point 0.4*4 + 0.15*1 + 0.15*1 + 0.15*2 + 0.15*2 = 2.4999999999999996, which would give 2);
     *   O5-O7 = 2; delivery (3+3+3+3+2+2+2)/7 = 18/7 = 2.571 -> 3; capacity (4+4)/2 = 4; D3 x C4 = 3 stars.
     * - Fernleigh O1-O4: MH missing: (40x3 + 15x3 + 15x2 + 15x2) / 85 = 225/85 = 2.647 -> 3 (MH as 0 would give
     *   2.25 -> 2); delivery 18/7 -> 3; capacity (3+2)/2 = 2.5 -> 3 (half up); D3 x C3 = 3 stars.
     * - Juniper Ford O1: (40x2 + 15x3 + 15x3 + 15x3 + 15x2)/100 = 2.45 -> 2; delivery (2 + 6x3)/7 = 2.857 -> 3;
     *   capacity (4+3)/2 = 3.5 -> 4; D3 x C4 = 3 stars.
     * - Kestrel Heath: OP missing everywhere: (15x4 + 15x3 + 15x3 + 15x3)/60 = 195/60 = 3.25 -> 3; delivery 3;
     *   capacity (2+1)/2 = 1.5 -> 2; D3 x C2 = 2 stars.
     * - Lowmoor: O7 has no data (unscored); delivery (3+3+3+2+2+2)/6 = 2.5 -> 3; C has no judged grade (fail:
     *   unscored), capacity = L = 3; D3 x C3 = 3 stars.
     */
    @ParameterizedTest(name = "{1}: delivery {2}, capacity {3}, {4} stars")
    @CsvSource({
        // council, name, delivery, capacity, stars, outcome grades O1..O7 (- = unscored)
        "E06000901, Ashbourne Vale,  4, 4, 4, 4 4 4 4 4 4 4",
        "E06000902, Brackenfield,    3, 3, 3, 3 3 3 3 3 3 3",
        "E08000901, Coldmere,        2, 2, 1, 2 2 2 2 2 2 2",
        "E08000902, Dunholt,         1, 4, 0, 1 1 1 1 1 1 1",
        "E09000901, Eastwick Marsh,  3, 4, 3, 3 3 3 3 2 2 2",
        "E09000902, Fernleigh,       3, 3, 3, 3 3 3 3 2 2 2",
        "E10000901, Glenmoor,        4, 1, 2, 4 4 4 4 4 4 4",
        "E10000902, Harrowby,        4, 2, 3, 4 4 4 4 4 4 4",
        "E06000903, Ivybridge Magna, 3, 1, 1, 3 3 3 3 3 3 3",
        "E08000903, Juniper Ford,    3, 4, 3, 2 3 3 3 3 3 3",
        "E09000903, Kestrel Heath,   3, 2, 2, 3 3 3 3 3 3 3",
        "E10000903, Lowmoor,         3, 3, 3, 3 3 3 2 2 2 -",
    })
    void everyCouncilScoresAsWorkedOutByHand(String council, String name, int delivery, int capacity, int stars,
            String outcomes) {
        assertEquals(name, result.council(council).council().getName());
        String[] grades = outcomes.split(" ");
        for (int i = 0; i < 7; i++) {
            NodeResult outcome = result.get(council, "O" + (i + 1));
            if (grades[i].equals("-")) {
                assertNull(outcome.score(), "O" + (i + 1));
            } else {
                assertEquals(Double.valueOf(grades[i]), outcome.score(), "O" + (i + 1));
                assertEquals(Integer.parseInt(grades[i]), outcome.level().getValue(), "O" + (i + 1));
            }
        }
        assertEquals(delivery, result.get(council, "delivery").level().getValue(), "delivery");
        assertEquals(capacity, result.get(council, "capacity").level().getValue(), "capacity");
        assertEquals(String.valueOf(stars), result.council(council).overall().rating(), "stars");
        assertEquals((double) stars, result.council(council).overall().score());
        assertNull(result.council(council).rank(), "the scheme does not rank");
    }

    @Test
    void everyStarCountOccurs() {
        assertEquals(List.of("4", "3", "1", "0", "3", "3", "2", "3", "1", "3", "2", "3"),
            result.councils().stream().map(c -> c.overall().rating()).toList());
    }

    @Test
    void aMissingClientGroupIsExcludedAndTheWeightsReNormalised() {
        NodeResult o1 = result.get("E09000902", "O1");
        assertEquals(List.of("MH missing: excluded, weights re-normalised over OP, CAR, LD, PSD",
            "2.647059 rounded half up to 0 decimals: 3"), o1.notes());
        Contribution op = o1.inputs().get(0);
        assertEquals("OP", op.sourceId());
        assertEquals(40.0 / 85 * 100, op.weight(), 1e-12);
        assertTrue(o1.inputs().stream().anyMatch(c -> c.sourceId().equals("MH") && c.excluded()));
    }

    @Test
    void aHalfExactlyRoundsUpEvenWhereFloatingPointFallsShort() {
        assertEquals(3.0, result.get("E09000901", "O1").score());
        assertEquals(3.0, result.get("E09000902", "capacity").score(), "(3 + 2) / 2 = 2.5 -> 3");
    }

    @Test
    void aMissingJudgementLeavesTheMeasureUnscoredAndTheMatrixNamesItsInputs() {
        assertNull(result.get("E10000903", "C").score());
        assertEquals(List.of("C missing: unscored (missing data: fail)"), result.get("E10000903", "C").notes());
        NodeResult overall = result.council("E10000903").overall();
        assertEquals(List.of(new Contribution("delivery", 3.0, null, false), new Contribution("capacity", 3.0, null, false)),
            overall.inputs());
    }

    @Test
    void nodesAreOrderedChildrenFirstThenOverall() {
        assertEquals(List.of("O1", "O2", "O3", "O4", "O5", "O6", "O7", "delivery", "L", "C", "capacity", "overall"),
            result.nodeIds());
    }

    @Test
    void theSampleScenariosMoveTheRatingsTheyShouldMove() {
        org.framewright.model.Framework framework = SampleFrameworks.load("csci-2006.framework");
        org.framewright.model.ScoringScheme baseline = SampleFrameworks.scheme(framework, "star-rating");
        org.framewright.model.DataSet data = SampleFrameworks.data("csci-2006-councils.csv");
        // equal weights: Eastwick Marsh O1-O4 = (4 + 1 + 1 + 2 + 2) / 5 = 2, delivery 2, D2 x C4 = 2 stars (was 3)
        ScoringResult equal = ScoringEngine.score(framework,
            Scenarios.apply(baseline, baseline.getScenarios().get(0)), data, null);
        assertEquals("2", equal.council("E09000901").overall().rating());
        // weakest outcome: Juniper Ford delivery = min(2, 3, ...) = 2, D2 x C4 = 2 stars (was 3)
        ScoringResult weakest = ScoringEngine.score(framework,
            Scenarios.apply(baseline, baseline.getScenarios().get(1)), data, null);
        assertEquals("2", weakest.council("E08000903").overall().rating());
        assertEquals("3", result.council("E08000903").overall().rating(), "the baseline is unchanged");
    }
}
