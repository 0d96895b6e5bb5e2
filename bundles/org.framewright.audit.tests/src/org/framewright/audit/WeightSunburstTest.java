package org.framewright.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.FrameworkFactory;
import org.junit.jupiter.api.Test;

/** The sunburst's segments from a scheme's weights: angles by share, children inside their parent, clockwise. */
class WeightSunburstTest {

    @Test
    void childrenFillTheirParentsAngleInTheSchemesOrder() {
        // overall = 60 % A + 40 % B; A = 3/4 a1 + 1/4 a2; B = b1; C carries nothing
        WeightReport weights = new WeightReport("f", "s", "p", 10, 10, List.of(
            new WeightRow(1, "A", "overall", "r", 60, 55, 50, 60),
            new WeightRow(2, "B", "overall", "r", 40, 45, 50, 40),
            new WeightRow(3, "C", "overall", "r", 0, 0, 0, 0),
            new WeightRow(4, "a1", "A", "ra", 45, 50, 30, 45),
            new WeightRow(5, "a2", "A", "ra", 15, 5, 20, 15),
            new WeightRow(6, "b1", "B", "rb", 40, 45, 50, 40)), 0, 0, List.of());
        WeightSunburst sunburst = WeightSunburst.of(FrameworkFactory.eINSTANCE.createFramework(), weights);

        assertEquals("overall", sunburst.root());
        assertEquals(2, sunburst.rings());
        assertEquals(List.of("A 1 0 216", "a1 2 0 162", "a2 2 162 54", "B 1 216 144", "b1 2 216 144"),
            sunburst.segments().stream().map(s -> s.id() + " " + s.ring() + " " + Math.round(s.startDegrees()) + " "
                + Math.round(s.sweepDegrees())).toList(), "C, with no share, has no segment");
        assertEquals("a2", sunburst.at(2, 170).id());
        assertEquals("B", sunburst.at(1, 359.9).id());
        assertNull(sunburst.at(3, 10));
        assertTrue(WeightSunburst.tooltip(sunburst.segments().get(2))
            .equals("a2: weight 15.0 % of the overall score; carries 5.0 % of its variance"),
            WeightSunburst.tooltip(sunburst.segments().get(2)));
    }

    @Test
    void aSchemeWithoutWeightedMeansHasNoSegments() {
        WeightSunburst sunburst = WeightSunburst.of(FrameworkFactory.eINSTANCE.createFramework(),
            new WeightReport("f", "s", "p", 3, 0, List.of(), Double.NaN, Double.NaN, List.of("no mean")));
        assertNull(sunburst.root());
        assertEquals(0, sunburst.rings());
        assertTrue(sunburst.segments().isEmpty());
    }
}
