package org.framewright.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.framewright.model.Framework;
import org.junit.jupiter.api.Test;

/** The CSCI 2006 sample's scenarios on {@link CsciCouncils}, against the stars worked out by hand there. */
class ScenarioComparisonTest {

    @Test
    void csciScenariosFlipTheCouncilsWorkedOutByHand() throws IOException {
        Framework framework = CsciCouncils.framework();
        ScenarioComparison comparison = ScenarioComparison.of(framework, CsciCouncils.starRating(framework),
            CsciCouncils.data(), null, SimulationMonitor.NONE);
        assertTrue(comparison.rated());
        assertEquals(List.of("equal-client-group-weights", "delivery-weakest-outcome"),
            comparison.scenarios().stream().map(s -> s.getId()).toList());
        assertEquals(List.of("3", "2", "2", "2"),
            comparison.councils().stream().map(ScenarioComparison.Row::baselineRating).toList());
        assertEquals(List.of("1", "3", "2", "2"), ratings(comparison, 0));
        assertEquals(List.of(true, true, false, false), flips(comparison, 0));
        assertEquals(List.of("3", "2", "0", "2"), ratings(comparison, 1));
        assertEquals(List.of(false, false, true, false), flips(comparison, 1));
        assertEquals(List.of(1L, 1L, 1L, 0L),
            comparison.councils().stream().map(ScenarioComparison.Row::flips).toList());
    }

    private static List<String> ratings(ScenarioComparison comparison, int scenario) {
        return comparison.councils().stream().map(row -> row.outcomes().get(scenario).rating()).toList();
    }

    private static List<Boolean> flips(ScenarioComparison comparison, int scenario) {
        return comparison.councils().stream().map(row -> row.outcomes().get(scenario).flipped()).toList();
    }
}
