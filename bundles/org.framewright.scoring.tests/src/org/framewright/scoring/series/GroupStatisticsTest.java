package org.framewright.scoring.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.framewright.model.Polarity;
import org.junit.jupiter.api.Test;

/** Group statistics worked by hand. */
class GroupStatisticsTest {

    @Test
    void oddGroup() {
        // 1 2 4 5 9: median 4; quartiles at positions 1 and 3 (from 0): 2 and 5; deviations 3 2 0 1 5 -> MAD 2
        GroupStatistics g = new GroupStatistics(List.of(9.0, 1.0, 4.0, 2.0, 5.0));
        assertEquals(4.0, g.median());
        assertEquals(2.0, g.quantile(0.25));
        assertEquals(5.0, g.quantile(0.75));
        assertEquals(2.0, g.mad());
        assertEquals(2.5, g.robustZ(9.0));
        assertEquals(-1.5, g.robustZ(1.0), "not turned round for polarity");
        assertEquals(3, g.rank(4.0, Polarity.HIGHER_IS_BETTER));
        assertEquals(3, g.rank(4.0, Polarity.LOWER_IS_BETTER));
        assertEquals(1, g.rank(9.0, Polarity.HIGHER_IS_BETTER));
        assertEquals(5, g.rank(9.0, Polarity.LOWER_IS_BETTER));
        assertNull(g.rank(9.0, Polarity.NO_JUDGEMENT));
    }

    @Test
    void evenGroupInterpolates() {
        // 1 2 3 4: median 2.5; q1 at 0.75 -> 1.75; q3 at 2.25 -> 3.25; deviations 1.5 0.5 0.5 1.5 -> MAD 1
        GroupStatistics g = new GroupStatistics(List.of(4.0, 3.0, 2.0, 1.0));
        assertEquals(2.5, g.median());
        assertEquals(1.75, g.quantile(0.25));
        assertEquals(3.25, g.quantile(0.75));
        assertEquals(1.0, g.mad());
    }

    @Test
    void tiesShareTheBestRankAndAZeroDeviationGivesNoZ() {
        GroupStatistics g = new GroupStatistics(List.of(3.0, 3.0, 1.0));
        assertEquals(1, g.rank(3.0, Polarity.HIGHER_IS_BETTER));
        assertEquals(3, g.rank(1.0, Polarity.HIGHER_IS_BETTER));
        assertEquals(2, g.rank(3.0, Polarity.LOWER_IS_BETTER));
        // median 3, deviations 0 0 2 -> MAD 0
        assertNull(g.robustZ(1.0));
    }
}
