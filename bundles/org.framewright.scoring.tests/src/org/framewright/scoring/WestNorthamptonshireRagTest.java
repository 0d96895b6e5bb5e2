package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The West Northamptonshire 2024 {@code rag} scheme on the shipped sample councils: Green when the value meets the
 * target in the direction of the polarity, Amber when it misses by no more than 0.05 x |target|, Red otherwise.
 */
class WestNorthamptonshireRagTest {

    private static final List<String> INDICATORS = List.of("2B1", "2D", "new-requests-hospital-diversion",
        "people-allocated-team", "amhp-enquiries", "assessments-28-days", "complaints-new", "complaints-timescale",
        "complaints-lgsco", "member-mp-enquiries");

    private static ScoringResult result;

    @BeforeAll
    static void score() {
        result = SampleFrameworks.score("west-northamptonshire-2024.framework", "rag",
            "west-northamptonshire-2024-councils.csv");
    }

    /*
     * Targets and amber limits (5% of the target): 2B1 79.2 (higher is better; amber down to 75.24), 2D 79.5
     * (75.525), hospital diversion 300 (285), people allocated 5854 (lower is better; amber up to 6146.7), AMHP 63
     * (59.85), assessments 85 (80.75), new complaints 6 (lower; 6.3), timescale 85 (80.75), LGSCO 1 (lower; 1.05),
     * member/MP enquiries 2 (lower; 2.1).
     * - Amberley Cross: every value exactly at its target: all Green.
     * - Bellhaven: every value exactly at the amber limit (e.g. 79.2 - 75.24 = 3.96 = 0.05 x 79.2): all Amber.
     * - Carrow Bridge: every value just past the amber limit (e.g. 75.23 misses by 3.97 > 3.96): all Red.
     * - Ingleby Moor: 2D 75.5 misses by 4.0 > 3.975 Red; hospital 285 Amber; people allocated 5000 Green (lower is
     *   better); assessments 80.74 misses by 4.26 > 4.25 Red; new complaints 7 is 1 above 6 Red; timescale 80.76
     *   misses by 4.24 Amber; LGSCO 1.5 Red; member enquiries 1.9 Green (lower is better).
     * - Gorsey Bank and Lydgate: months without a value are unrated (-).
     */
    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource({
        // council, name, RAG per indicator in the order of INDICATORS (- = no value, unrated)
        "E06000921, Amberley Cross,  GGGGGGGGGG",
        "E06000922, Bellhaven,       AAAAAAAAAA",
        "E08000921, Carrow Bridge,   RRRRRRRRRR",
        "E08000922, Deepdale,        GGGGGGGGGG",
        "E09000921, Ebbsfleet Minor, AAAAAAAAAA",
        "E09000922, Fallowfield,     RRRRRRRRRR",
        "E10000921, Gorsey Bank,     -G-GAGG-GG",
        "E10000922, Hollins End,     GARRRRRRRR",
        "E06000923, Ingleby Moor,    GRAGGRRARG",
        "E08000923, Jarrow Fields,   RGGGGGGGGG",
        "E09000923, Kelsall Green,   GGGAGGAGAA",
        "E10000923, Lydgate,         G---------",
    })
    void everyIndicatorRatesAsWorkedOutByHand(String council, String name, String rags) {
        assertEquals(name, result.council(council).council().getName());
        for (int i = 0; i < INDICATORS.size(); i++) {
            NodeResult indicator = result.get(council, INDICATORS.get(i));
            String expected = switch (rags.charAt(i)) {
                case 'G' -> "Green";
                case 'A' -> "Amber";
                case 'R' -> "Red";
                default -> "";
            };
            assertEquals(expected, indicator.rating(), INDICATORS.get(i));
        }
    }

    @Test
    void anUnratedMonthSaysWhy() {
        NodeResult missing = result.get("E10000923", "2D");
        assertNull(missing.score());
        assertEquals(List.of("no value in the data: unscored"), missing.notes());
    }

    @Test
    void theSchemeHasNoOverallRule() {
        NodeResult overall = result.council("E06000921").overall();
        assertNull(overall.score());
        assertEquals(List.of("the scheme has no rule for the overall result"), overall.notes());
    }

    @Test
    void amberSaysByHowMuchTheTargetIsMissed() {
        assertEquals(List.of("misses the target 79.2 by 3.96 (within 3.96)"), result.get("E06000922", "2B1").notes());
    }

    /**
     * A green tolerance (what a simulation's shifted RAG thresholds set): 0.05 makes Bellhaven's values, each exactly
     * 5 % short of its target, Green; -0.05 (Green only when the target is beaten by 5 %) makes Amberley Cross's, each
     * exactly on its target, Amber; Carrow Bridge, just past 5 % short, stays Red under 0.05.
     */
    @Test
    void aGreenToleranceMovesTheGreenBoundaryRelativeToTheTarget() {
        org.framewright.model.Framework framework = SampleFrameworks.load("west-northamptonshire-2024.framework");
        org.framewright.model.ScoringScheme scheme = SampleFrameworks.scheme(framework, "rag");
        scheme.getIndicatorRules().get(0).setGreenTolerance(0.05);
        ScoringResult tolerant = ScoringEngine.score(framework, scheme,
            SampleFrameworks.data("west-northamptonshire-2024-councils.csv"), null);
        scheme.getIndicatorRules().get(0).setGreenTolerance(-0.05);
        scheme.getIndicatorRules().get(0).setAmberTolerance(0.1);
        ScoringResult strict = ScoringEngine.score(framework, scheme,
            SampleFrameworks.data("west-northamptonshire-2024-councils.csv"), null);
        for (String indicator : INDICATORS) {
            assertEquals("Green", tolerant.get("E06000922", indicator).rating(), indicator);
            assertEquals("Red", tolerant.get("E08000921", indicator).rating(), indicator);
            assertEquals("Amber", strict.get("E06000921", indicator).rating(), indicator);
        }
        assertEquals(List.of("misses the target 79.2 by 3.96 (within the green tolerance 3.96)"),
            tolerant.get("E06000922", "2B1").notes());
        assertEquals(List.of("meets the target 79.2 but does not beat it by 3.96, as Green needs"),
            strict.get("E06000921", "2B1").notes());
    }
}
