package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each node's arithmetic written out as the rule applied it ({@link NodeResult#explanation()}), on the shipped CSCI
 * and CQC samples; the expected lines are the hand-worked arithmetic of {@link CsciStarRatingTest} and
 * {@link CqcRatingTest}.
 */
class ExplanationTest {

    private static final ScoringResult CSCI = SampleFrameworks.score("csci-2006.framework", "star-rating",
        "csci-2006-councils.csv");
    private static final ScoringResult CQC = SampleFrameworks.score("cqc-la-2023.framework", "cqc-rating",
        "cqc-la-2023-councils.csv");

    @Test
    void theStarRatingNamesTheMatrixCellAndItsSource() {
        // Kestrel Heath: delivery 3, capacity (2 + 1) / 2 = 1.5 -> 2; Figure 2 row 3, column 2 = 2 stars
        assertEquals(List.of("delivery 3 x capacity 2 -> 2 stars (Figure 2)"),
            CSCI.get("E09000903", "overall").explanation());
        assertEquals(List.of("mean: (L 2 + C 1) / 2 = 1.5", "rounded half up to 0 decimals: 1.5 -> 2",
            "2 is level 2 of Grading scale (capacity for improvement): Uncertain"),
            CSCI.get("E09000903", "capacity").explanation());
    }

    @Test
    void aMissingClientGroupShowsTheReNormalisedWeights() {
        // Fernleigh O1: MH missing, 225 / 85 = 2.647059 -> 3; OP 40/85 = 47.06 %, the others 15/85 = 17.65 %
        List<String> steps = CSCI.get("E09000902", "O1").explanation();
        assertEquals("weights re-normalised to 100 (MH missing, missing data: exclude and re-weight): "
            + "OP 47.058824 %, CAR 17.647059 %, LD 17.647059 %, PSD 17.647059 %", steps.get(0));
        assertTrue(steps.get(1).startsWith("weighted mean: (OP 3 x 40 + "), steps.get(1));
        assertTrue(steps.get(1).endsWith(") / 85 = 2.647059"), steps.get(1));
        assertEquals("rounded half up to 0 decimals: 2.647059 -> 3", steps.get(2));
    }

    @Test
    void weightsSummingTo100AreUsedAsWritten() {
        // Ashbourne Vale O1: every group graded 4, weights 40/15/15/15/15
        assertEquals("weighted mean: (OP 4 x 40 + CAR 4 x 15 + LD 4 x 15 + MH 4 x 15 + PSD 4 x 15) / 100 = 4",
            CSCI.get("E06000901", "O1").explanation().get(0));
    }

    @Test
    void aThemeShowsThePercentOfMaximumStepRoundingAndBand() {
        // Dovecote T1: statements 1, 1, 1 -> 3 / 12 = 25 % -> Inadequate
        assertEquals(List.of("percent of maximum: 100 x (QS1 1 + QS2 1 + QS3 1) / (4 x 3) = 100 x 3 / 12 = 25",
            "rounded half up to 0 decimals: 25 -> 25", "25 is in band 25-38 of Rating bands: Inadequate"),
            CQC.get("E08000912", "T1").explanation());
        // Elmstead T2: (1 + 2) / 8 = 37.5 % -> 38, the top of Inadequate
        assertEquals(List.of("percent of maximum: 100 x (QS4 1 + QS5 2) / (4 x 2) = 100 x 3 / 8 = 37.5",
            "rounded half up to 0 decimals: 37.5 -> 38", "38 is in band 25-38 of Rating bands: Inadequate"),
            CQC.get("E09000911", "T2").explanation());
    }

    @Test
    void aStatementFromEvidenceCategoriesAndOneGivenDirectly() {
        // Greystones QS1: categories 4 + 4 + 3 + 3 = 14 / 16 = 87.5 % -> 88 -> score 4
        // (two of the six categories have no score and are left out, so the maximum is 4 x 4)
        List<String> steps = CQC.get("E10000911", "QS1").explanation();
        assertEquals("processes, outcomes missing: left out (missing data: exclude and re-weight)", steps.get(0));
        assertTrue(steps.get(1).startsWith("percent of maximum: 100 x (people 4 + staff 4 + "), steps.get(1));
        assertTrue(steps.get(1).endsWith(") / (4 x 4) = 100 x 14 / 16 = 87.5"), steps.get(1));
        assertEquals("rounded half up to 0 decimals: 87.5 -> 88", steps.get(2));
        assertTrue(steps.get(3).startsWith("88 is in band 88-100 of "), steps.get(3));
        // Abbotsford QS1 is given directly as 4
        assertEquals("given directly in the data: 4", CQC.get("E06000911", "QS1").explanation().get(0));
    }

    @Test
    void anUnscoredNodeHasNoArithmetic() {
        // Lowmoor: C has no judged grade (missing data: fail)
        assertEquals(List.of(), CSCI.get("E10000903", "C").explanation());
    }
}
