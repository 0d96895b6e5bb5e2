package org.framewright.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.AvailabilityScreen;
import org.framewright.model.Imputation;
import org.framewright.model.ImputationMethod;
import org.framewright.model.MissingDataPolicy;
import org.junit.jupiter.api.Test;

/**
 * The availability screen on the tiny framework (indicators X, Y, Z), worked by hand: C2 has 1 of the 3 indicators
 * in the data (33.3 %), below a 75 % screen, so it is unscored everywhere, even where imputation or a rule's
 * missing-data policy could have filled its values, and it takes no part in the others' scores.
 */
class AvailabilityScreensTest {

    private final TinyFramework tiny = new TinyFramework();

    private static CouncilData data() {
        return new CouncilData()
            .value("C1", "X", 2.0).value("C1", "Y", 3.0).value("C1", "Z", 4.0).value("C1", "B", 3.0)
            .value("C2", "X", 1.0).value("C2", "B", 4.0)
            .value("C3", "X", 4.0).value("C3", "Y", 1.0).value("C3", "Z", 2.0).value("C3", "B", 1.0);
    }

    @Test
    void aCouncilBelowTheScreenIsUnscoredWithANote() {
        AvailabilityScreen screen = TinyFramework.F.createAvailabilityScreen();
        screen.setId("screen");
        tiny.scheme.setAvailabilityScreen(screen);
        Imputation imputation = TinyFramework.F.createImputation();
        imputation.setId("imp");
        imputation.setMethod(ImputationMethod.COMPARATOR_MEAN);
        imputation.setComparator(org.framewright.model.ComparatorKind.NATIONAL);
        tiny.scheme.getImputations().add(imputation);
        tiny.indicatorRule.setMissingData(MissingDataPolicy.IMPUTE_MEAN);

        ScoringResult result = tiny.score(data());
        String note = "unscored: 1 of 3 indicators (33.333333 %) below the 75 % availability screen";
        CouncilResult c2 = result.council("C2");
        assertNull(c2.overall().score());
        assertNull(c2.rank());
        assertEquals(List.of(note), c2.overall().notes());
        assertNull(c2.nodes().get("X").score(), "its own X is left out too");
        assertTrue(c2.nodes().get("Y").notes().contains(note), c2.nodes().get("Y").notes().toString());
        assertNull(c2.nodes().get("B").score(), "a direct value in the data does not score it either");
        assertNotNull(result.council("C1").overall().score());
        assertEquals(1, result.council("C1").rank());
        assertTrue(result.notes().contains("availability screen screen (75 % of 3 indicators): 1 council(s) "
            + "unscored: C2 (1 of 3)"), result.notes().toString());
    }

    @Test
    void aScreenOfZeroScoresEveryone() {
        AvailabilityScreen screen = TinyFramework.F.createAvailabilityScreen();
        screen.setId("screen");
        screen.setMinimumPercent(0);
        tiny.scheme.setAvailabilityScreen(screen);
        ScoringResult result = tiny.score(data());
        assertNotNull(result.council("C2").overall().score());
        assertTrue(result.notes().contains("availability screen screen (0 % of 3 indicators): every council passes"));
    }
}
