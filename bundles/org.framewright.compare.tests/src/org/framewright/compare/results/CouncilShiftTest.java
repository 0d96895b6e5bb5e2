package org.framewright.compare.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What counts as a council's change between A and B: its rating, its rank, or whether it is ranked at all. */
class CouncilShiftTest {

    private static CouncilShift shift(String ratingA, String ratingB, Integer rankA, Integer rankB) {
        return new CouncilShift("E06000057", "Northumberland", 72.1, 70.4, ratingA, ratingB, rankA, rankB, List.of());
    }

    @Test
    void movingDownThreePlacesIsAPositiveRankChangeAndAChange() {
        CouncilShift shift = shift("Good", "Good", 3, 6);
        assertEquals(3, shift.rankChange());
        assertFalse(shift.ratingChanged());
        assertTrue(shift.changed());
    }

    @Test
    void aNewRatingAtTheSameRankIsAChange() {
        CouncilShift shift = shift("Good", "Requires improvement", 4, 4);
        assertEquals(0, shift.rankChange());
        assertTrue(shift.ratingChanged());
        assertTrue(shift.changed());
    }

    @Test
    void losingItsRankIsAChangeWithoutANumber() {
        CouncilShift shift = shift("", "", 4, null);
        assertNull(shift.rankChange());
        assertTrue(shift.changed());
        assertFalse(shift(" ", " ", null, null).changed());
    }

    @Test
    void theReasonsAreCopiedAndTextsRequired() {
        List<NodeShift> reasons = new ArrayList<>();
        CouncilShift shift = new CouncilShift("E1", "A", null, null, "", "", null, null, reasons);
        reasons.add(null);
        assertEquals(List.of(), shift.reasons());
        assertThrows(NullPointerException.class, () -> shift(null, "", 1, 1));
    }
}
