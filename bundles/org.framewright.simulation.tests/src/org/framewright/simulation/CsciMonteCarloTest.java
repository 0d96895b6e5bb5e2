package org.framewright.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.framewright.model.Framework;
import org.junit.jupiter.api.Test;

/** The rating kernel on the CSCI star matrix: client-group weights perturbed. */
class CsciMonteCarloTest {

    private static UncertainScheme prepare(double spread) throws IOException {
        Framework framework = CsciCouncils.framework();
        return UncertainScheme.prepare(framework, CsciCouncils.starRating(framework), CsciCouncils.data(), null,
            new Uncertainty(WeightPerturbation.UNIFORM_FACTOR, spread, List.of("agg-outcomes"), java.util.Map.of(),
                List.of()));
    }

    @Test
    void drawsAreCappedWhereverTheSimulationIsStarted() throws IOException {
        UncertainScheme scheme = prepare(0.5);
        assertEquals("the number of draws must be from 1 to 10000000, not 10000001",
            refusal(scheme, UncertainScheme.MAX_SAMPLES + 1));
        assertEquals("the number of draws must be from 1 to 10000000, not 0", refusal(scheme, 0));
    }

    private static String refusal(UncertainScheme scheme, long samples) {
        try {
            scheme.monteCarlo(samples, 1, 1, SimulationMonitor.NONE);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return "accepted " + samples + " draws";
    }

    @Test
    void starMatrixRunsOnTheFastPathWithRatingShares() throws IOException {
        UncertainScheme scheme = prepare(0.9);
        assertTrue(scheme.fastPath(), scheme.generalPathReason());
        assertEquals(List.of("weights of agg-outcomes"), scheme.inputs());
        MonteCarloResult result = scheme.monteCarlo(200, 21, 2, SimulationMonitor.NONE);
        assertEquals(List.of("0", "1", "2", "3", "4"), result.levels());
        for (CouncilUncertainty council : result.councils()) {
            assertEquals(1.0, council.pLevels().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        }
        // C's client groups grade alike, so no weighting moves its outcome grades: it never flips
        assertEquals(0, result.councils().get(2).pFlip());
        // A (OP 4, others 2) falls to 1 star when OP's share drops below 25%; with factors in [0.1, 1.9] it can
        assertTrue(result.councils().get(0).pFlip() > 0, result.councils().get(0).toString());
        assertEquals(result, scheme.monteCarlo(200, 21, 1, SimulationMonitor.NONE));
        assertEquals(result, scheme.monteCarlo(200, 21, 4, SimulationMonitor.NONE));
    }

    @Test
    void sensitivityPerWeightSinglesOutTheOlderPeopleWeight() throws IOException {
        UncertainScheme scheme = prepare(0.9);
        SensitivityResult result = scheme.sensitivity(400, 5, 2, 100, 0.95, true, SimulationMonitor.NONE);
        List<String> names = result.indices().stream().map(SensitivityIndex::input).toList();
        assertEquals(List.of("weight of OP in agg-outcomes", "weight of CAR in agg-outcomes",
            "weight of LD in agg-outcomes", "weight of MH in agg-outcomes", "weight of PSD in agg-outcomes"), names);
        // A and B flip stars when the older people's share (40 %) falls towards 25 %: OP's own factor moves it most
        double op = result.indices().get(0).total();
        for (SensitivityIndex index : result.indices().subList(1, 5)) {
            assertTrue(op > index.total(), result.indices().toString());
        }
        assertEquals(result, scheme.sensitivity(400, 5, 1, 100, 0.95, true, SimulationMonitor.NONE));
        assertEquals(List.of("weights of agg-outcomes"), scheme.sensitivity(50, 5, 2, 20, 0.95, false,
            SimulationMonitor.NONE).indices().stream().map(SensitivityIndex::input).toList());
    }

    @Test
    void zeroPerturbationReproducesTheBaselineStars() throws IOException {
        MonteCarloResult result = prepare(0).monteCarlo(50, 1, 2, SimulationMonitor.NONE);
        List<String> stars = List.of("3", "2", "2", "2");
        for (int c = 0; c < 4; c++) {
            CouncilUncertainty council = result.councils().get(c);
            assertEquals(stars.get(c), council.baselineRating());
            assertEquals(0, council.pFlip());
            assertEquals(1.0, council.pLevels().get(result.levels().indexOf(stars.get(c))));
        }
    }
}
