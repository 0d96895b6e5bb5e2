package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CQC LA 2023 {@code cqc-rating} scheme on the shipped sample councils (data/cqc-la-2023-councils.csv). Oracle
 * worked out by hand: a statement's score is given directly, or is % = sum / (4 x categories scored) rounded half up
 * and banded 25-38 -> 1, 39-62 -> 2, 63-87 -> 3, 88-100 -> 4; themes and overall: % = sum of statement scores /
 * (4 x statements scored), rounded half up, banded 25-38 Inadequate, 39-62 Requires improvement, 63-87 Good,
 * 88-100 Outstanding.
 */
class CqcRatingTest {

    private static final String I = "Inadequate";
    private static final String RI = "Requires improvement";
    private static final String G = "Good";
    private static final String O = "Outstanding";

    private static ScoringResult result;

    @BeforeAll
    static void score() {
        result = SampleFrameworks.score("cqc-la-2023.framework", "cqc-rating", "cqc-la-2023-councils.csv");
    }

    /*
     * Arithmetic of the edge cases:
     * - Elmstead: statements 1,1,1,1,2,2,2,2,2: overall 14/36 = 38.9% -> 39 Requires improvement;
     *   T2 (QS4 1, QS5 2) 3/8 = 37.5% -> 38 Inadequate (half up; 38 is the top of Inadequate).
     * - Foxley: QS9 has no data: overall (4x4 + 4x3)/32 = 87.5% -> 88 Outstanding; T2 (4,3) 7/8 = 87.5% -> 88.
     * - Greystones: QS1 from 4 categories 4+4+3+3 = 14/16 = 87.5% -> 88 -> 4; QS2 from 6 categories 1+2+2+1+2+1
     *   = 9/24 = 37.5% -> 38 -> 1; QS3 from 4 categories 3+2+3+2 = 10/16 = 62.5% -> 63 -> 3; QS4 6 x 3 = 75% -> 3;
     *   T1 (4,1,3) 8/12 = 66.7% -> 67 Good; overall (4+1+3+3+5x3)/36 = 26/36 = 72.2% -> 72 Good.
     * - Hazelmere: QS1 given directly as 2 and by categories (all 4): the direct score wins.
     * - Ivinghoe: QS9 missing: overall (4x3 + 4x2)/32 = 62.5% -> 63 Good (half even would give 62, RI);
     *   T2 (3,2) 5/8 = 62.5% -> 63 Good.
     * - Juxon Park: (5x4 + 4x3)/36 = 32/36 = 88.9% -> 89 Outstanding.
     * - Kingsmead: QS8 from one category (outcomes 2): 2/4 = 50% -> 2; QS9 missing; overall 23/32 = 71.9% -> 72 Good;
     *   T4 (2) 50% Requires improvement.
     * - Longbarrow: 1,1,1,1,1,2,2,2,2: overall 13/36 = 36.1% -> 36 Inadequate.
     */
    @ParameterizedTest(name = "{1}: {3}")
    @CsvSource({
        // council, name, overall %, overall rating, T1..T4 ratings, statement scores QS1..QS9 (- = unscored)
        "E06000911, Abbotsford,      100, Outstanding,          O  O  O  O,  4 4 4 4 4 4 4 4 4",
        "E06000912, Bramwell,         75, Good,                 G  G  G  G,  3 3 3 3 3 3 3 3 3",
        "E08000911, Cinderford Vale,  50, Requires improvement, RI RI RI RI, 2 2 2 2 2 2 2 2 2",
        "E08000912, Dovecote,         25, Inadequate,           I  I  I  I,  1 1 1 1 1 1 1 1 1",
        "E09000911, Elmstead,         39, Requires improvement, I  I  RI RI, 1 1 1 1 2 2 2 2 2",
        "E09000912, Foxley,           88, Outstanding,          O  O  G  G,  4 4 4 4 3 3 3 3 -",
        "E10000911, Greystones,       72, Good,                 G  G  G  G,  4 1 3 3 3 3 3 3 3",
        "E10000912, Hazelmere,        50, Requires improvement, RI RI RI RI, 2 2 2 2 2 2 2 2 2",
        "E06000913, Ivinghoe,         63, Good,                 G  G  RI RI, 3 3 3 3 2 2 2 2 -",
        "E08000913, Juxon Park,       89, Outstanding,          O  O  G  G,  4 4 4 4 4 3 3 3 3",
        "E09000913, Kingsmead,        72, Good,                 G  G  G  RI, 3 3 3 3 3 3 3 2 -",
        "E10000913, Longbarrow,       36, Inadequate,           I  I  RI RI, 1 1 1 1 1 2 2 2 2",
    })
    void everyCouncilRatesAsWorkedOutByHand(String council, String name, double overall, String rating,
            String themes, String statements) {
        assertEquals(name, result.council(council).council().getName());
        assertEquals(overall, result.council(council).overall().score(), "overall %");
        assertEquals(rating, result.council(council).overall().rating(), "overall rating");
        String[] themeRatings = themes.trim().split("\\s+");
        for (int t = 0; t < 4; t++) {
            String expected = switch (themeRatings[t]) {
                case "I" -> I;
                case "RI" -> RI;
                case "G" -> G;
                default -> O;
            };
            assertEquals(expected, result.get(council, "T" + (t + 1)).rating(), "T" + (t + 1));
        }
        String[] scores = statements.split(" ");
        for (int s = 0; s < 9; s++) {
            NodeResult statement = result.get(council, "QS" + (s + 1));
            if (scores[s].equals("-")) {
                assertNull(statement.score(), "QS" + (s + 1));
                assertEquals("", statement.rating());
            } else {
                assertEquals(scores[s], statement.rating(), "QS" + (s + 1));
            }
        }
    }

    @Test
    void aStatementFromEvidenceCategoriesScoresItsRoundedPercentage() {
        NodeResult qs1 = result.get("E10000911", "QS1");
        assertEquals(88.0, qs1.score());
        assertEquals(List.of("people", "staff", "partners", "observation", "processes", "outcomes"),
            qs1.inputs().stream().map(Contribution::sourceId).toList());
        assertEquals(List.of(false, false, false, false, true, true),
            qs1.inputs().stream().map(Contribution::excluded).toList());
        assertEquals(List.of("processes, outcomes missing: excluded, aggregated over people, staff, partners, observation",
            "87.5 rounded half up to 0 decimals: 88"), qs1.notes());
    }

    @Test
    void aScoreGivenDirectlyWinsOverEvidenceCategories() {
        NodeResult qs1 = result.get("E10000912", "QS1");
        assertEquals(2.0, qs1.score());
        assertEquals("2", qs1.rating());
        assertEquals(List.of("given directly in the data: 2"), qs1.notes());
    }

    @Test
    void councilsAreNotRanked() {
        result.councils().forEach(c -> assertNull(c.rank()));
    }
}
